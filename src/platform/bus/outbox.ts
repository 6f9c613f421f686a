import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { outboxEvents } from '../db/schema.ts';
import { newId } from '../ids.ts';
import type { EventEnvelope, NewEvent } from './types.ts';

type OutboxRow = typeof outboxEvents.$inferSelect;

export const toEnvelope = (row: OutboxRow): EventEnvelope => ({
  id: row.id,
  seq: row.seq,
  subject: row.subject,
  aggregateType: row.aggregateType,
  aggregateId: row.aggregateId,
  payload: row.payload,
  actor: row.actor,
  reason: row.reason,
  occurredAt: row.occurredAt.toISOString(),
});

/**
 * Writes an event to the outbox. Call it with the transaction that makes the state change, so the event exists
 * if and only if the change does.
 */
export async function appendEvent<P>(executor: Executor, event: NewEvent<P>): Promise<EventEnvelope<P>> {
  const [row] = await executor
    .insert(outboxEvents)
    .values({
      id: newId(),
      subject: event.subject,
      aggregateType: event.aggregateType,
      aggregateId: event.aggregateId,
      payload: event.payload as object,
      actor: event.actor ?? null,
      reason: event.reason ?? null,
    })
    .returning();
  return toEnvelope(row!) as EventEnvelope<P>;
}

/** The audit trail of one aggregate, oldest first. */
export async function eventsFor(
  executor: Executor,
  aggregateType: string,
  aggregateId: string,
): Promise<EventEnvelope[]> {
  const rows = await executor
    .select()
    .from(outboxEvents)
    .where(and(eq(outboxEvents.aggregateType, aggregateType), eq(outboxEvents.aggregateId, aggregateId)))
    .orderBy(asc(outboxEvents.seq));
  return rows.map(toEnvelope);
}

export async function unpublishedCount(executor: Executor): Promise<number> {
  const [row] = await executor
    .select({ n: sql<number>`count(*)::int` })
    .from(outboxEvents)
    .where(isNull(outboxEvents.publishedAt));
  return row?.n ?? 0;
}
