// What the cell's and committee's screens produce, for every channel: messages with actions, a member's file, and
// what becomes of the message whose action was chosen. Translated already; each channel renders it its own way
// (buttons on Telegram, numbered replies where there are none).
import type { Channel, Rating } from '../../generated/prisma/client';
import type { MemberFiles } from '../../files';
import type { Logger } from '../../logger';
import type { ReaderFormats } from '../../presentation/formats';
import type { Records } from '../../records';
import type { MemberScope } from '../../records/members';
import type { DeskAction } from './actions';
import type { AttendanceDraft, MeetingPrompt } from './meeting-state';

export interface DeskButton {
  /** In the reader's language. */
  label: string;
  action: DeskAction;
  /**
   * The button opens the list's line of this number and its label is only that number: a text channel lets the
   * reader answer with the number already shown in the list instead of listing the item twice.
   */
  listed?: number;
}

/** A file a member sent (a receipt photo, a signed workplace comment), sent to the reader from homecell's own copy. */
export interface MemberFileToSend {
  /** The file homecell keeps (StoredFile); sent from its bytes, so it survives a new bot token. */
  storedFileId: number | null;
  /** Rows from before issue 12 hold only a Telegram file id, which works for the token it was sent to. */
  legacyFileId: string | null;
  prefer: 'photo' | 'document';
  caption: string;
  /** What the file is, whose, when: `["bien-lai", "Nguyễn Thị Lan", "2026-11"]` -> bien-lai-nguyen-thi-lan-2026-11.jpg. */
  nameParts: string[];
}

export type DeskReply =
  /** A new message; its buttons are rows. */
  | { type: 'message'; text: string; buttons?: DeskButton[][] }
  /** The chosen message shown anew (a page turn): edited in place where the channel can, else sent. */
  | {
      type: 'update';
      text: string;
      buttons?: DeskButton[][];
      /** Sent anew when it cannot be edited (an attendance screen must stay in front of the secretary). */
      orSend?: boolean;
    }
  /** The action was refused: an alert on the pressed button on Telegram, a message elsewhere. */
  | { type: 'refused'; text: string }
  /** The chosen message's actions are spent (decided): removed where the channel can, so none is chosen twice. */
  | { type: 'close-actions' }
  | { type: 'member-file'; file: MemberFileToSend }
  /** A file homecell wrote for the reader (an export, the attendance list to print): a document on Telegram. */
  | { type: 'document'; bytes: Buffer; fileName: string; caption?: string }
  /** A member's chats were unbound: each channel forgets what it showed there (Telegram's command menu). */
  | { type: 'chats-unbound'; chats: ReadonlyArray<{ channel: Channel; externalId: string }> };

/** The typed reason, comment, resolution or question a decision waits for; plain JSON, kept by the channel. */
export type DecisionPrompt =
  | { action: 'reject'; absenceId: number; memberName: string; askedAt: string }
  | { action: 'propose'; absenceId: number; memberName: string; askedAt: string }
  | { action: 'officer-reject'; absenceId: number; memberName: string; askedAt: string }
  | { action: 'ask-more'; absenceId: number; memberName: string; askedAt: string }
  | { action: 'dispute'; paymentId: number; memberName: string; askedAt: string }
  | { action: 'rate'; reviewId: number; rating: Rating; memberName: string; askedAt: string }
  | { action: 'contacted'; requestId: number; memberName: string; askedAt: string };

/** Where the channel keeps the open question (its session): restart-safe, one per chat. */
export interface PromptSlot {
  get(): DecisionPrompt | undefined;
  set(prompt: DecisionPrompt): void;
  clear(): void;
  /** Stores the chat's state now: a decision's question is forgotten before its outcome is shown. */
  save(): Promise<void>;
}

/** Another thing the channel keeps for the chat (its session), restart-safe, one per chat. */
export interface SessionSlot<T> {
  get(): T | undefined;
  set(value: T): void;
  clear(): void;
  /** Stores the chat's state now: a question is forgotten before its outcome is shown. */
  save(): Promise<void>;
}

/** What a screen reads: the member behind the chat (loaded from the records on every update), in their language. */
export interface DeskEnv {
  member: MemberScope | undefined;
  records: Records;
  /** In the reader's language. */
  t: (key: string, args?: Record<string, string | number>) => string;
  formats: ReaderFormats;
  /** The channel shows actions as buttons (Telegram); otherwise they are numbered replies, and texts say so. */
  buttons: boolean;
  /** Who wrote, for the audit, when no member is bound: "telegram:12345". */
  actorLabel: string;
  prompt: PromptSlot;
  /** The /meeting question open (a meeting's time, place, agenda, a reason, a document). */
  meetingPrompt: SessionSlot<MeetingPrompt>;
  /** The attendance screen being filled in, until Save. */
  attendanceDraft: SessionSlot<AttendanceDraft>;
  /** The largest file homecell takes (the files policy), said when a document is asked for. */
  fileMaxMegabytes: number;
  /** The cell's clock: days (a chat bound "since") are read on it, and exports written in it. */
  homeTimezone: string;
  /** Members' files homecell keeps: a review's workplace comment goes into its form 2C. */
  files: MemberFiles;
  /** A record book of more members is not built in chat (its files would pass the channel's limit). */
  exportMaxMembers: number;
  /** The deep link a member opens to redeem an invite code; undefined where the member types the code (Zalo). */
  inviteLink(code: string): string | undefined;
  log: Logger;
}
