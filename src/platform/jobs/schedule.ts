import { and, eq, like } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { newId } from '../ids.ts';
import { jobs } from './schema.ts';

export interface NewJob<P = unknown> {
  kind: string;
  runAt: Date;
  payload: P;
  /** Scheduling again with the same key replaces the pending job (a moved deadline has one job, not two). */
  key?: string;
  maxAttempts?: number;
}

/**
 * Schedules a job. Call it with the transaction that makes the job necessary, so the deadline exists if and only
 * if the state change does.
 */
export async function scheduleJob<P>(executor: Executor, job: NewJob<P>): Promise<string> {
  if (job.key) await cancelJobs(executor, job.key);
  const id = newId();
  await executor.insert(jobs).values({
    id,
    kind: job.kind,
    key: job.key ?? null,
    payload: job.payload as object,
    runAt: job.runAt,
    maxAttempts: job.maxAttempts ?? 5,
  });
  return id;
}

/** Cancels the pending job with this key, if there is one (a running one finishes and finds nothing to do). */
export async function cancelJobs(executor: Executor, key: string): Promise<number> {
  const cancelled = await executor
    .update(jobs)
    .set({ state: 'cancelled', updatedAt: new Date() })
    .where(and(eq(jobs.key, key), eq(jobs.state, 'pending')))
    .returning({ id: jobs.id });
  return cancelled.length;
}

/** Cancels every pending job whose key starts with the prefix (e.g. all re-checks of one certificate). */
export async function cancelJobsWithPrefix(executor: Executor, prefix: string): Promise<number> {
  const pattern = `${prefix.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const cancelled = await executor
    .update(jobs)
    .set({ state: 'cancelled', updatedAt: new Date() })
    .where(and(like(jobs.key, pattern), eq(jobs.state, 'pending')))
    .returning({ id: jobs.id });
  return cancelled.length;
}
