import type { Tx } from '../db/client.ts';

/** An event as it travels: the outbox row, with its id as the idempotency key. */
export interface EventEnvelope<P = unknown> {
  id: string;
  seq: number;
  subject: string;
  aggregateType: string;
  aggregateId: string;
  payload: P;
  actor: string | null;
  reason: string | null;
  occurredAt: string;
}

export interface NewEvent<P = unknown> {
  /** Dotted subject, `<module>.<aggregate>.<verb>`, e.g. `registry.party.created`. */
  subject: string;
  aggregateType: string;
  aggregateId: string;
  payload: P;
  /** Who caused it: `user:<id>`, `apikey:<id>`, `system`, `cli`. */
  actor?: string | null;
  reason?: string | null;
}

/** Handles one event inside the transaction that also records it as processed. */
export type EventHandler = (event: EventEnvelope, tx: Tx) => Promise<void>;

/** Called once per delivered event; resolves when it was handled (or was a duplicate), rejects to ask for redelivery. */
export type Delivery = (event: EventEnvelope) => Promise<void>;

export interface Subscription {
  close(): Promise<void>;
}

/** Moves events from the relay to consumers. Must deliver at least once; consumers make it effectively once. */
export interface Transport {
  readonly kind: 'in-process' | 'nats';
  /** Resolves only when every event is durably accepted (in-process: handled by every local consumer). */
  publish(events: EventEnvelope[]): Promise<void>;
  subscribe(consumer: string, subjects: string[], deliver: Delivery): Promise<Subscription>;
  close(): Promise<void>;
}
