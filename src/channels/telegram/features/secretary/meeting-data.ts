// What the /meeting screens keep in a Telegram chat's session (src/channels/desk/meeting-state.ts), under the field
// names they always had, so a question or an attendance draft in flight survives a deploy.
import type { AttendanceDraft, MeetingPrompt } from '../../../desk/meeting-state';

declare module '../../context' {
  interface SessionData {
    meetingPrompt?: MeetingPrompt;
    meetingAttendance?: AttendanceDraft;
  }
}
