// The /meeting screens' button data and what they keep in the session; ids in a button are only hints, re-checked.
import type { AttendanceStatus } from '../../../../domain/meetings';

export type MeetingField = 'when' | 'place' | 'agenda' | 'link';

export const meetingData = {
  schedule: 'mt:new',
  open: (meetingId: number) => `mt:open:${meetingId}`,
  edit: (field: MeetingField, meetingId: number) => `mt:edit:${field}:${meetingId}`,
  cancel: (meetingId: number) => `mt:cancel:${meetingId}`,
  cancelConfirmed: (meetingId: number) => `mt:cancel-yes:${meetingId}`,
  cancelKept: (meetingId: number) => `mt:cancel-no:${meetingId}`,
  setDefault: 'mt:default:set',
  clearDefault: 'mt:default:clear',
  attendance: (meetingId: number) => `mt:att:${meetingId}`,
  cycle: (meetingId: number, memberId: number) => `mt:cyc:${meetingId}:${memberId}`,
  save: (meetingId: number) => `mt:save:${meetingId}`,
  attachDocument: (meetingId: number) => `mt:doc:${meetingId}`,
  /** The attendance list to print for signatures, as a PDF. */
  printAttendance: (meetingId: number) => `mt:print:${meetingId}`,
};

const ID = '(\\d{1,10})';
export const MEETING_PATTERNS = {
  any: /^mt:/,
  schedule: /^mt:new$/,
  open: new RegExp(`^mt:open:${ID}$`),
  edit: new RegExp(`^mt:edit:(when|place|agenda|link):${ID}$`),
  cancel: new RegExp(`^mt:cancel(|-yes|-no):${ID}$`),
  setDefault: /^mt:default:set$/,
  clearDefault: /^mt:default:clear$/,
  attendance: new RegExp(`^mt:att:${ID}$`),
  cycle: new RegExp(`^mt:cyc:${ID}:${ID}$`),
  save: new RegExp(`^mt:save:${ID}$`),
  attachDocument: new RegExp(`^mt:doc:${ID}$`),
  printAttendance: new RegExp(`^mt:print:${ID}$`),
};

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
