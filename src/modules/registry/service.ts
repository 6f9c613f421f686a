import { randomBytes } from 'node:crypto';
import { and, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import { appendEvent, type EventEnvelope, eventsFor } from '../../platform/bus/index.ts';
import type { Db, Executor, Tx } from '../../platform/db/client.ts';
import { conflict, DomainError, type ErrorDetail, notFound, unprocessable } from '../../platform/errors.ts';
import { isUuid, newId } from '../../platform/ids.ts';
import { ASEAN_ECONOMIES } from '../../standards/identifiers/economies.ts';
import {
  buildUbin,
  normalizeDomain,
  PRIMARY_SCHEME_BY_COUNTRY,
  resolveScheme,
  validateIdentifier,
} from '../../standards/identifiers/index.ts';
import { foldText } from '../../standards/text/fold.ts';
import {
  DNS_LABEL,
  type OwnershipResult,
  verificationRecord,
  WELL_KNOWN_PATH,
  type WebsiteVerifier,
} from './ownership.ts';
import { loadParties } from './read.ts';
import { parties, partyIdentifiers, websites } from './schema.ts';
import type {
  IdentifierRef,
  PartyInput,
  PartyPatch,
  PublicParty,
  PublicWebsite,
  WebsiteWithToken,
} from './types.ts';

type PartyRow = typeof parties.$inferSelect;
type WebsiteRow = typeof websites.$inferSelect;

const toPublicWebsite = (w: WebsiteRow): PublicWebsite => ({
  id: w.id,
  domain: w.domain,
  domainUnicode: w.domainUnicode,
  registrableDomain: w.registrableDomain,
  ownershipVerified: w.verifiedAt !== null,
  verifiedAt: w.verifiedAt?.toISOString() ?? null,
  verificationMethod: w.verificationMethod ?? null,
});

const withToken = (w: WebsiteRow): WebsiteWithToken => ({
  ...toPublicWebsite(w),
  partyId: w.partyId,
  verificationToken: w.verificationToken,
  instructions: {
    dns: { name: `${DNS_LABEL}.${w.domain}`, type: 'TXT', value: verificationRecord(w.verificationToken) },
    http: { url: `https://${w.domain}${WELL_KNOWN_PATH}`, content: verificationRecord(w.verificationToken) },
  },
});

/** Validates and normalises one identifier; the error names where in the request it came from. */
function checkIdentifier(
  ref: IdentifierRef,
  location: string,
): { scheme: string; value: string } | ErrorDetail[] {
  const info = resolveScheme(ref.scheme);
  if (!info)
    return [
      {
        code: 'SCHEME_UNKNOWN',
        message: `Unknown identifier scheme ${ref.scheme}`,
        location: `${location}.scheme`,
      },
    ];
  if (info.id === 'ubin') {
    return [
      {
        code: 'UBIN_ASSIGNED',
        message: 'The UBIN is assigned by the registry, not supplied',
        location: `${location}.scheme`,
      },
    ];
  }
  const result = validateIdentifier({ scheme: info.id, value: ref.value });
  if (!result.valid || result.normalized === null) {
    return result.errors.map((e) => ({ ...e, location: `${location}.value` }));
  }
  return { scheme: info.id, value: result.normalized };
}

function checkDomain(
  input: string,
  location: string,
): { ascii: string; unicode: string; registrable: string } | ErrorDetail[] {
  const result = normalizeDomain(input);
  if (!result.valid || !result.ascii || !result.registrable) {
    return result.errors.map((e) => ({ ...e, location }));
  }
  return { ascii: result.ascii, unicode: result.unicode ?? result.ascii, registrable: result.registrable };
}

const fail = (errors: ErrorDetail[]): never => unprocessable(errors);

/** Postgres unique violations become 409 with the field that clashed. */
async function mapUniqueViolation<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const cause =
      (error as { cause?: { code?: string; constraint?: string } }).cause ??
      (error as { code?: string; constraint?: string });
    if (cause?.code === '23505') {
      const constraint = (cause as { constraint?: string }).constraint ?? '';
      if (constraint.includes('identifiers'))
        throw conflict('IDENTIFIER_TAKEN', 'That identifier already belongs to a party', 'identifiers');
      if (constraint.includes('websites'))
        throw conflict('WEBSITE_TAKEN', 'That website is already registered', 'websites');
      if (constraint.includes('ubin'))
        throw conflict('UBIN_TAKEN', 'A party with this UBIN already exists', 'identifiers');
      throw conflict('DUPLICATE', 'A record with these values already exists');
    }
    throw error;
  }
}

