import { subjectMatches } from './subject.ts';
import type { Delivery, EventEnvelope, Subscription, Transport } from './types.ts';

interface LocalSubscriber {
  consumer: string;
  subjects: string[];
  deliver: Delivery;
}

/**
 * The embedded bus: the outbox table is the durable log, and publishing means handing each event to every local
 * consumer. `publish` rejects if any consumer fails, so the relay leaves the batch unpublished and retries it;
 * consumers that already handled an event skip it by id.
 */
export class InProcessTransport implements Transport {
  readonly kind = 'in-process' as const;
  private subscribers: LocalSubscriber[] = [];

  async publish(events: EventEnvelope[]): Promise<void> {
    for (const event of events) {
      for (const subscriber of this.subscribers) {
        if (subscriber.subjects.some((pattern) => subjectMatches(pattern, event.subject))) {
          await subscriber.deliver(event);
        }
      }
    }
  }

  async subscribe(consumer: string, subjects: string[], deliver: Delivery): Promise<Subscription> {
    const subscriber = { consumer, subjects, deliver };
    this.subscribers.push(subscriber);
    return {
      close: async () => {
        this.subscribers = this.subscribers.filter((s) => s !== subscriber);
      },
    };
  }

  async close(): Promise<void> {
    this.subscribers = [];
  }
}
