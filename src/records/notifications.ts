// The notifications outbox: messages other features queue for a member, and the delivery's claims and marks.
import { z } from 'zod';
import type { Prisma } from '../generated/prisma/client';

/** What `kind: 'message'` rows carry: a Fluent message id and its arguments, translated in the recipient's language. */
export const messagePayloadSchema = z.strictObject({
  key: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a Fluent message id'),
  args: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type MessagePayload = z.infer<typeof messagePayloadSchema>;

export interface QueuedMessage {
  /** Stable idempotency key, e.g. `decision:42`: queueing the same key twice sends once. */
  key: string;
  memberId: number;
  /** Fluent message id, e.g. `decision-exemption-approved`. */
  messageKey: string;
  args?: Record<string, string | number>;
  /** Defaults to now: messages go out at once, subject only to the rate limit. */
  dueAt?: Date;
}

type OutboxWriter = Pick<Prisma.TransactionClient, 'notification'>;

/**
 * Queues a message to a member inside the caller's transaction, so it is sent if and only if the caller's change
 * commits. Returns false when a row with this key exists already (nothing changes then).
 */
export async function enqueueMessage(tx: OutboxWriter, message: QueuedMessage): Promise<boolean> {
  const payload = messagePayloadSchema.parse({
    key: message.messageKey,
    ...(message.args ? { args: message.args } : {}),
  });
  if (message.key.trim() === '') throw new RangeError('enqueueMessage: the key must not be empty');
  const { count } = await tx.notification.createMany({
    data: [
      {
        key: message.key,
        memberId: message.memberId,
        kind: 'message',
        payload,
        dueAt: message.dueAt ?? new Date(),
      },
    ],
    skipDuplicates: true,
  });
  return count === 1;
}