export class RegistryService {
  constructor(
    private readonly db: Db,
    private readonly verifier?: WebsiteVerifier,
    /** Called after every committed change, e.g. to drop cached public reads. */
    private readonly onChange: () => void = () => {},
  ) {}

  /** Every change goes through here, so the change hook sees all of them. */
  private async transact<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const result = await this.db.transaction(work);
    this.onChange();
    return result;
  }

  async getParty(id: string, executor: Executor = this.db): Promise<PublicParty> {
    if (!isUuid(id)) throw notFound('Party', 'id');
    const [party] = await loadParties(executor, eq(parties.id, id));
    if (!party) throw notFound('Party', 'id');
    return party;
  }

  /** Several parties by id in one round trip; unknown ids are left out. */
  async getParties(ids: readonly string[]): Promise<PublicParty[]> {
    const valid = [...new Set(ids)].filter(isUuid);
    if (valid.length === 0) return [];
    return loadParties(this.db, inArray(parties.id, valid));
  }

  /** Creates a party with its identifiers and websites in one transaction; any invalid part rejects the whole. */
  async createParty(input: PartyInput, actor: string): Promise<PublicParty> {
    const errors: ErrorDetail[] = [];
    if (!(ASEAN_ECONOMIES as readonly string[]).includes(input.homeEconomy)) {
      errors.push({
        code: 'ECONOMY_UNKNOWN',
        message: `Home economy must be one of ${ASEAN_ECONOMIES.join(', ')}`,
        location: 'homeEconomy',
      });
    }
    const identifiers: Array<{ scheme: string; value: string }> = [];
    input.identifiers.forEach((ref, i) => {
      const checked = checkIdentifier(ref, `identifiers[${i}]`);
      if (Array.isArray(checked)) errors.push(...checked);
      else if (identifiers.some((x) => x.scheme === checked.scheme && x.value === checked.value)) {
        errors.push({
          code: 'IDENTIFIER_REPEATED',
          message: 'The same identifier is listed twice',
          location: `identifiers[${i}]`,
        });
      } else identifiers.push(checked);
    });
    const domains: Array<{ ascii: string; unicode: string; registrable: string }> = [];
    (input.websites ?? []).forEach((site, i) => {
      const checked = checkDomain(site, `websites[${i}]`);
      if (Array.isArray(checked)) errors.push(...checked);
      else if (!domains.some((d) => d.ascii === checked.ascii)) domains.push(checked);
    });
    const primaryScheme = PRIMARY_SCHEME_BY_COUNTRY[input.homeEconomy];
    const anchor = identifiers.find((x) => x.scheme === primaryScheme);
    if (errors.length === 0 && !anchor) {
      errors.push({
        code: 'UBIN_ANCHOR_MISSING',
        message: `A party from ${input.homeEconomy} needs a ${primaryScheme} identifier: it anchors the party's UBIN`,
        location: 'identifiers',
      });
    }
    if (errors.length > 0) fail(errors);
    const built = buildUbin(input.homeEconomy, primaryScheme!, anchor!.value);
    if (!built.ok) fail(built.errors.map((e) => ({ ...e, location: 'identifiers' })));
    const ubin = (built as { ok: true; ubin: string }).ubin;

    const id = newId();
    return mapUniqueViolation(() =>
      this.transact(async (tx) => {
        await this.assertIdentifiersFree(tx, identifiers);
        await tx.insert(parties).values({
          id,
          kind: input.kind,
          name: input.name.trim(),
          nameLatin: input.nameLatin?.trim() || null,
          nameFolded: foldText(`${input.name} ${input.nameLatin ?? ''}`),
          homeEconomy: input.homeEconomy,
          ubin,
          address: input.address ?? null,
          contacts: input.contacts ?? [],
        });
        if (identifiers.length > 0) {
          await tx
            .insert(partyIdentifiers)
            .values(identifiers.map((x) => ({ id: newId(), partyId: id, ...x })));
        }
        if (domains.length > 0) {
          await this.assertDomainsFree(
            tx,
            domains.map((d) => d.ascii),
          );
          await tx.insert(websites).values(
            domains.map((d) => ({
              id: newId(),
              partyId: id,
              domain: d.ascii,
              domainUnicode: d.unicode,
              registrableDomain: d.registrable,
              verificationToken: randomBytes(18).toString('base64url'),
            })),
          );
        }
        const party = await this.getParty(id, tx);
        await appendEvent(tx, {
          subject: 'registry.party.created',
          aggregateType: 'party',
          aggregateId: id,
          payload: { party },
          actor,
        });
        return party;
      }),
    );
  }

  private async assertIdentifiersFree(
    tx: Executor,
    identifiers: Array<{ scheme: string; value: string }>,
    exceptParty?: string,
  ): Promise<void> {
    for (const [i, x] of identifiers.entries()) {
      const [taken] = await tx
        .select({ partyId: partyIdentifiers.partyId })
        .from(partyIdentifiers)
        .where(and(eq(partyIdentifiers.scheme, x.scheme), eq(partyIdentifiers.value, x.value)));
      if (taken && taken.partyId !== exceptParty) {
        throw conflict(
          'IDENTIFIER_TAKEN',
          `${x.scheme} ${x.value} already belongs to another party`,
          `identifiers[${i}]`,
        );
      }
    }
  }

  private async assertDomainsFree(tx: Executor, domains: string[]): Promise<void> {
    if (domains.length === 0) return;
    const taken = await tx
      .select({ domain: websites.domain })
      .from(websites)
      .where(inArray(websites.domain, domains));
    if (taken.length > 0) {
      const i = domains.indexOf(taken[0]!.domain);
      throw conflict('WEBSITE_TAKEN', `${taken[0]!.domain} is already registered`, `websites[${i}]`);
    }
  }

  async updateParty(id: string, patch: PartyPatch, actor: string, reason?: string): Promise<PublicParty> {
    const current = await this.getParty(id);
    if (patch.version !== undefined && patch.version !== current.version) {
      throw conflict(
        'VERSION_CONFLICT',
        `The party changed since version ${patch.version}; it is now version ${current.version}`,
        'version',
      );
    }
    return this.transact(async (tx) => {
      const name = patch.name?.trim() ?? current.name;
      const nameLatin = patch.nameLatin === undefined ? current.nameLatin : patch.nameLatin?.trim() || null;
      const updated = await tx
        .update(parties)
        .set({
          kind: patch.kind ?? current.kind,
          name,
          nameLatin,
          nameFolded: foldText(`${name} ${nameLatin ?? ''}`),
          address: patch.address === undefined ? current.address : patch.address,
          contacts: patch.contacts ?? current.contacts,
          version: sql`${parties.version} + 1`,
          updatedAt: new Date(),
        })
        .where(and(eq(parties.id, id), eq(parties.version, current.version)))
        .returning({ id: parties.id });
      if (updated.length === 0)
        throw conflict('VERSION_CONFLICT', 'The party changed while it was being updated', 'version');
      const party = await this.getParty(id, tx);
      const { version: _v, ...changes } = patch;
      await appendEvent(tx, {
        subject: 'registry.party.updated',
        aggregateType: 'party',
        aggregateId: id,
        payload: { changes, party },
        actor,
        reason,
      });
      return party;
    });
  }

  async addIdentifier(partyId: string, ref: IdentifierRef, actor: string): Promise<PublicParty> {
    await this.getParty(partyId);
    const checked = checkIdentifier(ref, 'body');
    if (Array.isArray(checked)) fail(checked);
    const x = checked as { scheme: string; value: string };
    return mapUniqueViolation(() =>
      this.transact(async (tx) => {
        await this.assertIdentifiersFree(tx, [x]);
        await tx.insert(partyIdentifiers).values({ id: newId(), partyId, ...x });
        await tx
          .update(parties)
          .set({ version: sql`${parties.version} + 1`, updatedAt: new Date() })
          .where(eq(parties.id, partyId));
        await appendEvent(tx, {
          subject: 'registry.identifier.added',
          aggregateType: 'party',
          aggregateId: partyId,
          payload: x,
          actor,
        });
        return this.getParty(partyId, tx);
      }),
    );
  }

  async removeIdentifier(partyId: string, identifierId: string, actor: string): Promise<PublicParty> {
    const party = await this.getParty(partyId);
    const identifier = party.identifiers.find((i) => i.id === identifierId);
    if (!identifier) throw notFound('Identifier', 'identifierId');
    if (party.ubin === buildUbinOrNull(party.homeEconomy, identifier)) {
      throw conflict(
        'IDENTIFIER_ANCHORS_UBIN',
        'This identifier anchors the party’s UBIN and cannot be removed',
        'identifierId',
      );
    }
    return this.transact(async (tx) => {
      await tx.delete(partyIdentifiers).where(eq(partyIdentifiers.id, identifierId));
      await tx
        .update(parties)
        .set({ version: sql`${parties.version} + 1`, updatedAt: new Date() })
        .where(eq(parties.id, partyId));
      await appendEvent(tx, {
        subject: 'registry.identifier.removed',
        aggregateType: 'party',
        aggregateId: partyId,
        payload: { scheme: identifier.scheme, value: identifier.value },
        actor,
      });
      return this.getParty(partyId, tx);
    });
  }

  async addWebsite(partyId: string, domain: string, actor: string): Promise<WebsiteWithToken> {
    await this.getParty(partyId);
    const checked = checkDomain(domain, 'domain');
    if (Array.isArray(checked)) fail(checked);
    const d = checked as { ascii: string; unicode: string; registrable: string };
    return mapUniqueViolation(() =>
      this.transact(async (tx) => {
        await this.assertDomainsFree(tx, [d.ascii]).catch((error: unknown) => {
          // Same check as at registration, but here the clash is in the `domain` field of the request.
          throw error instanceof DomainError ? conflict(error.code, error.message, 'domain') : error;
        });
        const [row] = await tx
          .insert(websites)
          .values({
            id: newId(),
            partyId,
            domain: d.ascii,
            domainUnicode: d.unicode,
            registrableDomain: d.registrable,
            verificationToken: randomBytes(18).toString('base64url'),
          })
          .returning();
        await appendEvent(tx, {
          subject: 'registry.website.added',
          aggregateType: 'party',
          aggregateId: partyId,
          payload: { domain: d.ascii },
          actor,
        });
        return withToken(row!);
      }),
    );
  }

  async getWebsite(websiteId: string): Promise<WebsiteWithToken> {
    if (!isUuid(websiteId)) throw notFound('Website', 'websiteId');
    const [row] = await this.db.select().from(websites).where(eq(websites.id, websiteId));
    if (!row) throw notFound('Website', 'websiteId');
    return withToken(row);
  }

  /** Runs the ownership check over the network now and records its outcome. */
  async verifyWebsite(
    websiteId: string,
    actor: string,
  ): Promise<{ website: WebsiteWithToken; result: OwnershipResult }> {
    if (!this.verifier) throw new Error('RegistryService was built without a website verifier');
    const site = await this.getWebsite(websiteId);
    const result = await this.verifier.verify(site.domain, site.verificationToken);
    const website = await this.transact(async (tx) => {
      const now = new Date();
      const [row] = await tx
        .update(websites)
        .set({
          lastCheckAt: now,
          lastCheck: result,
          updatedAt: now,
          ...(result.verified ? { verifiedAt: now, verificationMethod: result.method } : {}),
        })
        .where(eq(websites.id, websiteId))
        .returning();
      await appendEvent(tx, {
        subject: result.verified ? 'registry.website.verified' : 'registry.website.verification_failed',
        aggregateType: 'party',
        aggregateId: site.partyId,
        payload: { domain: site.domain, result },
        actor,
      });
      return withToken(row!);
    });
    return { website, result };
  }

  async removeWebsite(websiteId: string, actor: string, reason?: string): Promise<void> {
    const site = await this.getWebsite(websiteId);
    await this.transact(async (tx) => {
      await tx.delete(websites).where(eq(websites.id, websiteId));
      await appendEvent(tx, {
        subject: 'registry.website.removed',
        aggregateType: 'party',
        aggregateId: site.partyId,
        payload: { domain: site.domain },
        actor,
        reason,
      });
    });
  }

  /** Search by name (diacritics folded, in either script), with optional filters. */
  async search(query: {
    q?: string;
    economy?: string;
    kind?: string;
    limit?: number;
    offset?: number;
  }): Promise<{ total: number; items: PublicParty[] }> {
    const conditions = [];
    const q = query.q ? foldText(query.q) : '';
    if (q) {
      // Every word must appear, in any order: "cong ty ca phe" finds "Công ty Cổ phần Cà phê …".
      const words = [...new Set(q.split(' '))].slice(0, 10);
      const byName = and(
        ...words.map((w) => ilike(parties.nameFolded, `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`)),
      );
      conditions.push(or(byName, eq(parties.ubin, query.q!.trim()))!);
    }
    if (query.economy) conditions.push(eq(parties.homeEconomy, query.economy.toUpperCase()));
    if (query.kind) conditions.push(eq(parties.kind, query.kind as PartyRow['kind']));
    const where = conditions.length > 0 ? and(...conditions) : undefined;
    const [count] = await this.db.select({ n: sql<number>`count(*)::int` }).from(parties).where(where);
    const items = await loadParties(this.db, where, {
      limit: Math.min(query.limit ?? 20, 100),
      offset: query.offset ?? 0,
    });
    return { total: count?.n ?? 0, items };
  }

  async lookupByIdentifier(ref: IdentifierRef): Promise<PublicParty> {
    const info = resolveScheme(ref.scheme);
    if (info?.id === 'ubin') return this.lookupByUbin(ref.value);
    const checked = checkIdentifier(ref, 'query');
    if (Array.isArray(checked)) fail(checked);
    const x = checked as { scheme: string; value: string };
    const [row] = await this.db
      .select({ partyId: partyIdentifiers.partyId })
      .from(partyIdentifiers)
      .where(and(eq(partyIdentifiers.scheme, x.scheme), eq(partyIdentifiers.value, x.value)));
    if (!row) throw notFound(`A party with ${x.scheme} ${x.value}`, 'query.value');
    return this.getParty(row.partyId);
  }

  async lookupByUbin(ubin: string): Promise<PublicParty> {
    const checked = validateIdentifier({ scheme: 'ubin', value: ubin });
    if (!checked.valid || !checked.normalized) fail(checked.errors.map((e) => ({ ...e, location: 'ubin' })));
    const [party] = await loadParties(this.db, eq(parties.ubin, checked.normalized!));
    if (!party) throw notFound(`A party with UBIN ${checked.normalized}`, 'ubin');
    return party;
  }

  /**
   * The public "who runs this website?" question. Accepts a URL or host in any script; matches the host, then the
   * host with or without `www.`.
   */
  async lookupByDomain(
    input: string,
  ): Promise<{ domain: string; website: PublicWebsite; party: PublicParty }> {
    const checked = checkDomain(input, 'domain');
    if (Array.isArray(checked)) fail(checked);
    const { ascii } = checked as { ascii: string };
    const alternative = ascii.startsWith('www.') ? ascii.slice(4) : `www.${ascii}`;
    const [party] = await loadParties(
      this.db,
      sql`${parties.id} = (select party_id from websites where domain in (${ascii}, ${alternative}) order by domain = ${ascii} desc limit 1)`,
    );
    const website =
      party?.websites.find((w) => w.domain === ascii) ??
      party?.websites.find((w) => w.domain === alternative);
    if (!party || !website) throw notFound(`A registered website ${ascii}`, 'domain');
    return { domain: ascii, website, party };
  }

  async history(partyId: string): Promise<EventEnvelope[]> {
    await this.getParty(partyId);
    return eventsFor(this.db, 'party', partyId);
  }

  async count(): Promise<number> {
    const [row] = await this.db.select({ n: sql<number>`count(*)::int` }).from(parties);
    return row?.n ?? 0;
  }
}

function buildUbinOrNull(economy: string, identifier: IdentifierRef): string | null {
  if (PRIMARY_SCHEME_BY_COUNTRY[economy] !== identifier.scheme) return null;
  const built = buildUbin(economy, identifier.scheme, identifier.value);
  return built.ok ? built.ubin : null;
}
