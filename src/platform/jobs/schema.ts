import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

export const JOB_STATES = ['pending', 'running', 'done', 'failed', 'cancelled'] as const;
export type JobState = (typeof JOB_STATES)[number];

/**
 * Durable scheduled work: deadlines, reminders, re-checks. A job lives in the database from the moment it is
 * scheduled (in the transaction that made it necessary), so it survives restarts; any number of runners claim
 * due jobs with short leases, and a job whose runner died is taken over when its lease runs out.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    /** At most one pending job per key: scheduling again with the key replaces the pending one. */
    key: text('key'),
    payload: jsonb('payload').notNull(),
    runAt: timestamp('run_at', { withTimezone: true }).notNull(),
    state: text('state').$type<JobState>().notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    maxAttempts: integer('max_attempts').notNull().default(5),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastError: text('last_error'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('jobs_due_idx').on(t.runAt).where(sql`${t.state} in ('pending', 'running')`),
    uniqueIndex('jobs_pending_key_idx').on(t.key).where(sql`${t.state} = 'pending'`),
  ],
);
