// The benchmark's people: each member reads what the bot showed and answers it as a person would, by typing or by
// pressing the buttons the bot sent. Prompts are recognised by their Vietnamese text, so a change of step order does
// not break the drive; anything unrecognised ends the attempt with what was seen.
import type { ChatEvent } from './emulator-protocol';
import type { EmulatorProcess } from './emulator';

export type FormKind = 'checkin' | 'fee' | 'help_me';
export const FORM_KINDS: FormKind[] = ['checkin', 'fee', 'help_me'];

/** The member is told a form is unfinished: resumed, still open, or asked whether to continue it. */
export const UNFINISHED = /đang làm dở|vẫn đang điền/;
export const REFERENCE = /\b(CI-\d{6}-\d+|FEE-\d+|REQ-\d+)\b/;
export const CONFIRM_LABEL = '✅ Xác nhận';
const PROGRESS = /\((\d+)\/(\d+)\)/;

export interface Submission {
  member: number;
  round: number;
  form: FormKind;
  /** Unique text in what the member typed (place of a check-in, text of a request), or the fee's month. */
  token: string;
  feeMonth?: string;
  confirmSentAt?: number;
  ack?: { reference: string; at: number };
  /** Confirm answered with something other than a reference: a refusal, an apology. */
  confirmAnswer?: string;
}

export interface DriveOptions {
  /** Answer with typed replies where the question allows it, else with the buttons. */
  typed: boolean;
  /** Check-in: ask for the secretary's call (which queues a message to the secretary). */
  wantsCall?: boolean;
  stepTimeoutMs: number;
}

export type DriveResult =
  { outcome: 'summary'; summary: ChatEvent } | { outcome: 'failed'; reason: string; last?: ChatEvent };

export class Member {
  constructor(
    readonly emulator: EmulatorProcess,
    readonly index: number,
    readonly chatId: number,
  ) {}

  /** Sends a text; resolves with the bot's next new message, or null after the timeout. */
  async say(text: string, timeoutMs: number): Promise<ChatEvent | null> {
    const { mark } = await this.emulator.sendText(this.chatId, text);
    return this.emulator.wait({ chatId: this.chatId, after: mark, kinds: ['new'], timeoutMs });
  }

  /** Presses a button of `message` whose label matches; resolves with the next new message (or the edit of it). */
  async tap(
    message: ChatEvent,
    label: string | RegExp,
    timeoutMs: number,
    expect: 'new' | 'edit' = 'new',
  ): Promise<ChatEvent | null> {
    const button = message.buttons?.find((candidate) =>
      typeof label === 'string' ? candidate.text === label : label.test(candidate.text),
    );
    if (!button?.data) return null;
    const pressed = await this.emulator.press(this.chatId, message.messageId!, { data: button.data });
    if (pressed.error !== undefined) return null;
    return this.emulator.wait({
      chatId: this.chatId,
      after: pressed.mark,
      kinds: [expect],
      ...(expect === 'edit' ? { messageId: message.messageId } : {}),
      timeoutMs,
    });
  }
}

export const hasButton = (message: ChatEvent | null | undefined, label: string | RegExp): boolean =>
  Boolean(
    message?.buttons?.some((button) =>
      typeof label === 'string' ? button.text === label : label.test(button.text),
    ),
  );

export const isSummary = (message: ChatEvent | null | undefined) => hasButton(message, CONFIRM_LABEL);

export const progressOf = (message: ChatEvent | null | undefined): number | undefined => {
  const found = message ? PROGRESS.exec(message.text) : null;
  return found ? Number(found[1]) : undefined;
};

/**
 * Answers the form's questions from `first` (the reply to the command) until its summary. `submission` gets the
 * fee's month when one is chosen.
 */
export async function driveToSummary(
  member: Member,
  first: ChatEvent | null,
  submission: Submission,
  options: DriveOptions,
): Promise<DriveResult> {
  const { typed, stepTimeoutMs: timeout } = options;
  let current = first;
  for (let step = 0; step < 14; step += 1) {
    if (!current) return { outcome: 'failed', reason: 'no answer' };
    if (isSummary(current)) return { outcome: 'summary', summary: current };
    const text = current.text;
    const tapOrType = (label: string | RegExp, typedText: string) =>
      typed ? member.say(typedText, timeout) : member.tap(current!, label, timeout);
    let next: ChatEvent | null;
    if (/báo cáo cho tháng nào/.test(text)) {
      // Early in a month last month's check-in may still be filed late; the member files this month's.
      next = await member.tap(current, /\(tháng này\)$/, timeout);
    } else if (/đang ở đâu/.test(text)) {
      next = await member.say(submission.token, timeout);
    } else if (/làm công việc gì/.test(text)) {
      next = typed
        ? await member.say('Công nhân xưởng may', timeout)
        : await member.tap(current, 'Bỏ qua', timeout);
    } else if (/Sức khỏe của đồng chí/.test(text)) {
      next = await tapOrType('Tốt', '1');
    } else if (/gặp khó khăn gì/.test(text)) {
      next = options.wantsCall ? await tapOrType('Việc làm', '2') : await tapOrType('Không có', '1');
    } else if (/kể rõ hơn về khó khăn/.test(text)) {
      next = await member.say(`Xưởng giảm ca ${submission.token}`, timeout);
    } else if (/gọi điện cho mình/.test(text)) {
      next = await tapOrType(options.wantsCall ? 'Có' : 'Không', options.wantsCall ? 'có' : 'không');
    } else if (/Gửi một ảnh|biên lai/.test(text)) {
      next = await member.tap(current, 'Bỏ qua', timeout);
    } else if (/những tháng nào/.test(text)) {
      const month = current.buttons?.find((button) => /^\d{2}\/\d{4}$/.test(button.text))?.text;
      if (!month) return { outcome: 'failed', reason: 'no month offered', last: current };
      submission.feeMonth = `${month.slice(3)}-${month.slice(0, 2)}`;
      submission.token = submission.feeMonth;
      if (typed) {
        next = await member.say(month, timeout);
      } else {
        const toggled = await member.tap(current, month, timeout, 'edit');
        if (!toggled) return { outcome: 'failed', reason: 'month press not answered', last: current };
        next = await member.tap(toggled, 'Xong', timeout);
      }
    } else if (/Tổng số tiền/.test(text)) {
      next = await tapOrType(/^Đúng mức phải đóng/, '20000');
    } else if (/đóng bằng cách nào/.test(text)) {
      next = await tapOrType('Đóng trực tiếp', '3');
    } else if (/báo với chi bộ điều gì/.test(text)) {
      next = await tapOrType('Tôi đang gặp khó khăn', '1');
    } else if (/kể khó khăn đang gặp/.test(text)) {
      const collected = await member.say(`Khó khăn ${submission.token}`, timeout);
      next =
        collected && hasButton(collected, 'Xong') ? await member.tap(collected, 'Xong', timeout) : collected;
    } else {
      return { outcome: 'failed', reason: `unexpected: ${text.slice(0, 120)}`, last: current };
    }
    current = next;
  }
  return { outcome: 'failed', reason: 'too many steps', last: current ?? undefined };
}

export const COMMANDS: Record<FormKind, string> = { checkin: '/checkin', fee: '/fee', help_me: '/help_me' };

/** A token no earlier submission used, readable in the records: round, member, and a random tail. */
export function tokenFor(form: FormKind, round: number, member: number): string {
  const tail = Math.random().toString(36).slice(2, 8);
  return form === 'checkin' ? `Bình Dương r${round}m${member}-${tail}` : `r${round}m${member}-${tail}`;
}
