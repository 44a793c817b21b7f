// A message about to go out, as the sweep plans it and the delivery reads it back: what the renderer turns into text.
import type { MessagePayload } from '../records/notifications';
import type {
  AlertPayload,
  DigestPayload,
  ItemPayload,
  OfficerDigestPayload,
} from '../records/notification-payloads';

export interface RecipientView {
  memberId: number;
  name: string;
  locale: string;
}

export type ItemView = ItemPayload & { key: string };

export type OutgoingMessage =
  | { kind: 'nudge'; key: string; recipient: RecipientView; items: ItemView[] }
  | { kind: 'digest'; key: string; recipient: RecipientView; digest: DigestPayload; items: ItemView[] }
  | { kind: 'alert'; key: string; recipient: RecipientView; alert: AlertPayload }
  | { kind: 'officer-digest'; key: string; recipient: RecipientView; digest: OfficerDigestPayload }
  | { kind: 'message'; key: string; recipient: RecipientView; message: MessagePayload };

/** A member's items that wait for the member's next allowed hour (or tomorrow, after today's nudge). */
export interface HeldNudge {
  recipient: RecipientView;
  /** ISO 8601 in the member's own zone. */
  until: string;
  reason: 'outside-hours' | 'daily-limit';
  items: ItemView[];
}
