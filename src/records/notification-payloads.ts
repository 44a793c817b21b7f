// The JSON each kind of outbox row carries, written by the sweep and read back (validated) by the delivery.
import { z } from 'zod';
import { DUE_RULES, NUDGE_FORM_IDS } from '../domain/due-items';

/** Outbox kinds. Items are never sent alone; the other kinds are messages to `memberId`. */
export const NOTIFICATION_KINDS = {
  /** A due thing for the member's daily nudge. */
  item: 'item',
  /** A due thing for the cell's daily digest to the secretary. */
  digestItem: 'digest-item',
  nudge: 'nudge',
  digest: 'digest',
  alert: 'alert',
  /** Queued by other features with enqueueMessage: a Fluent message id and its arguments. */
  message: 'message',
  /** A committee officer's daily digest: applications proposed to the unit, what the cells below left undone. */
  officerDigest: 'officer-digest',
} as const;

/** Kinds the delivery sends; items travel inside nudges and digests. */
export const SENDABLE_KINDS = ['message', 'alert', 'digest', 'officer-digest', 'nudge'] as const;
/** Sent before anything else waiting: a decision or an alert must not queue behind a day of nudges. */
export const URGENT_KINDS = ['message', 'alert'] as const;

const varsSchema = z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]));

export const itemPayloadSchema = z.object({
  rule: z.enum(DUE_RULES),
  vars: varsSchema,
  forms: z.array(z.enum(NUDGE_FORM_IDS)).optional(),
  /** Rows queued before an item could name several forms carry one. */
  form: z.enum(NUDGE_FORM_IDS).optional(),
});
export type ItemPayload = z.infer<typeof itemPayloadSchema>;

export const alertPayloadSchema = z.object({
  rule: z.enum(DUE_RULES),
  /** The member the alert is about (the row's memberId is the secretary it goes to). */
  about: z.number().int(),
  vars: varsSchema,
});
export type AlertPayload = z.infer<typeof alertPayloadSchema>;

/** Unreachable members are named in the digest up to this many, then counted. */
export const DIGEST_NAMES_SHOWN = 30;

export const digestPayloadSchema = z.object({
  cellName: z.string(),
  date: z.string(),
  waiting: z.object({
    applications: z.number().int(),
    payments: z.number().int(),
    reviews: z.number().int(),
    requests: z.number().int(),
  }),
  unreachable: z.array(z.string()),
  unreachableCount: z.number().int(),
  /** Members at risk on the meeting half of the removal ground (a digest queued before it had none). */
  meetingAbsences: z
    .array(
      z.object({
        member: z.string(),
        count: z.number().int(),
        year: z.number().int(),
        days: z.array(z.string()),
        stage: z.enum(['alert-secretary', 'removal-review']),
      }),
    )
    .default([]),
});
export type DigestPayload = z.infer<typeof digestPayloadSchema>;

export const nudgePayloadSchema = z.object({
  /** The member's local day the nudge belongs to. */
  date: z.string(),
});
export type NudgePayload = z.infer<typeof nudgePayloadSchema>;

export const officerDigestPayloadSchema = z.object({
  unitName: z.string(),
  /** The day of the digest in the unit's zone. */
  date: z.string(),
  /** Applications the cells proposed, waiting for the officer's decision; `since` the day proposed. */
  waiting: z.array(
    z.object({
      absenceId: z.number().int(),
      member: z.string(),
      cell: z.string(),
      arrangement: z.string(),
      since: z.string(),
    }),
  ),
  /**
   * What a cell has left undone past the policy's days (product rule 12). `about` is the member; a leave request
   * carries only its id, and the member's name is read from the records when the digest is rendered.
   */
  escalations: z.array(
    z.object({
      rule: z.string(),
      key: z.string(),
      about: z.number().int(),
      cell: z.string(),
      since: z.string(),
      vars: varsSchema,
    }),
  ),
  /** Lines left out of a long digest. */
  more: z.number().int(),
});
export type OfficerDigestPayload = z.infer<typeof officerDigestPayloadSchema>;
