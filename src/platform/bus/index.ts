import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import { type BusOptions, EventBus } from './bus.ts';
import { InProcessTransport } from './in-process.ts';
import { NatsTransport } from './nats.ts';

export { EventBus } from './bus.ts';
export { appendEvent, eventsFor } from './outbox.ts';
export type { EventEnvelope, NewEvent } from './types.ts';

/** NATS JetStream when NATS_URL is configured, otherwise the in-process bus over the outbox. */
export async function createBus(
  db: Db,
  config: Pick<Config, 'natsUrl' | 'natsStream' | 'natsSubjectPrefix'>,
  options: BusOptions = {},
): Promise<EventBus> {
  const transport = config.natsUrl
    ? await NatsTransport.connect({
        url: config.natsUrl,
        stream: config.natsStream,
        subjectPrefix: config.natsSubjectPrefix,
      })
    : new InProcessTransport();
  return new EventBus(db, transport, options);
}
