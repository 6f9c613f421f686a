import { and, desc, eq, type SQL } from 'drizzle-orm';
import { appendEvent, type EventEnvelope, eventsFor } from '../../platform/bus/index.ts';
import type { Db } from '../../platform/db/client.ts';
import { conflict, DomainError, notFound, unprocessable } from '../../platform/errors.ts';
import { isUuid, newId } from '../../platform/ids.ts';
import { createProof } from '../../standards/vc/data-integrity.ts';
import { validateCredential } from '../../standards/vc/data-model.ts';
import { envelopeJwt, signVcJwt } from '../../standards/vc/jose.ts';
import type { ContextLoader, JsonObject, JsonValue, VcProblem } from '../../standards/vc/types.ts';
import type { RegistryService } from '../registry/service.ts';
import type { IssuerKeys } from './keys.ts';
import { issuedCredentials } from './schema.ts';
import { type Allocation, type StatusLists, statusListCredential } from './status-lists.ts';
import { CREDENTIAL_SCHEMAS, CROSSTRUST_CONTEXT_URL } from './vocabulary.ts';

export const CREDENTIAL_FORMATS = ['eddsa-rdfc-2022', 'eddsa-jcs-2022', 'vc-jwt'] as const;
export type CredentialFormat = (typeof CREDENTIAL_FORMATS)[number];
export type StatusAction = 'revoke' | 'suspend' | 'reinstate';

/** How long a published status list is served without asking the database whether it changed. */
const STATUS_RECHECK_MS = 1_000;

export interface IssuedCredential {
  id: string;
  credentialId: string;
  type: string;
  format: CredentialFormat;
  subjectId: string | null;
  partyId: string | null;
  status: 'active' | 'suspended' | 'revoked';
  validFrom: string;
  validUntil: string | null;
  issuedBy: string;
  issuedAt: string;
  verifiableCredential: JsonValue;
}

type Row = typeof issuedCredentials.$inferSelect;

const toIssued = (row: Row): IssuedCredential => ({
  id: row.id,
  credentialId: row.credentialId,
  type: row.type,
  format: row.format,
  subjectId: row.subjectId,
  partyId: row.partyId,
  status: row.status,
  validFrom: row.validFrom.toISOString(),
  validUntil: row.validUntil?.toISOString() ?? null,
  issuedBy: row.issuedBy,
  issuedAt: row.issuedAt.toISOString(),
  verifiableCredential: row.secured as JsonValue,
});

const invalid = (problems: VcProblem[]): never =>
  unprocessable(
    problems.map((p) => ({ code: p.code, message: p.message, location: p.path })),
    'the credential',
  );

const primaryType = (credential: JsonObject): string => {
  const types = Array.isArray(credential.type) ? credential.type : [credential.type];
  return String(types.find((t) => t !== 'VerifiableCredential') ?? 'VerifiableCredential');
};

export interface CredentialServiceDeps {
  db: Db;
  keys: IssuerKeys;
  statusLists: StatusLists;
  loader: ContextLoader;
  /** The node's public URL: status lists and schemas are published under it. */
  publicUrl: string;
  registry?: RegistryService;
  now?: () => Date;
}

/** Issues the node's credentials, keeps their status, and publishes the status lists. */
export class CredentialService {
  private readonly now: () => Date;
  private readonly publishedLists = new Map<
    string,
    { version: number; credential: JsonObject; checkedAt: number }
  >();

