import { asc, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.ts';
import { parties } from './schema.ts';
import type { PublicParty, PublicWebsite } from './types.ts';

// Timestamps inside JSON come out in PostgreSQL's text form; format them as JavaScript's toISOString does so
// that every timestamp in the API looks the same.
const iso = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const identifiersJson = sql.raw(`coalesce((
  select json_agg(json_build_object('id', i.id, 'scheme', i.scheme, 'value', i.value) order by i.created_at, i.id)
  from party_identifiers i where i.party_id = parties.id), '[]'::json)`);

const websitesJson = sql.raw(`coalesce((
  select json_agg(json_build_object(
    'id', w.id, 'domain', w.domain, 'domainUnicode', w.domain_unicode, 'registrableDomain', w.registrable_domain,
    'ownershipVerified', w.verified_at is not null, 'verifiedAt', ${iso('w.verified_at')},
    'verificationMethod', w.verification_method) order by w.domain)
  from websites w where w.party_id = parties.id), '[]'::json)`);

/**
 * Parties as the public sees them, with their identifiers and websites, in one round trip: lookups are the
 * hottest reads a node serves.
 */
export async function loadParties(
  executor: Executor,
  where: SQL | undefined,
  page: { limit?: number; offset?: number } = {},
): Promise<PublicParty[]> {
  let query = executor
    .select({
      party: parties,
      identifiers: sql<PublicParty['identifiers']>`${identifiersJson}`,
      websites: sql<PublicWebsite[]>`${websitesJson}`,
    })
    .from(parties)
    .where(where)
    .orderBy(asc(parties.nameFolded), asc(parties.id))
    .$dynamic();
  if (page.limit !== undefined) query = query.limit(page.limit);
  if (page.offset !== undefined) query = query.offset(page.offset);
  const rows = await query;
  return rows.map(({ party: r, identifiers, websites }) => ({
    id: r.id,
    kind: r.kind,
    name: r.name,
    nameLatin: r.nameLatin,
    homeEconomy: r.homeEconomy,
    ubin: r.ubin,
    address: r.address ?? null,
    contacts: r.contacts,
    identifiers,
    websites,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }));
}
