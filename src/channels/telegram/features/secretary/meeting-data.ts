// The /meeting screens' button data (through the one codec) and what they keep in the session; ids in a button are only hints, re-checked.
import type { AttendanceStatus } from '../../../../domain/meetings';
import {
  decodeDeskActionOf,
  deskActionPattern,
  encodeDeskAction,
  type DeskActionOf,
  type DeskActionType,
  type MeetingField,
} from '../../../desk/actions';
import type { BotContext } from '../../context';

export type { MeetingField };

/** The /meeting buttons' data, written by the one codec of src/channels/desk/actions.ts. */
export const meetingData = {
  schedule: encodeDeskAction({ type: 'meeting-schedule' }),
  open: (meetingId: number) => encodeDeskAction({ type: 'meeting-open', meetingId }),
  edit: (field: MeetingField, meetingId: number) =>
    encodeDeskAction({ type: 'meeting-edit', field, meetingId }),
  cancel: (meetingId: number) => encodeDeskAction({ type: 'meeting-cancel', step: 'ask', meetingId }),
  cancelConfirmed: (meetingId: number) =>
    encodeDeskAction({ type: 'meeting-cancel', step: 'yes', meetingId }),
  cancelKept: (meetingId: number) => encodeDeskAction({ type: 'meeting-cancel', step: 'no', meetingId }),
  setDefault: encodeDeskAction({ type: 'meeting-default', change: 'set' }),
  clearDefault: encodeDeskAction({ type: 'meeting-default', change: 'clear' }),
  attendance: (meetingId: number) => encodeDeskAction({ type: 'meeting-attendance', meetingId }),
  cycle: (meetingId: number, memberId: number) =>
    encodeDeskAction({ type: 'meeting-cycle', meetingId, memberId }),
  save: (meetingId: number) => encodeDeskAction({ type: 'meeting-save', meetingId }),
  attachDocument: (meetingId: number) => encodeDeskAction({ type: 'meeting-document', meetingId }),
  /** The attendance list to print for signatures, as a PDF. */
  printAttendance: (meetingId: number) => encodeDeskAction({ type: 'meeting-print', meetingId }),
};

export const MEETING_PATTERNS = {
  schedule: deskActionPattern('meeting-schedule'),
  // Data without ids: the exact strings.
  setDefault: meetingData.setDefault,
  clearDefault: meetingData.clearDefault,
  open: deskActionPattern('meeting-open'),
  edit: deskActionPattern('meeting-edit'),
  cancel: deskActionPattern('meeting-cancel'),
  attendance: deskActionPattern('meeting-attendance'),
  cycle: deskActionPattern('meeting-cycle'),
  save: deskActionPattern('meeting-save'),
  attachDocument: deskActionPattern('meeting-document'),
  printAttendance: deskActionPattern('meeting-print'),
};

/** The pressed button's meeting action (its route matched the pattern already). */
export function meetingAction<T extends DeskActionType>(ctx: BotContext, type: T): DeskActionOf<T> {
  return decodeDeskActionOf(type, ctx.callbackQuery?.data)!;
}

/** The question the secretary's next text answers; plain JSON, so a restart between two steps loses nothing. */
export type MeetingPrompt =
  | {
      kind: 'schedule';
      step: 'when' | 'place' | 'agenda';
      startsAt?: string;
      place?: string;
      askedAt: string;
    }
  | { kind: 'edit'; field: MeetingField; meetingId: number; askedAt: string }
  | { kind: 'default'; step: 'day' | 'time' | 'place'; day?: number; time?: string; askedAt: string }
  | { kind: 'absence-reason'; meetingId: number; memberId: number; askedAt: string }
  | { kind: 'document'; meetingId: number; askedAt: string };

/** The attendance screen being filled in, before Save; started from what is recorded, else from the answers. */
export interface AttendanceDraft {
  meetingId: number;
  /** `online`: present by joining online (online-pilot cells only). */
  lines: Array<{ memberId: number; status: AttendanceStatus; reason: string | null; online?: boolean }>;
}

declare module '../../context' {
  interface SessionData {
    meetingPrompt?: MeetingPrompt;
    meetingAttendance?: AttendanceDraft;
  }
}
