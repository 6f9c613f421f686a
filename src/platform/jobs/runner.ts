import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Db } from '../db/client.ts';
import { notFound } from '../errors.ts';
import { isUuid } from '../ids.ts';
import { type JobState, jobs } from './schema.ts';

export interface Job<P = unknown> {
  id: string;
  kind: string;
  key: string | null;
  payload: P;
  runAt: string;
  state: JobState;
  attempts: number;
  maxAttempts: number;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
}

/**
 * Does a job's work. Handlers must be idempotent and check the state they act on: a job whose runner died after
 * the work but before marking it done runs again, and a deadline may find its step already taken.
 */
// biome-ignore lint/suspicious/noExplicitAny: each handler knows its own payload
export type JobHandler = (job: Job<any>) => Promise<void>;

export interface JobRunnerOptions {
  handlers: Record<string, JobHandler>;
  now?: () => Date;
  pollMs?: number;
  /** A claimed job is another runner's to take over when its runner has not finished it by then. */
  leaseMs?: number;
  /** Finished jobs (done, cancelled) are deleted this long after they finished: their payloads may hold mail. */
  keepFinishedMs?: number;
  batchSize?: number;
  log?: Logger;
}

type Row = typeof jobs.$inferSelect;

const toJob = (row: Row): Job => ({
  id: row.id,
  kind: row.kind,
  key: row.key,
  payload: row.payload,
  runAt: row.runAt.toISOString(),
  state: row.state,
  attempts: row.attempts,
  maxAttempts: row.maxAttempts,
  lastError: row.lastError,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** Thrown by a handler when retrying cannot help (a rejected address, a payload that no longer validates). */
export class PermanentJobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PermanentJobError';
  }
}

/** Retries wait 30 s, 1 min, 2 min, … up to an hour. */
export const retryDelayMs = (attempts: number): number => Math.min(30_000 * 2 ** (attempts - 1), 3_600_000);

/**
 * Runs due jobs of the kinds it has handlers for. Jobs are claimed in one statement with SKIP LOCKED and a lease,
 * so any number of runners (in `serve` and `worker` processes) share the work and no transaction stays open while
 * a handler runs; time is the runner's clock, so tests move deadlines by moving the clock.
 */
export class JobRunner {
  private readonly now: () => Date;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private stopped = true;
  /** Set by stop(): a drain in progress finishes its batch and takes no more. */
  private closing = false;

  constructor(
    private readonly db: Db,
    private readonly options: JobRunnerOptions,
  ) {
    this.now = options.now ?? (() => new Date());
  }

  get kinds(): string[] {
    return Object.keys(this.options.handlers);
  }

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.closing = false;
    const tick = () => {
      if (this.stopped) return;
      this.timer = setTimeout(async () => {
        await this.runDue();
        tick();
      }, this.options.pollMs ?? 1_000);
      this.timer.unref();
    };
    tick();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.closing = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Runs every job due now, batch after batch; returns how many ran. One call at a time per runner. */
  runDue(): Promise<number> {
    if (this.running) return this.running;
    this.running = this.drain()
      .catch((error: unknown) => {
        this.options.log?.warn({ err: error }, 'job runner failed; will retry');
        return 0;
      })
      .finally(() => {
        this.running = undefined;
      });
    return this.running;
  }

  private lastPurge = 0;

  private async drain(): Promise<number> {
    await this.purgeFinished();
    let total = 0;
    for (;;) {
      const claimed = await this.claim();
      if (claimed.length === 0) return total;
      for (const job of claimed) await this.runOne(job);
      total += claimed.length;
      if (this.closing) return total;
    }
  }

  /** At most once an hour: finished jobs past their keeping time go (failed ones stay for the operator). */
  private async purgeFinished(): Promise<void> {
    const now = this.now().getTime();
    if (now - this.lastPurge < 3_600_000) return;
    this.lastPurge = now;
    const before = new Date(now - (this.options.keepFinishedMs ?? 30 * 86_400_000));
    await this.db
      .delete(jobs)
      .where(and(inArray(jobs.state, ['done', 'cancelled']), lt(jobs.updatedAt, before)));
  }

  private async claim(): Promise<Job[]> {
    const kinds = this.kinds;
    if (kinds.length === 0) return [];
    const now = this.now();
    const leaseUntil = new Date(now.getTime() + (this.options.leaseMs ?? 120_000));
    const kindList = sql.join(
      kinds.map((k) => sql`${k}`),
      sql`, `,
    );
    const due = sql`select id from jobs
      where kind in (${kindList})
        and ((state = 'pending' and run_at <= ${now.toISOString()}::timestamptz)
          or (state = 'running' and locked_until < ${now.toISOString()}::timestamptz))
      order by run_at
      limit ${this.options.batchSize ?? 20}
      for update skip locked`;
    const rows = await this.db
      .update(jobs)
      .set({
        state: 'running',
        lockedUntil: leaseUntil,
        attempts: sql`${jobs.attempts} + 1`,
        updatedAt: now,
      })
      .where(sql`${jobs.id} in (${due})`)
      .returning();
    return rows.map(toJob).sort((a, b) => a.runAt.localeCompare(b.runAt));
  }

  private async runOne(job: Job): Promise<void> {
    const handler = this.options.handlers[job.kind]!;
    try {
      await handler(job);
      await this.db
        .update(jobs)
        .set({ state: 'done', lockedUntil: null, lastError: null, updatedAt: this.now() })
        .where(and(eq(jobs.id, job.id), eq(jobs.state, 'running')));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const giveUp = error instanceof PermanentJobError || job.attempts >= job.maxAttempts;
      this.options.log?.warn({ err: error, job: job.id, kind: job.kind }, 'job failed');
      // One reading of the clock: the retry is exactly its delay after the failure is recorded.
      const now = this.now();
      await this.db
        .update(jobs)
        .set({
          state: giveUp ? 'failed' : 'pending',
          runAt: giveUp ? undefined : new Date(now.getTime() + retryDelayMs(job.attempts)),
          lockedUntil: null,
          lastError: message.slice(0, 2_000),
          updatedAt: now,
        })
        .where(and(eq(jobs.id, job.id), eq(jobs.state, 'running')));
    }
  }
}

/** The jobs an operator looks at: what is scheduled, what failed. */
export async function listJobs(
  db: Db,
  filter: { state?: JobState; kind?: string; limit?: number } = {},
): Promise<Job[]> {
  const conditions = [];
  if (filter.state) conditions.push(eq(jobs.state, filter.state));
  if (filter.kind) conditions.push(eq(jobs.kind, filter.kind));
  const rows = await db
    .select()
    .from(jobs)
    .where(conditions.length > 0 ? and(...conditions) : undefined)
    .orderBy(filter.state === 'pending' ? jobs.runAt : desc(jobs.updatedAt))
    .limit(filter.limit ?? 200);
  return rows.map(toJob);
}

/** Puts a failed job back in the queue, due now, with fresh attempts. */
export async function retryJob(db: Db, id: string, now = new Date()): Promise<Job> {
  if (!isUuid(id)) throw notFound('Job', 'id');
  const [row] = await db
    .update(jobs)
    .set({ state: 'pending', attempts: 0, runAt: now, lastError: null, updatedAt: now })
    .where(and(eq(jobs.id, id), inArray(jobs.state, ['failed'])))
    .returning();
  if (!row) throw notFound('Failed job', 'id');
  return toJob(row);
}
