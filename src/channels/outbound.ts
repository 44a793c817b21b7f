// What the delivery sends and how a chat channel takes it: a neutral message view (paragraphs and actions), and the
// registry of the channels this service runs, each with its own limits, send and reading of its failures.
import type { Channel } from '../generated/prisma/client';

export type ChannelName = Channel;

/** Something the reader can do from the message: a button on Telegram, a numbered reply where there are none. */
export interface MessageAction {
  type: 'open-form';
  /** The form the action opens (a NudgeFormId). */
  form: string;
  /** In the reader's language. */
  label: string;
}

/** A message as every channel receives it: translated already, not yet fitted to any channel's form. */
export interface MessageView {
  /** Joined by line breaks; an empty paragraph is a blank line. */
  paragraphs: string[];
  actions: MessageAction[];
}

export type SendFailure =
  /** The channel's "too many requests": everyone waits `retryAfterMs`, then the same message is sent again. */
  | { type: 'rate-limited'; retryAfterMs: number; error: string }
  /** The person blocked the bot, deleted the account, or the chat is unknown: the bot can't reach them there. */
  | { type: 'unreachable'; error: string }
  /** Network or server trouble that passes: try again later. */
  | { type: 'transient'; error: string }
  /** The request itself is wrong (too long, bad markup): trying again would fail again. */
  | { type: 'permanent'; error: string };

export interface OutboundChannel {
  readonly name: ChannelName;
  /** The longest text one message may carry; a longer digest is cut with a line saying how much was left out. */
  readonly maxTextLength: number;
  /** The channel's rate gate (policy data): sends per second across all chats. */
  readonly messagesPerSecond: number;
  send(externalId: string, view: MessageView, locale: string): Promise<void>;
  classify(error: unknown): SendFailure;
}

export interface BoundChat {
  channel: ChannelName;
  externalId: string;
}

export class ChannelRegistry {
  private readonly channels = new Map<ChannelName, OutboundChannel>();

  constructor(channels: readonly OutboundChannel[]) {
    for (const channel of channels) this.channels.set(channel.name, channel);
  }

  get all(): OutboundChannel[] {
    return [...this.channels.values()];
  }

  get(name: ChannelName): OutboundChannel | undefined {
    return this.channels.get(name);
  }

  /**
   * Where a message to this member goes: the channel they chose for reminders when it is bound and running here,
   * otherwise the first of their chats on a channel this service runs (in the registry's order).
   */
  route(
    chats: readonly BoundChat[],
    preferred?: ChannelName | null,
  ): { channel: OutboundChannel; externalId: string } | undefined {
    const running = chats.filter((chat) => this.channels.has(chat.channel));
    const chosen =
      running.find((chat) => chat.channel === preferred) ??
      [...this.channels.keys()].flatMap((name) => running.filter((chat) => chat.channel === name))[0];
    return chosen
      ? { channel: this.channels.get(chosen.channel)!, externalId: chosen.externalId }
      : undefined;
  }
}
