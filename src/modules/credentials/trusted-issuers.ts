import { asc, eq } from 'drizzle-orm';
import { appendEvent } from '../../platform/bus/index.ts';
import type { Db } from '../../platform/db/client.ts';
import { DomainError, notFound } from '../../platform/errors.ts';
import { trustedIssuers } from './schema.ts';

export interface TrustedIssuer {
  did: string;
  name: string;
  addedBy: string;
  addedAt: string;
}

const DID = /^did:[a-z0-9]+:[A-Za-z0-9._:%-]+$/;

/** Operators whose credentials this node recognises, as alliance members recognise each other's marks. */
export class TrustedIssuers {
  private loaded: Promise<Map<string, TrustedIssuer>> | undefined;

  constructor(private readonly db: Db) {}

  private all(): Promise<Map<string, TrustedIssuer>> {
    this.loaded ??= this.db
      .select()
      .from(trustedIssuers)
      .orderBy(asc(trustedIssuers.name))
      .then(
        (rows) =>
          new Map(
            rows.map((r) => [
              r.did,
              { did: r.did, name: r.name, addedBy: r.addedBy, addedAt: r.addedAt.toISOString() },
            ]),
          ),
      );
    return this.loaded;
  }

  async list(): Promise<TrustedIssuer[]> {
    return [...(await this.all()).values()];
  }

  async get(did: string): Promise<TrustedIssuer | undefined> {
    return (await this.all()).get(did);
  }

  async add(did: string, name: string, actor: string): Promise<TrustedIssuer> {
    if (!DID.test(did))
      throw new DomainError('DID_INVALID', 'Give the issuer as a DID, e.g. did:web:trustmark.example.sg', {
        location: 'did',
      });
    await this.db.transaction(async (tx) => {
      await tx
        .insert(trustedIssuers)
        .values({ did, name, addedBy: actor })
        .onConflictDoUpdate({ target: trustedIssuers.did, set: { name } });
      await appendEvent(tx, {
        subject: 'credentials.trusted_issuer.added',
        aggregateType: 'trusted_issuer',
        aggregateId: did,
        payload: { did, name },
        actor,
      });
    });
    this.loaded = undefined;
    return (await this.get(did))!;
  }

  async remove(did: string, actor: string, reason?: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const removed = await tx.delete(trustedIssuers).where(eq(trustedIssuers.did, did)).returning();
      if (removed.length === 0) throw notFound('Trusted issuer', 'did');
      await appendEvent(tx, {
        subject: 'credentials.trusted_issuer.removed',
        aggregateType: 'trusted_issuer',
        aggregateId: did,
        payload: { did },
        actor,
        reason,
      });
    });
    this.loaded = undefined;
  }
}
