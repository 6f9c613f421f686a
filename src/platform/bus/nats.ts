import {
  AckPolicy,
  type ConsumerMessages,
  connect,
  DeliverPolicy,
  type JetStreamClient,
  type JetStreamManager,
  JSONCodec,
  type NatsConnection,
  nanos,
} from 'nats';
import type { Delivery, EventEnvelope, Subscription, Transport } from './types.ts';

export interface NatsTransportOptions {
  url: string;
  stream: string;
  /** Every CrossTrust subject is published under this prefix, e.g. `crosstrust.registry.party.created`. */
  subjectPrefix: string;
  /** How long JetStream waits for an ack before it redelivers. */
  ackWaitMs?: number;
}

const codec = JSONCodec<EventEnvelope>();

/**
 * NATS JetStream: the relay publishes each event with its id as `Nats-Msg-Id`, so a relay that crashes after
 * publishing and publishes again is deduplicated by the stream; consumers are durable pull consumers that ack
 * only after the handling transaction committed.
 */
export class NatsTransport implements Transport {
  readonly kind = 'nats' as const;
  private readonly subscriptions = new Set<ConsumerMessages>();

  private constructor(
    private readonly nc: NatsConnection,
    private readonly js: JetStreamClient,
    private readonly jsm: JetStreamManager,
    private readonly options: Required<NatsTransportOptions>,
  ) {}

  static async connect(options: NatsTransportOptions): Promise<NatsTransport> {
    const nc = await connect({ servers: options.url, name: 'crosstrust', maxReconnectAttempts: -1 });
    const jsm = await nc.jetstreamManager();
    const subjects = [`${options.subjectPrefix}.>`];
    try {
      await jsm.streams.info(options.stream);
    } catch {
      await jsm.streams.add({ name: options.stream, subjects, duplicate_window: nanos(10 * 60_000) });
    }
    return new NatsTransport(nc, nc.jetstream(), jsm, { ackWaitMs: 30_000, ...options });
  }

  private natsSubject(subject: string): string {
    return `${this.options.subjectPrefix}.${subject}`;
  }

  async publish(events: EventEnvelope[]): Promise<void> {
    await Promise.all(
      events.map((event) =>
        this.js.publish(this.natsSubject(event.subject), codec.encode(event), {
          msgID: event.id,
          expect: { streamName: this.options.stream },
        }),
      ),
    );
  }

  async subscribe(consumer: string, subjects: string[], deliver: Delivery): Promise<Subscription> {
    const filters = subjects.map((s) => this.natsSubject(s));
    const config = {
      durable_name: consumer,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      ack_wait: nanos(this.options.ackWaitMs),
      ...(filters.length === 1 ? { filter_subject: filters[0] } : { filter_subjects: filters }),
    };
    try {
      await this.jsm.consumers.info(this.options.stream, consumer);
      await this.jsm.consumers.update(this.options.stream, consumer, config);
    } catch {
      await this.jsm.consumers.add(this.options.stream, config);
    }
    const handle = await this.js.consumers.get(this.options.stream, consumer);
    const messages = await handle.consume({ max_messages: 100 });
    this.subscriptions.add(messages);
    const loop = (async () => {
      for await (const message of messages) {
        try {
          await deliver(codec.decode(message.data));
          message.ack();
        } catch {
          // Ask for redelivery after a pause rather than spinning on a failing handler.
          message.nak(1_000);
        }
      }
    })();
    return {
      close: async () => {
        this.subscriptions.delete(messages);
        await messages.close();
        await loop.catch(() => {});
      },
    };
  }

  async close(): Promise<void> {
    for (const messages of this.subscriptions) await messages.close().catch(() => {});
    this.subscriptions.clear();
    await this.nc.drain().catch(() => this.nc.close());
  }

  /** Removes the stream; used by tests that create a stream of their own. */
  async deleteStream(): Promise<void> {
    await this.jsm.streams.delete(this.options.stream).catch(() => {});
  }
}
