import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventBus } from '../src/platform/bus/bus.ts';
import { InProcessTransport } from '../src/platform/bus/in-process.ts';
import { NatsTransport } from '../src/platform/bus/nats.ts';
import { appendEvent, unpublishedCount } from '../src/platform/bus/outbox.ts';
import type { Transport } from '../src/platform/bus/types.ts';
import type { Database } from '../src/platform/db/client.ts';
import { createTestDatabase } from './support/db.ts';

const natsUrl = process.env.NATS_URL;
const suffix = randomBytes(4).toString('hex');

interface TransportCase {
  name: string;
  /** A new transport as a freshly started process would make it. */
  make: () => Promise<Transport>;
  cleanup?: () => Promise<void>;
}

const cases: TransportCase[] = [{ name: 'in-process', make: async () => new InProcessTransport() }];
if (natsUrl) {
  const options = {
    url: natsUrl,
    stream: `CT_TEST_${suffix}`,
    subjectPrefix: `cttest${suffix}`,
    ackWaitMs: 1_000,
  };
  cases.push({
    name: 'nats-jetstream',
    make: () => NatsTransport.connect(options),
    cleanup: async () => {
      const t = await NatsTransport.connect(options);
      await t.deleteStream();
      await t.close();
    },
  });
} else {
  console.warn('NATS_URL not set: the JetStream bus tests are skipped (CI runs them).');
}

const waitFor = async (predicate: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> => {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await predicate()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('condition not reached in time');
};

describe.each(cases)('event bus over $name', (transportCase) => {
  let database: Database;

  beforeAll(async () => {
    database = await createTestDatabase();
    // A table with no unique key: a double application would show as a duplicate row.
    await database.db.execute(sql`create table effects (event_id uuid not null, n int not null)`);
  });

  afterAll(async () => {
    await database?.close();
    await transportCase.cleanup?.();
  });

  const effects = async (): Promise<Array<{ event_id: string; n: number }>> => {
    const result = await database.db.execute(sql`select event_id, n from effects order by n`);
    return (result as unknown as { rows: Array<{ event_id: string; n: number }> }).rows;
  };

  it('writes the event only when the state change commits', async () => {
    await database.db
      .transaction(async (tx) => {
        await appendEvent(tx, {
          subject: 'test.rollback',
          aggregateType: 't',
          aggregateId: 'x',
          payload: {},
        });
        throw new Error('abort');
      })
      .catch(() => {});
    expect(await unpublishedCount(database.db)).toBe(0);
  });

  it('applies every event once in effect when a consumer crashes mid-batch and restarts', async () => {
    const consumer = `effects-${transportCase.name}-${suffix}`;
    const total = 30;
    await database.db.transaction(async (tx) => {
      for (let n = 1; n <= total; n++) {
        await appendEvent(tx, {
          subject: 'test.counted',
          aggregateType: 'counter',
          aggregateId: 'c',
          payload: { n },
        });
      }
    });

    // First process: handles events until number 12, where it crashes after committing its effect but before the
    // transport learns of it (the worst moment), and again — inside the transaction — on number 13.
    let crashed = false;
    const first = new EventBus(database.db, await transportCase.make(), { relayBatchSize: 100 });
    await first.subscribe({
      consumer,
      subjects: ['test.counted'],
      handler: async (event, tx) => {
        const n = (event.payload as { n: number }).n;
        await tx.execute(sql`insert into effects (event_id, n) values (${event.id}, ${n})`);
        if (n === 13 || crashed) {
          crashed = true;
          throw new Error('crash');
        }
      },
    });
    await first.relayOnce();
    await waitFor(async () => (await effects()).length >= 12);
    await first.stop();
    expect((await effects()).length).toBeLessThan(total);

    // The restarted process resumes with a healthy handler under the same durable name.
    const second = new EventBus(database.db, await transportCase.make(), { relayBatchSize: 100 });
    await second.subscribe({
      consumer,
      subjects: ['test.counted'],
      handler: async (event, tx) => {
        const n = (event.payload as { n: number }).n;
        await tx.execute(sql`insert into effects (event_id, n) values (${event.id}, ${n})`);
      },
    });
    await second.drain();
    await waitFor(async () => (await effects()).length >= total);
    // Give a redelivery a chance to sneak in a duplicate before asserting none did.
    await new Promise((r) => setTimeout(r, transportCase.name === 'nats-jetstream' ? 1_500 : 100));
    await second.stop();

    const rows = await effects();
    expect(rows.map((r) => r.n)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
    expect(new Set(rows.map((r) => r.event_id)).size).toBe(total);
    expect(await unpublishedCount(database.db)).toBe(0);
  });
});
