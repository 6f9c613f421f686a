import { randomInt } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../platform/db/client.ts';
import { newId } from '../../platform/ids.ts';
import {
  createStatusList,
  encodeStatusList,
  getStatusBit,
  setStatusBit,
} from '../../standards/vc/status-list.ts';
import type { JsonObject } from '../../standards/vc/types.ts';
import { issuedCredentials, statusLists } from './schema.ts';

export type StatusPurpose = 'revocation' | 'suspension';

/** 131,072 entries (16 KiB): the Bitstring Status List spec's minimum, so one entry hides among many. */
export const LIST_SIZE = 131_072;
/** A list stops taking new entries when half full, so random positions stay cheap to find. */
const FILL_LIMIT = LIST_SIZE / 2;

export interface Allocation {
  listId: string;
  slug: string;
  index: number;
  purpose: StatusPurpose;
}

export interface StatusListSnapshot {
  slug: string;
  purpose: StatusPurpose;
  version: number;
  encodedList: string;
  updatedAt: Date;
}

/**
 * The node's Bitstring Status Lists. Entries are handed out at random positions (sequential ones would let an
 * observer date a credential and link credentials issued together); the bits change in the same transaction
 * as the credential's recorded status.
 */
export class StatusLists {
  constructor(private readonly db: Db) {}

  private async openList(tx: Executor, purpose: StatusPurpose): Promise<typeof statusLists.$inferSelect> {
    const [open] = await tx
      .select()
      .from(statusLists)
      .where(and(eq(statusLists.purpose, purpose), lt(statusLists.used, FILL_LIMIT)))
      .orderBy(statusLists.slug)
      .limit(1)
      .for('update');
    if (open) return open;
    const [count] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(statusLists)
      .where(eq(statusLists.purpose, purpose));
    const [created] = await tx
      .insert(statusLists)
      .values({
        id: newId(),
        slug: `${purpose}-${(count?.n ?? 0) + 1}`,
        purpose,
        size: LIST_SIZE,
        bits: Buffer.from(createStatusList(LIST_SIZE)),
      })
      .returning();
    return created!;
  }

  /** A free random position in an open list of the purpose; call inside the issuing transaction. */
  async allocate(tx: Executor, purpose: StatusPurpose): Promise<Allocation> {
    const list = await this.openList(tx, purpose);
    const column =
      purpose === 'revocation' ? issuedCredentials.revocationIndex : issuedCredentials.suspensionIndex;
    const listColumn =
      purpose === 'revocation' ? issuedCredentials.revocationList : issuedCredentials.suspensionList;
    for (let attempt = 0; attempt < 64; attempt++) {
      const index = randomInt(list.size);
      const [taken] = await tx
        .select({ id: issuedCredentials.id })
        .from(issuedCredentials)
        .where(and(eq(listColumn, list.id), eq(column, index)));
      if (!taken) {
        await tx
          .update(statusLists)
          .set({ used: sql`${statusLists.used} + 1` })
          .where(eq(statusLists.id, list.id));
        return { listId: list.id, slug: list.slug, index, purpose };
      }
    }
    throw new Error(`no free position found in status list ${list.slug}`);
  }

  /** Sets or clears one bit; bumps the list's version so its published credential is signed again. */
  async setBit(tx: Executor, listId: string, index: number, value: boolean): Promise<void> {
    const [list] = await tx.select().from(statusLists).where(eq(statusLists.id, listId)).for('update');
    if (!list) throw new Error(`status list ${listId} not found`);
    const bits = new Uint8Array(list.bits);
    setStatusBit(bits, index, value);
    await tx
      .update(statusLists)
      .set({ bits: Buffer.from(bits), version: sql`${statusLists.version} + 1`, updatedAt: new Date() })
      .where(eq(statusLists.id, listId));
  }

  async bit(listId: string, index: number): Promise<boolean> {
    const [list] = await this.db.select().from(statusLists).where(eq(statusLists.id, listId));
    return list ? getStatusBit(new Uint8Array(list.bits), index) === true : false;
  }

  async snapshot(slug: string): Promise<StatusListSnapshot | undefined> {
    const [list] = await this.db.select().from(statusLists).where(eq(statusLists.slug, slug));
    if (!list) return undefined;
    return {
      slug: list.slug,
      purpose: list.purpose,
      version: list.version,
      encodedList: encodeStatusList(new Uint8Array(list.bits)),
      updatedAt: list.updatedAt,
    };
  }

  async version(slug: string): Promise<number | undefined> {
    const [row] = await this.db
      .select({ version: statusLists.version })
      .from(statusLists)
      .where(eq(statusLists.slug, slug));
    return row?.version;
  }
}

/** The unsigned BitstringStatusListCredential for a list snapshot. */
export function statusListCredential(snapshot: StatusListSnapshot, url: string, issuer: string): JsonObject {
  return {
    '@context': ['https://www.w3.org/ns/credentials/v2'],
    id: url,
    type: ['VerifiableCredential', 'BitstringStatusListCredential'],
    issuer,
    validFrom: snapshot.updatedAt.toISOString(),
    credentialSubject: {
      id: `${url}#list`,
      type: 'BitstringStatusList',
      statusPurpose: snapshot.purpose,
      encodedList: snapshot.encodedList,
    },
  };
}
