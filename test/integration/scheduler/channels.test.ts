// The delivery sends each message on the recipient's own channel, through a registry keyed by ChatIdentity.channel:
// a member bound only on a text channel gets the reminder as numbered text there, not on Telegram.
import { DEMO_CHAT_ID_BASE } from '../../../src/records/demo';
import { ChannelRegistry, type MessageView, type OutboundChannel } from '../../../src/channels/outbound';
import { telegramOutbound } from '../../../src/channels/telegram/outbound';
import { textWithNumberedActions } from '../../../src/channels/text-view';
import { createI18n, translator } from '../../../src/i18n';
import { startWorld, TOKEN, type SchedulerWorld } from './world';

jest.setTimeout(60_000);

const VN_MORNING = new Date('2026-12-20T09:00:00+07:00');
const MAI = DEMO_CHAT_ID_BASE + 10; // at home: one nudge that morning
const translate = translator(createI18n('vi'), 'vi');

/** A channel with text only, as Zalo is: it records what it was asked to send. */
function textChannel() {
  const sent: Array<{ to: string; text: string }> = [];
  const channel: OutboundChannel = {
    name: 'zalo',
    maxTextLength: 2000,
    messagesPerSecond: 50,
    send: (to: string, view: MessageView, locale: string) => {
      sent.push({ to, text: textWithNumberedActions(view, locale, translate) });
      return Promise.resolve();
    },
    classify: (error) => ({ type: 'transient', error: String(error) }),
  };
  return { channel, sent };
}

describe('delivery on the recipient’s channel', () => {
  let world: SchedulerWorld;
  afterEach(async () => {
    await world?.stop();
  });

  async function moveMaiTo(channel: 'zalo', keepTelegram: boolean) {
    const identity = await world.database.db.chatIdentity.findFirstOrThrow({
      where: { externalId: String(MAI) },
    });
    if (!keepTelegram) await world.database.db.chatIdentity.delete({ where: { id: identity.id } });
    await world.database.db.chatIdentity.create({
      data: { channel, externalId: 'zalo-mai', memberId: identity.memberId, boundAt: VN_MORNING },
    });
  }
  const telegram = () =>
    telegramOutbound({ token: TOKEN, apiRoot: world.emulator.apiRoot, translate, messagesPerSecond: 200 });

  it('sends a member bound only on a text channel her nudge there, numbered, and nothing to Telegram', async () => {
    world = await startWorld();
    world.setNow(VN_MORNING);
    await moveMaiTo('zalo', false);
    const zalo = textChannel();
    const scheduler = world.scheduler({ channels: new ChannelRegistry([telegram(), zalo.channel]) });
    const { delivered } = await scheduler.runOnce(VN_MORNING);
    expect(delivered.failed).toBe(0);
    expect(zalo.sent).toHaveLength(1);
    expect(zalo.sent[0].to).toBe('zalo-mai');
    expect(zalo.sent[0].text).toMatch(/^Chào đồng chí .+! Chi bộ nhắc đồng chí:\n/);
    expect(zalo.sent[0].text).toMatch(
      /\n\n1\. 💳 Xác nhận đảng phí\n2\. 📄 Viết bản tự kiểm điểm\n\nTrả lời 1 hoặc 2 để làm ngay\.$/,
    );
    expect(zalo.sent[0].text).not.toContain('Bấm nút');
    expect(world.messages(MAI)).toEqual([]);
  });

  it('sends a member bound on two channels one message, and fails honestly where no channel of hers runs', async () => {
    world = await startWorld();
    world.setNow(VN_MORNING);
    await moveMaiTo('zalo', true);
    const zalo = textChannel();
    await world.scheduler({ channels: new ChannelRegistry([telegram(), zalo.channel]) }).runOnce(VN_MORNING);
    expect(world.messages(MAI)).toHaveLength(1);
    expect(zalo.sent).toEqual([]);
  });

  it('sends a member bound on two channels her reminder on the one she chose in /settings', async () => {
    world = await startWorld();
    world.setNow(VN_MORNING);
    await moveMaiTo('zalo', true);
    await world.database.db.member.updateMany({
      where: { identities: { some: { externalId: 'zalo-mai' } } },
      data: { reminderChannel: 'zalo' },
    });
    const zalo = textChannel();
    await world.scheduler({ channels: new ChannelRegistry([telegram(), zalo.channel]) }).runOnce(VN_MORNING);
    expect(zalo.sent.map((message) => message.to)).toEqual(['zalo-mai']);
    expect(world.messages(MAI)).toEqual([]);
  });

  it('sends it to her other chat when the channel she chose is not one this service runs', async () => {
    world = await startWorld();
    world.setNow(VN_MORNING);
    await moveMaiTo('zalo', true);
    await world.database.db.member.updateMany({
      where: { identities: { some: { externalId: 'zalo-mai' } } },
      data: { reminderChannel: 'zalo' },
    });
    const { delivered } = await world
      .scheduler({ channels: new ChannelRegistry([telegram()]) })
      .runOnce(VN_MORNING);
    expect(delivered.failed).toBe(0);
    expect(world.messages(MAI)).toHaveLength(1);
  });

  it('marks a message failed, saying why, when the member’s only chat is on a channel this service does not run', async () => {
    world = await startWorld();
    world.setNow(VN_MORNING);
    await moveMaiTo('zalo', false);
    const { delivered } = await world
      .scheduler({ channels: new ChannelRegistry([telegram()]) })
      .runOnce(VN_MORNING);
    expect(delivered.failed).toBe(1);
    const failed = await world.database.db.notification.findFirstOrThrow({ where: { status: 'failed' } });
    expect(failed.lastError).toBe("the member's chats are on channels this service does not run (zalo)");
  });
});
