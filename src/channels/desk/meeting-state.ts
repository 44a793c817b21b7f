// What the /meeting screens keep between two messages of a chat (its session on every channel): the typed question
// open and the attendance being filled in; plain JSON, so a restart between two steps loses nothing.
import type { AttendanceStatus } from '../../domain/meetings';
import type { MeetingField } from './actions';

/** The question the secretary's next message answers. */
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
