import { eq, isNull } from 'drizzle-orm';
import { appendEvent } from '../../platform/bus/index.ts';
import type { Db } from '../../platform/db/client.ts';
import { generateExample, PRIMARY_SCHEME_BY_COUNTRY } from '../../standards/identifiers/index.ts';
import { DEMO_PARTIES } from './demo-data.ts';
import { websites } from './schema.ts';
import type { RegistryService } from './service.ts';

const SEED_ACTOR = 'system:seed';

/**
 * Loads the demo parties. Identifiers are the n-th generated valid value of their scheme, offset so they do not
 * collide with values tests generate. Demo websites are marked as ownership-verified (the event says it was the
 * seed), since the demo domains do not exist.
 */
export async function seedDemoRegistry(
  db: Db,
  registry: RegistryService,
  onProgress?: (done: number, total: number) => void,
): Promise<number> {
  let n = 0;
  for (const demo of DEMO_PARTIES) {
    const index = 500 + n;
    const primary = PRIMARY_SCHEME_BY_COUNTRY[demo.economy]!;
    const identifiers = [primary, ...(demo.extra ?? [])].map((scheme) => ({
      scheme,
      value: generateExample(scheme, index),
    }));
    const email = `contact@${demo.websites[0]!.replace(/^www\./, '')}`;
    await registry.createParty(
      {
        kind: demo.kind,
        name: demo.name,
        nameLatin: demo.nameLatin ?? null,
        homeEconomy: demo.economy,
        address: { lines: [`${10 + n} Demo Street`], locality: demo.city, country: demo.economy },
        contacts: [
          { type: 'email', value: email, label: 'customer service' },
          { type: 'url', value: `https://${demo.websites[0]}/contact` },
        ],
        identifiers,
        websites: demo.websites,
      },
      SEED_ACTOR,
    );
    n++;
    onProgress?.(n, DEMO_PARTIES.length);
  }
  await db.transaction(async (tx) => {
    const pending = await tx.select().from(websites).where(isNull(websites.verifiedAt));
    for (const site of pending) {
      await tx
        .update(websites)
        .set({ verifiedAt: new Date(), verificationMethod: 'dns' })
        .where(eq(websites.id, site.id));
      await appendEvent(tx, {
        subject: 'registry.website.verified',
        aggregateType: 'party',
        aggregateId: site.partyId,
        payload: { domain: site.domain, demo: true },
        actor: SEED_ACTOR,
        reason: 'demo data: domain does not exist, marked verified by the seed',
      });
    }
  });
  return n;
}