  constructor(private readonly deps: CredentialServiceDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  get issuer(): string {
    return this.deps.keys.did;
  }

  statusListUrl(slug: string): string {
    return `${this.deps.publicUrl}/credentials/status/${slug}`;
  }

  private statusEntry(allocation: Allocation): JsonObject {
    const url = this.statusListUrl(allocation.slug);
    return {
      id: `${url}#${allocation.index}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: allocation.purpose,
      statusListIndex: String(allocation.index),
      statusListCredential: url,
    };
  }

  private async secure(credential: JsonObject, format: CredentialFormat): Promise<JsonValue> {
    const key = await this.deps.keys.signingKey();
    if (format === 'vc-jwt') {
      const jwt = await signVcJwt(credential, {
        privateKey: key.privateKey,
        kid: key.verificationMethod,
        alg: 'EdDSA',
      });
      return envelopeJwt(jwt);
    }
    const secured = createProof(credential, {
      cryptosuite: format,
      verificationMethod: key.verificationMethod,
      proofPurpose: 'assertionMethod',
      created: this.now()
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z'),
      privateKey: key.privateKey,
      loader: this.deps.loader,
    });
    if (!secured.ok) invalid(secured.problems);
    return (secured as { ok: true; value: JsonObject }).value;
  }

  /**
   * Issues a credential: fills in what the issuer owns (issuer, id, validFrom, status entries), checks the data
   * model, signs, and records it — all or nothing.
   */
  async issue(
    input: JsonObject,
    options: { format?: CredentialFormat; partyId?: string | null; withStatus?: boolean },
    actor: string,
  ): Promise<IssuedCredential> {
    const format = options.format ?? 'eddsa-rdfc-2022';
    const issuerValue = input.issuer;
    const issuerId =
      typeof issuerValue === 'object' && issuerValue && !Array.isArray(issuerValue)
        ? issuerValue.id
        : issuerValue;
    if (issuerId !== undefined && issuerId !== this.issuer) {
      throw new DomainError('ISSUER_MISMATCH', `This node issues only as ${this.issuer}`, {
        status: 422,
        location: 'credential.issuer',
      });
    }
    if ('proof' in input) {
      throw new DomainError('CREDENTIAL_ALREADY_SECURED', 'Send the credential without a proof', {
        status: 422,
        location: 'credential.proof',
      });
    }
    const now = this.now();
    const credential: JsonObject = {
      ...input,
      id: typeof input.id === 'string' ? input.id : `urn:uuid:${newId()}`,
      issuer: issuerValue ?? this.issuer,
      validFrom:
        typeof input.validFrom === 'string' ? input.validFrom : now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    };
    const problems = validateCredential(credential);
    if (problems.length > 0) invalid(problems);

    // Load (or make) the signing key before the transaction: the embedded database has one connection.
    await this.deps.keys.signingKey();
    const id = newId();
    const row = await this.deps.db.transaction(async (tx) => {
      const [existing] = await tx
        .select({ id: issuedCredentials.id })
        .from(issuedCredentials)
        .where(eq(issuedCredentials.credentialId, String(credential.id)));
      if (existing)
        throw conflict(
          'CREDENTIAL_ID_TAKEN',
          `A credential with id ${credential.id} was already issued`,
          'credential.id',
        );
      let revocation: Allocation | undefined;
      let suspension: Allocation | undefined;
      if (options.withStatus !== false && credential.credentialStatus === undefined) {
        revocation = await this.deps.statusLists.allocate(tx, 'revocation');
        suspension = await this.deps.statusLists.allocate(tx, 'suspension');
        credential.credentialStatus = [this.statusEntry(revocation), this.statusEntry(suspension)];
      }
      const secured = await this.secure(credential, format);
      const subject = Array.isArray(credential.credentialSubject)
        ? credential.credentialSubject[0]
        : credential.credentialSubject;
      const subjectId =
        subject && typeof subject === 'object' && !Array.isArray(subject) && typeof subject.id === 'string'
          ? subject.id
          : null;
      const [inserted] = await tx
        .insert(issuedCredentials)
        .values({
          id,
          credentialId: String(credential.id),
          type: primaryType(credential),
          format,
          subjectId,
          partyId: options.partyId ?? null,
          secured: secured as object,
          revocationList: revocation?.listId ?? null,
          revocationIndex: revocation?.index ?? null,
          suspensionList: suspension?.listId ?? null,
          suspensionIndex: suspension?.index ?? null,
          validFrom: new Date(String(credential.validFrom)),
          validUntil: typeof credential.validUntil === 'string' ? new Date(credential.validUntil) : null,
          issuedBy: actor,
        })
        .returning();
      await appendEvent(tx, {
        subject: 'credentials.credential.issued',
        aggregateType: 'credential',
        aggregateId: id,
        payload: {
          credentialId: credential.id,
          type: primaryType(credential),
          format,
          subjectId,
          partyId: options.partyId ?? null,
        },
        actor,
      });
      return inserted!;
    });
    return toIssued(row);
  }

  /** The node, as register operator, anchors a registered business in a BusinessIdentityCredential. */
  async issueBusinessIdentity(
    partyId: string,
    options: { format?: CredentialFormat; validForDays?: number },
    actor: string,
  ): Promise<IssuedCredential> {
    if (!this.deps.registry) throw new Error('CredentialService was built without the registry');
    const party = await this.deps.registry.getParty(partyId);
    const did = party.identifiers.find((i) => i.scheme === 'did')?.value;
    const lei = party.identifiers.find((i) => i.scheme === 'lei')?.value;
    const now = this.now();
    const validUntil = new Date(now.getTime() + (options.validForDays ?? 365) * 86_400_000);
    const subject: JsonObject = {
      id: did ?? party.ubin,
      type: 'Business',
      legalName: party.name,
      ...(party.nameLatin ? { legalNameLatin: party.nameLatin } : {}),
      ubin: party.ubin,
      homeEconomy: party.homeEconomy,
      identifiers: party.identifiers.map((i) => ({ identifierScheme: i.scheme, identifierValue: i.value })),
      ...(lei ? { lei } : {}),
      domains: party.websites.filter((w) => w.ownershipVerified).map((w) => w.domain),
      ...(did ? { did } : {}),
    };
    const schema = CREDENTIAL_SCHEMAS.BusinessIdentityCredential!;
    return this.issue(
      {
        '@context': ['https://www.w3.org/ns/credentials/v2', CROSSTRUST_CONTEXT_URL],
        type: ['VerifiableCredential', 'BusinessIdentityCredential'],
        name: `Business identity of ${party.nameLatin ?? party.name}`,
        validFrom: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        validUntil: validUntil.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        credentialSubject: subject,
        credentialSchema: { id: `${this.deps.publicUrl}${schema.path}`, type: 'JsonSchema' },
      },
      { format: options.format, partyId },
      actor,
    );
  }

  async get(id: string): Promise<IssuedCredential> {
    const where = isUuid(id) ? eq(issuedCredentials.id, id) : eq(issuedCredentials.credentialId, id);
    const [row] = await this.deps.db.select().from(issuedCredentials).where(where);
    if (!row) throw notFound('Credential', 'id');
    return toIssued(row);
  }

  async list(
    filter: { type?: string; status?: string; partyId?: string; limit?: number; offset?: number } = {},
  ): Promise<IssuedCredential[]> {
    const conditions: SQL[] = [];
    if (filter.type) conditions.push(eq(issuedCredentials.type, filter.type));
    if (filter.status) conditions.push(eq(issuedCredentials.status, filter.status as Row['status']));
    if (filter.partyId) conditions.push(eq(issuedCredentials.partyId, filter.partyId));
    const rows = await this.deps.db
      .select()
      .from(issuedCredentials)
      .where(conditions.length > 0 ? and(...conditions) : undefined)
      .orderBy(desc(issuedCredentials.issuedAt))
      .limit(Math.min(filter.limit ?? 50, 200))
      .offset(filter.offset ?? 0);
    return rows.map(toIssued);
  }

  /**
   * Revoke (final), suspend, or reinstate a suspended credential: the status list bit and the recorded status
   * change in one transaction, with an audit event; every verifier sees it on its next status list fetch.
   */
  async changeStatus(
    id: string,
    action: StatusAction,
    reason: string,
    actor: string,
  ): Promise<IssuedCredential> {
    const current = await this.get(id);
    const [row] = await this.deps.db
      .select()
      .from(issuedCredentials)
      .where(eq(issuedCredentials.id, current.id));
    const allowed: Record<StatusAction, Row['status'][]> = {
      revoke: ['active', 'suspended'],
      suspend: ['active'],
      reinstate: ['suspended'],
    };
    if (!allowed[action].includes(row!.status)) {
      throw conflict(
        'STATUS_TRANSITION_INVALID',
        `A ${row!.status} credential cannot be ${action === 'revoke' ? 'revoked' : action === 'suspend' ? 'suspended' : 'reinstated'}`,
        'action',
      );
    }
    const list = action === 'revoke' ? row!.revocationList : row!.suspensionList;
    const index = action === 'revoke' ? row!.revocationIndex : row!.suspensionIndex;
    if (!list || index === null)
      throw conflict('STATUS_NOT_TRACKED', 'This credential was issued without a status entry', 'id');
    const next: Row['status'] =
      action === 'revoke' ? 'revoked' : action === 'suspend' ? 'suspended' : 'active';
    const updated = await this.deps.db.transaction(async (tx) => {
      await this.deps.statusLists.setBit(tx, list, index, action !== 'reinstate');
      const [after] = await tx
        .update(issuedCredentials)
        .set({ status: next, updatedAt: new Date() })
        .where(eq(issuedCredentials.id, row!.id))
        .returning();
      await appendEvent(tx, {
        subject: `credentials.credential.${action === 'revoke' ? 'revoked' : action === 'suspend' ? 'suspended' : 'reinstated'}`,
        aggregateType: 'credential',
        aggregateId: row!.id,
        payload: { credentialId: row!.credentialId, status: next },
        actor,
        reason,
      });
      return after!;
    });
    this.publishedLists.clear();
    return toIssued(updated);
  }

  history(id: string): Promise<EventEnvelope[]> {
    return eventsFor(this.deps.db, 'credential', id);
  }

  /** The signed BitstringStatusListCredential for a list, re-signed only when the list changed. */
  async publishedStatusList(slug: string): Promise<JsonObject | undefined> {
    const cached = this.publishedLists.get(slug);
    // Changes made through this process drop the entry at once; other processes' changes show within a second.
    if (cached && this.now().getTime() - cached.checkedAt < STATUS_RECHECK_MS) return cached.credential;
    const version = await this.deps.statusLists.version(slug);
    if (version === undefined) return undefined;
    if (cached?.version === version) {
      cached.checkedAt = this.now().getTime();
      return cached.credential;
    }
    const snapshot = await this.deps.statusLists.snapshot(slug);
    if (!snapshot) return undefined;
    const credential = (await this.secure(
      statusListCredential(snapshot, this.statusListUrl(slug), this.issuer),
      'eddsa-rdfc-2022',
    )) as JsonObject;
    this.publishedLists.set(slug, { version: snapshot.version, credential, checkedAt: this.now().getTime() });
    return credential;
  }
}
