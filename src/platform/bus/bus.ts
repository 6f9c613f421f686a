import { and, asc, inArray, isNull, lt, or, sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Db } from '../db/client.ts';
import { outboxEvents, processedEvents } from '../db/schema.ts';
import { toEnvelope } from './outbox.ts';
import type { EventEnvelope, EventHandler, Subscription, Transport } from './types.ts';

export interface ConsumerSpec {
  /** Durable name: a consumer with the same name resumes where the last one stopped. */
  consumer: string;
  subjects: string[];
  handler: EventHandler;
}

export interface BusOptions {
  relayIntervalMs?: number;
  relayBatchSize?: number;
  relayLeaseMs?: number;
  log?: Logger;
}

/**
 * The event bus a node uses: consumers that are idempotent by event id, and the relay that moves committed outbox
 * rows to the transport.
 */
export class EventBus {
  private readonly subscriptions: Subscription[] = [];
  private timer: NodeJS.Timeout | undefined;
  private relaying: Promise<number> | undefined;
  private readonly intervalMs: number;
  private readonly batchSize: number;

  constructor(
    private readonly db: Db,
    readonly transport: Transport,
    private readonly options: BusOptions = {},
  ) {
    this.intervalMs = options.relayIntervalMs ?? 100;
    this.batchSize = options.relayBatchSize ?? 200;
  }

  /**
   * Registers a durable consumer. Each event runs in one transaction that first records (consumer, event id):
   * a redelivered event finds its row and is skipped, so a crash anywhere leaves every event applied once.
   */
  async subscribe(spec: ConsumerSpec): Promise<void> {
    const subscription = await this.transport.subscribe(
      spec.consumer,
      spec.subjects,
      async (event: EventEnvelope) => {
        await this.db.transaction(async (tx) => {
          const claimed = await tx
            .insert(processedEvents)
            .values({ consumer: spec.consumer, eventId: event.id })
            .onConflictDoNothing()
            .returning({ eventId: processedEvents.eventId });
          if (claimed.length === 0) return;
          await spec.handler(event, tx);
        });
      },
    );
    this.subscriptions.push(subscription);
  }

  /**
   * Publishes one batch of unpublished events in commit order and marks them published. Rows are claimed with a
   * short lease in one statement (SKIP LOCKED), so several relays can run at once and no transaction stays open
   * while the transport works; a batch whose publishing fails is retried when its lease runs out.
   */
  async relayOnce(): Promise<number> {
    if (this.relaying) return this.relaying;
    this.relaying = this.relayBatch()
      .catch((error: unknown) => {
        this.options.log?.warn({ err: error }, 'event relay failed; will retry');
        return 0;
      })
      .finally(() => {
        this.relaying = undefined;
      });
    return this.relaying;
  }

  private async relayBatch(): Promise<number> {
    const leaseMs = this.options.relayLeaseMs ?? 30_000;
    const claimable = this.db
      .select({ id: outboxEvents.id })
      .from(outboxEvents)
      .where(
        and(
          isNull(outboxEvents.publishedAt),
          or(isNull(outboxEvents.claimedUntil), lt(outboxEvents.claimedUntil, sql`now()`)),
        ),
      )
      .orderBy(asc(outboxEvents.seq))
      .limit(this.batchSize)
      .for('update', { skipLocked: true });
    const claimed = await this.db
      .update(outboxEvents)
      .set({
        claimedUntil: sql`now() + ${`${leaseMs} milliseconds`}::interval`,
        attempts: sql`${outboxEvents.attempts} + 1`,
      })
      .where(inArray(outboxEvents.id, claimable))
      .returning();
    if (claimed.length === 0) return 0;
    claimed.sort((a, b) => a.seq - b.seq);
    const ids = claimed.map((r) => r.id);
    try {
      await this.transport.publish(claimed.map(toEnvelope));
    } catch (error) {
      // Let the next tick retry at once instead of waiting for the lease.
      await this.db
        .update(outboxEvents)
        .set({ claimedUntil: null, lastError: String(error).slice(0, 1_000) })
        .where(inArray(outboxEvents.id, ids));
      throw error;
    }
    await this.db
      .update(outboxEvents)
      .set({ publishedAt: sql`now()`, claimedUntil: null, lastError: null })
      .where(inArray(outboxEvents.id, ids));
    return claimed.length;
  }

  /** Relays until the outbox is empty (used at shutdown, by the CLI and by tests). */
  async drain(maxBatches = 1_000): Promise<void> {
    for (let i = 0; i < maxBatches; i++) {
      if ((await this.relayOnce()) === 0) return;
    }
  }

  startRelay(): void {
    if (this.timer) return;
    const tick = async () => {
      const n = await this.relayOnce();
      if (this.timer) this.timer = setTimeout(tick, n === this.batchSize ? 0 : this.intervalMs);
    };
    this.timer = setTimeout(tick, 0);
  }

  async stop(): Promise<void> {
    const timer = this.timer;
    this.timer = undefined;
    if (timer) clearTimeout(timer);
    await this.relaying;
    for (const s of this.subscriptions.splice(0)) await s.close();
    await this.transport.close();
  }
}
