import { createPrivateKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { asc, isNull, sql } from 'drizzle-orm';
import { appendEvent } from '../../platform/bus/index.ts';
import { decryptSecret, encryptSecret } from '../../platform/crypto/envelope.ts';
import type { Db } from '../../platform/db/client.ts';
import { newId } from '../../platform/ids.ts';
import { jwkToMultikey } from '../../standards/vc/did-key.ts';
import type { ResolvedVerificationKey } from '../../standards/vc/resolvers.ts';
import type { DidDocument, JsonWebKeyPublic, VerificationKey } from '../../standards/vc/types.ts';
import { issuerKeys } from './schema.ts';

export interface PublicIssuerKey {
  id: string;
  verificationMethod: string;
  publicKeyMultibase: string;
  publicKeyJwk: JsonWebKeyPublic;
  createdAt: string;
  retiredAt: string | null;
}

export interface SigningKey {
  verificationMethod: string;
  privateKey: KeyObject;
}

type KeyRow = typeof issuerKeys.$inferSelect;

/**
 * The node's issuer identity: a did:web whose document lists every key the node has signed with. One key is
 * active; rotating retires it (it stays in the document, so older credentials keep verifying) and makes a new one.
 */
export class IssuerKeys {
  private active: Promise<SigningKey> | undefined;
  private known: Promise<PublicIssuerKey[]> | undefined;

  constructor(
    private readonly db: Db,
    private readonly kek: Buffer,
    readonly did: string,
  ) {}

  private methodId(row: KeyRow): string {
    return `${this.did}#${row.fragment}`;
  }

  private toPublic(row: KeyRow): PublicIssuerKey {
    return {
      id: row.id,
      verificationMethod: this.methodId(row),
      publicKeyMultibase: row.publicKeyMultibase,
      publicKeyJwk: row.publicKeyJwk as JsonWebKeyPublic,
      createdAt: row.createdAt.toISOString(),
      retiredAt: row.retiredAt?.toISOString() ?? null,
    };
  }

  private async createKey(executor: Pick<Db, 'insert'>, now: Date): Promise<KeyRow> {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const jwk = publicKey.export({ format: 'jwk' }) as JsonWebKeyPublic;
    const multibase = jwkToMultikey({ kty: 'OKP', crv: 'Ed25519', x: jwk.x });
    if (!multibase.ok) throw new Error('could not encode the new public key');
    const fragment = `key-${now.toISOString().slice(0, 10).replaceAll('-', '')}-${newId().slice(-6)}`;
    const [row] = await executor
      .insert(issuerKeys)
      .values({
        id: newId(),
        fragment,
        algorithm: 'Ed25519',
        publicKeyMultibase: multibase.value,
        publicKeyJwk: { kty: 'OKP', crv: 'Ed25519', x: jwk.x },
        // The fragment is bound into the ciphertext, so a sealed key cannot be swapped onto another row.
        privateKeySealed: encryptSecret(
          privateKey.export({ format: 'der', type: 'pkcs8' }),
          this.kek,
          fragment,
        ),
      })
      .returning();
    return row!;
  }

  /** The key that signs now; made on first use. */
  signingKey(): Promise<SigningKey> {
    this.active ??= this.loadActive().catch((error: unknown) => {
      this.active = undefined;
      throw error;
    });
    return this.active;
  }

  private async loadActive(): Promise<SigningKey> {
    let [row] = await this.db.select().from(issuerKeys).where(isNull(issuerKeys.retiredAt));
    if (!row) {
      row = await this.db.transaction(async (tx) => {
        // Serialise first use across processes so two of them do not both create an active key.
        await tx.execute(sql`select pg_advisory_xact_lock(7314003)`);
        const [existing] = await tx.select().from(issuerKeys).where(isNull(issuerKeys.retiredAt));
        return existing ?? (await this.createKey(tx, new Date()));
      });
    }
    const der = decryptSecret(row.privateKeySealed, this.kek, row.fragment);
    return {
      verificationMethod: this.methodId(row),
      privateKey: createPrivateKey({ key: der, format: 'der', type: 'pkcs8' }),
    };
  }

  async rotate(actor: string, reason?: string): Promise<PublicIssuerKey> {
    const row = await this.db.transaction(async (tx) => {
      const now = new Date();
      await tx.update(issuerKeys).set({ retiredAt: now }).where(isNull(issuerKeys.retiredAt));
      const created = await this.createKey(tx, now);
      await appendEvent(tx, {
        subject: 'credentials.issuer_key.rotated',
        aggregateType: 'issuer',
        aggregateId: this.did,
        payload: { verificationMethod: this.methodId(created) },
        actor,
        reason,
      });
      return created;
    });
    this.active = undefined;
    this.known = undefined;
    return this.toPublic(row);
  }

  /** Every key, oldest first; kept in memory because verification asks for it on every request. */
  list(): Promise<PublicIssuerKey[]> {
    this.known ??= (async () => {
      await this.signingKey();
      const rows = await this.db.select().from(issuerKeys).orderBy(asc(issuerKeys.createdAt));
      return rows.map((r) => this.toPublic(r));
    })().catch((error: unknown) => {
      this.known = undefined;
      throw error;
    });
    return this.known;
  }

  /** The node's DID document: every key it ever signed with, all usable for assertions. */
  async didDocument(): Promise<DidDocument> {
    const keys = await this.list();
    return {
      '@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
      id: this.did,
      verificationMethod: keys.map((k) => ({
        id: k.verificationMethod,
        type: 'Multikey',
        controller: this.did,
        publicKeyMultibase: k.publicKeyMultibase,
      })),
      assertionMethod: keys.map((k) => k.verificationMethod),
      authentication: keys.filter((k) => !k.retiredAt).map((k) => k.verificationMethod),
    };
  }

  /** Resolves one of the node's own verification methods without a network round trip. */
  async resolveOwn(id: string): Promise<VerificationKey | undefined> {
    let key = (await this.list()).find((k) => k.verificationMethod === id);
    if (!key && id.startsWith(`${this.did}#`)) {
      // Another process may have rotated the key since this one loaded the list.
      this.known = undefined;
      key = (await this.list()).find((k) => k.verificationMethod === id);
    }
    if (!key) return undefined;
    const relationships = key.retiredAt ? ['assertionMethod'] : ['assertionMethod', 'authentication'];
    const resolved: ResolvedVerificationKey = {
      id,
      controller: this.did,
      type: 'Multikey',
      publicKeyJwk: key.publicKeyJwk,
      relationships,
    };
    return resolved;
  }
}
