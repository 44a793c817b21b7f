// Every update is stored before it is handled: a re-delivery is handled once, an id Telegram reuses with other
// content is a new update, what the bot does not serve is skipped quietly, and every failure gets an answer.
import { Writable } from 'node:stream';
import pino from 'pino';
import { startBotHarness, type BotHarness } from '../../support/bot-harness';
import { createCell, type TestCell } from '../../support/fixtures';
import { bindMember } from '../../support/member-chat';

const APOLOGY_EN =
  'Sorry, something went wrong. Nothing you sent before was lost; please try again in a few minutes.';

describe('the inbox of updates', () => {
  let harness: BotHarness;
  let cell: TestCell;
  const lines: Array<{ level: number; msg: string }> = [];
  const now = new Date('2026-11-20T03:00:00Z');

  beforeAll(async () => {
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) lines.push(JSON.parse(line));
        done();
      },
    });
    harness = await startBotHarness({ clock: () => now, logger: pino({ level: 'debug' }, stream) });
    cell = await createCell(harness.database.db);
  });
  afterAll(async () => {
    await harness.stop();
  });

  const message = (userId: number, text: string, messageId: number) => ({
    message_id: messageId,
    date: 1_790_000_000,
    chat: { id: userId, type: 'private', first_name: 'Thử' },
    from: { id: userId, is_bot: false, first_name: 'Thử', language_code: 'vi' },
    text,
    entities: text.startsWith('/') ? [{ type: 'bot_command', offset: 0, length: text.length }] : [],
  });
  const replies = (userId: number) => harness.emulator.conversation(userId).filter((entry) => entry.fromBot);

  it('skips what the bot does not serve without a reply, a row or an error line', async () => {
    const rowsBefore = await harness.database.db.inboundUpdate.count();
    const linesBefore = lines.length;
    const user = { id: 8301, is_bot: false, first_name: 'Thử' };
    for (const update of [
      { inline_query: { id: 'q1', from: user, query: 'xin chào', offset: '' } },
      { chosen_inline_result: { result_id: 'r', from: user, query: 'x' } },
      { poll: { id: 'p1', question: '?', options: [], total_voter_count: 0, is_closed: false } },
      { edited_message: { ...message(8301, 'sửa', 5), edit_date: 1_790_000_100 } },
      {
        channel_post: { message_id: 6, date: 1_790_000_000, chat: { id: -1001, type: 'channel' }, text: 'x' },
      },
      { callback_query: { id: 'c1', from: user, chat_instance: 'i', inline_message_id: 'im', data: 'f:x' } },
      { message: { ...message(8301, 'bot', 7), from: { id: 8302, is_bot: true, first_name: 'Bot' } } },
      // Malformed as Telegram never sends them: a chat without an id, a message without its id.
      { message: { ...message(8301, 'x', 8), chat: { type: 'private' } } },
      { message: { ...message(8301, 'x', 9), message_id: 'nine' } },
    ])
      harness.emulator.injectUpdate(update);
    // An update after them is answered: the skipped ones did not hold the bot up.
    expect((await harness.say(8303, '/help')).text).toBeTruthy();
    expect(replies(8301)).toEqual([]);
    expect(await harness.database.db.inboundUpdate.count()).toBe(rowsBefore + 1);
    expect(lines.slice(linesBefore).filter((line) => line.level >= 40)).toEqual([]);
  });

  it('takes NUL characters out of a text, which PostgreSQL cannot store, and answers it', async () => {
    const linesBefore = lines.length;
    harness.emulator.user(8305);
    const after = harness.emulator.mark();
    harness.emulator.injectUpdate({ message: message(8305, '/st\u0000art', 1) });
    expect((await harness.emulator.waitForMessage(8305, { after })).text).toContain('mã mời');
    expect(lines.slice(linesBefore).filter((line) => line.level >= 40)).toEqual([]);
  });

  it('handles an update delivered twice once, and an id reused with other content as a new update', async () => {
    harness.emulator.user(8304);
    const first = { update_id: 990_001, message: message(8304, '/help', 1) };
    let after = harness.emulator.mark();
    harness.emulator.injectUpdate(first);
    await harness.emulator.waitForMessage(8304, { after });
    harness.emulator.injectUpdate(first);
    // Telegram picks a random next id after a week without updates: an old id can come back with a new message.
    after = harness.emulator.mark();
    harness.emulator.injectUpdate({ update_id: 990_001, message: message(8304, '/start', 2) });
    const second = await harness.emulator.waitForMessage(8304, { after });
    expect(second.text).toContain('mã mời');
    expect(replies(8304)).toHaveLength(2);
  });

  it('answers a failure anywhere (here loading the member) with an apology in the member’s language', async () => {
    const member = await bindMember(harness, cell, { locale: 'en' });
    const menu = await member.say('/language');
    const { members } = harness.records;
    const findByChat = members.findByChat.bind(members);
    members.findByChat = () => Promise.reject(new Error('records unavailable'));
    try {
      expect((await member.say('/status')).text).toBe(APOLOGY_EN);
      const pressed = harness.emulator.pressButton(member.userId, menu.message_id, 'language:set:vi');
      expect(await harness.emulator.waitForCallbackAnswer(pressed.callback_query!.id)).toMatchObject({
        text: APOLOGY_EN,
        show_alert: true,
      });
    } finally {
      members.findByChat = findByChat;
    }
    expect((await member.say('/status')).text).toContain(member.fullName);
    // A failed update is done with: it is not handled again later (each is marked just after its reply).
    const unfinished = () => harness.database.db.inboundUpdate.count({ where: { handledAt: null } });
    for (let attempt = 0; attempt < 40 && (await unfinished()) > 0; attempt += 1)
      await new Promise((resolve) => setTimeout(resolve, 25));
    expect(await unfinished()).toBe(0);
  });
});
