import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Job, JobRunner, jobs, listJobs, retryJob, scheduleJob } from '../src/platform/jobs/index.ts';
import { createTestDatabase } from './support/db.ts';

type TestDb = Awaited<ReturnType<typeof createTestDatabase>>;

describe('durable job runner', () => {
  let database: TestDb;
  let clock: Date;
  const now = () => clock;
  const ran: Job[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => database.close());
  beforeEach(async () => {
    await database.db.delete(jobs);
    ran.length = 0;
    clock = new Date('2026-12-01T00:00:00Z');
  });

  const runner = (handlers = { 'test.record': async (job: Job) => void ran.push(job) }, leaseMs = 60_000) =>
    new JobRunner(database.db, { handlers, now, leaseMs });

  it('runs a job when it is due, not before, and once', async () => {
    await scheduleJob(database.db, {
      kind: 'test.record',
      runAt: new Date('2026-12-03T00:00:00Z'),
      payload: { n: 1 },
    });
    const r = runner();
    expect(await r.runDue()).toBe(0);
    clock = new Date('2026-12-03T00:00:00Z');
    expect(await r.runDue()).toBe(1);
    expect(ran.map((j) => j.payload)).toEqual([{ n: 1 }]);
    expect(await r.runDue()).toBe(0);
    const [row] = await listJobs(database.db, { kind: 'test.record' });
    expect(row?.state).toBe('done');
    expect(row?.attempts).toBe(1);
  });

  it('survives a restart: a job scheduled by one runner is run by a new one', async () => {
    await scheduleJob(database.db, { kind: 'test.record', runAt: clock, payload: { n: 2 } });
    const first = runner();
    await first.stop();
    expect(await runner().runDue()).toBe(1);
    expect(ran).toHaveLength(1);
  });

  it('replaces the pending job of the same key instead of adding one', async () => {
    await scheduleJob(database.db, {
      kind: 'test.record',
      key: 'deadline:a',
      runAt: clock,
      payload: { v: 1 },
    });
    await scheduleJob(database.db, {
      kind: 'test.record',
      key: 'deadline:a',
      runAt: clock,
      payload: { v: 2 },
    });
    expect(await runner().runDue()).toBe(1);
    expect(ran.map((j) => j.payload)).toEqual([{ v: 2 }]);
    expect((await listJobs(database.db, { state: 'cancelled' })).map((j) => j.payload)).toEqual([{ v: 1 }]);
  });

  it('only claims the kinds it has handlers for', async () => {
    await scheduleJob(database.db, { kind: 'other.kind', runAt: clock, payload: {} });
    expect(await runner().runDue()).toBe(0);
    expect((await listJobs(database.db, { state: 'pending' })).map((j) => j.kind)).toEqual(['other.kind']);
  });

  it('retries a failing job with backoff, then marks it failed; an operator can retry it', async () => {
    let calls = 0;
    const failing = runner({
      'test.fail': async () => {
        calls++;
        throw new Error(`boom ${calls}`);
      },
    } as never);
    const id = await scheduleJob(database.db, {
      kind: 'test.fail',
      runAt: clock,
      payload: {},
      maxAttempts: 2,
    });
    expect(await failing.runDue()).toBe(1);
    let [job] = await listJobs(database.db, { kind: 'test.fail' });
    expect(job).toMatchObject({ state: 'pending', attempts: 1, lastError: 'boom 1' });
    expect(new Date(job!.runAt).getTime() - clock.getTime()).toBe(30_000);
    expect(await failing.runDue()).toBe(0);
    clock = new Date(clock.getTime() + 30_000);
    expect(await failing.runDue()).toBe(1);
    [job] = await listJobs(database.db, { kind: 'test.fail' });
    expect(job).toMatchObject({ state: 'failed', attempts: 2, lastError: 'boom 2' });
    await retryJob(database.db, id, clock);
    expect(await failing.runDue()).toBe(1);
    expect(calls).toBe(3);
  });

  it('takes over a job whose runner died holding it once the lease runs out', async () => {
    const id = await scheduleJob(database.db, { kind: 'test.record', runAt: clock, payload: {} });
    // A runner claimed it and died: running, leased for a minute.
    await database.db
      .update(jobs)
      .set({ state: 'running', attempts: 1, lockedUntil: new Date(clock.getTime() + 60_000) })
      .where(eq(jobs.id, id));
    const r = runner();
    expect(await r.runDue()).toBe(0);
    clock = new Date(clock.getTime() + 60_001);
    expect(await r.runDue()).toBe(1);
    const [job] = await listJobs(database.db, { kind: 'test.record' });
    expect(job).toMatchObject({ state: 'done', attempts: 2 });
  });

  it('two runners at once run each job exactly once', async () => {
    for (let i = 0; i < 30; i++)
      await scheduleJob(database.db, { kind: 'test.record', runAt: clock, payload: { i } });
    await Promise.all([runner().runDue(), runner().runDue()]);
    expect(ran.map((j) => (j.payload as { i: number }).i).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 30 }, (_, i) => i),
    );
  });

  it('refuses to retry a job that did not fail', async () => {
    const id = await scheduleJob(database.db, { kind: 'test.record', runAt: clock, payload: {} });
    await expect(retryJob(database.db, id)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
