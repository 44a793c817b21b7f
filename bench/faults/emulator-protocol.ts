// The messages between the fault benchmark and its emulator process, and what the emulator logs per chat.

/** Something the bot showed a chat: a new message, an edit of one, or the answer to a button press. */
export interface ChatEvent {
  /** Position in the emulator's stream of events, across all chats. */
  seq: number;
  /** Milliseconds since the epoch, on the emulator's clock (the same machine's). */
  at: number;
  kind: 'new' | 'edit' | 'callback';
  messageId?: number;
  text: string;
  buttons?: Array<{ text: string; data?: string }>;
  callbackQueryId?: string;
  showAlert?: boolean;
}

export interface WaitSpec {
  chatId: number;
  /** Only events after this position count (a mark taken before acting). */
  after: number;
  kinds?: Array<ChatEvent['kind']>;
  messageId?: number;
  callbackQueryId?: string;
  timeoutMs: number;
}

/** One fuzzed update: raw JSON queued verbatim, or one of the emulator's people acting. */
export type FuzzItem =
  | { type: 'raw'; update: object }
  | { type: 'text'; userId: number; text: string }
  | { type: 'press'; userId: number; messageId: number; data: string; chatId?: number }
  | { type: 'sticker'; userId: number }
  | { type: 'voice'; userId: number }
  | { type: 'location'; userId: number; latitude: number; longitude: number }
  | { type: 'photo'; userId: number; caption?: string }
  | { type: 'group'; chatId: number; userId: number; text: string };

export type EmulatorRequest =
  | { method: 'start'; token: string }
  | { method: 'users'; ids: number[] }
  | { method: 'mark' }
  | { method: 'sendText'; userId: number; text: string }
  | { method: 'press'; userId: number; messageId: number; label?: string; data?: string }
  | { method: 'inject'; items: FuzzItem[] }
  | { method: 'wait'; spec: WaitSpec }
  | { method: 'events'; chatIds?: number[]; after?: number }
  | { method: 'stats' }
  | { method: 'stop' };
