// Members going about their business while something fails: /status, a check-in started and answered, /help,
// /cancel, one after the other, each waiting for the bot's answer. Every message is logged with when it was sent;
// whether it was answered is read afterwards from the emulator's log of that chat.
import type { ChatEvent } from './emulator-protocol';
import type { EmulatorProcess } from './emulator';
import type { Member } from './members';
import { sleep } from './support';

export interface SentMessage {
  chatId: number;
  text: string;
  sentAt: number;
  mark: number;
}

const SCRIPT = ['/status', '/checkin', 'Thủ Dầu Một, Bình Dương', '/cancel', '/help', '/fee', '/cancel'];

export class Traffic {
  readonly sent: SentMessage[] = [];
  private running = false;
  private loops: Promise<void>[] = [];

  constructor(
    private readonly emulator: EmulatorProcess,
    private readonly members: Member[],
    /** How long a member waits for an answer before writing the next message. */
    private readonly patienceMs: number,
  ) {}

  start(): void {
    this.running = true;
    this.loops = this.members.map((member, index) => this.loop(member, index));
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  private async loop(member: Member, offset: number): Promise<void> {
    await sleep(offset * 97);
    for (let step = offset; this.running; step += 1) {
      const text = SCRIPT[step % SCRIPT.length];
      const { mark } = await this.emulator.sendText(member.chatId, text);
      this.sent.push({ chatId: member.chatId, text, sentAt: Date.now(), mark });
      await this.emulator.wait({ chatId: member.chatId, after: mark, timeoutMs: this.patienceMs });
      await sleep(500 + Math.random() * 1000);
    }
  }

  /**
   * Messages that got nothing back: no new message, edit or callback answer in that chat between being sent and the
   * member's next message (or `graceMs` after the end, for the last one).
   */
  unanswered(events: Record<string, ChatEvent[]>, graceUntil: number): SentMessage[] {
    const byChat = new Map<number, SentMessage[]>();
    for (const message of this.sent) {
      const list = byChat.get(message.chatId) ?? [];
      list.push(message);
      byChat.set(message.chatId, list);
    }
    const missing: SentMessage[] = [];
    for (const [chatId, messages] of byChat) {
      const chatEvents = events[String(chatId)] ?? [];
      messages.forEach((message, index) => {
        const until = messages[index + 1]?.mark ?? Number.POSITIVE_INFINITY;
        const answered = chatEvents.some(
          (event) => event.seq > message.mark && event.seq <= until && event.at <= graceUntil,
        );
        if (!answered) missing.push(message);
      });
    }
    return missing;
  }
}
