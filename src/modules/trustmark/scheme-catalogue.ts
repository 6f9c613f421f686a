import { appendEvent } from '../../platform/bus/index.ts';
import { TtlCache } from '../../platform/cache.ts';
import type { Db, Tx } from '../../platform/db/client.ts';
import { DomainError, unprocessable } from '../../platform/errors.ts';
import { trustmarkSchemes } from './schema.ts';
import {
  BUILT_IN_SCHEMES,
  compareVersions,
  findScheme,
  type SchemeDefinition,
  validateScheme,
} from './schemes/index.ts';

export interface PublishedScheme extends SchemeDefinition {
  /** Shipped with CrossTrust, or added by this node's operator. */
  origin: 'built-in' | 'operator';
}

/**
 * Every scheme version a node assesses against: the built-in ones and those its operator published through the
 * API. A published version is immutable — certificates name it — so a change is always a new, higher version.
 */
export class SchemeCatalogue {
  /** Operator versions are few and read on every application step: kept briefly in memory, cleared on publish. */
  private readonly cache = new TtlCache<'all', PublishedScheme[]>(10_000, 1);

  constructor(private readonly db: Db) {}

  async all(): Promise<PublishedScheme[]> {
    const cached = this.cache.get('all');
    if (cached) return cached;
    const rows = await this.db.select().from(trustmarkSchemes);
    const operator = rows.map((r) => ({
      ...(r.definition as SchemeDefinition),
      origin: 'operator' as const,
    }));
    const all = [...BUILT_IN_SCHEMES.map((s) => ({ ...s, origin: 'built-in' as const })), ...operator].sort(
      (a, b) => a.id.localeCompare(b.id) || compareVersions(a.version, b.version),
    );
    this.cache.set('all', all);
    return all;
  }

  /** The exact version when one is given, otherwise the latest version of the scheme. */
  async find(id: string, version?: string): Promise<PublishedScheme | undefined> {
    return findScheme(id, version, await this.all()) as PublishedScheme | undefined;
  }

  /**
   * Publishes a new scheme version. It must validate, and be higher than every version of the same scheme id;
   * `onPublished` runs in the same transaction (it schedules the re-checks of certificates under that scheme).
   */
  async publish(
    input: unknown,
    actor: string,
    onPublished?: (tx: Tx, scheme: SchemeDefinition) => Promise<void>,
  ): Promise<PublishedScheme> {
    const validation = validateScheme(input);
    if (!validation.ok)
      unprocessable(
        validation.errors.map((e) => ({ code: e.code, message: e.message, location: e.location })),
        'the scheme',
      );
    const scheme = validation.scheme;
    const latest = await this.find(scheme.id);
    if (latest && compareVersions(scheme.version, latest.version) <= 0)
      throw new DomainError(
        'SCHEME_VERSION_NOT_NEWER',
        `${scheme.id} is at version ${latest.version}; publish a higher version (published versions never change)`,
        { status: 409, location: 'version' },
      );
    await this.db.transaction(async (tx) => {
      const inserted = await tx
        .insert(trustmarkSchemes)
        .values({ schemeId: scheme.id, version: scheme.version, definition: scheme, createdBy: actor })
        .onConflictDoNothing()
        .returning({ id: trustmarkSchemes.schemeId });
      if (inserted.length === 0)
        throw new DomainError('SCHEME_VERSION_NOT_NEWER', `${scheme.id}@${scheme.version} exists already`, {
          status: 409,
          location: 'version',
        });
      await appendEvent(tx, {
        subject: 'trustmark.scheme.published',
        aggregateType: 'trustmark_scheme',
        aggregateId: scheme.id,
        payload: { id: scheme.id, version: scheme.version, previous: latest?.version ?? null },
        actor,
      });
      await onPublished?.(tx, scheme);
    });
    this.cache.clear();
    return { ...scheme, origin: 'operator' };
  }
}
