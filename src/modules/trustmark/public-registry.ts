import { asc, inArray } from 'drizzle-orm';
import { eventsFor } from '../../platform/bus/index.ts';
import { TtlCache } from '../../platform/cache.ts';
import type { Db } from '../../platform/db/client.ts';
import { notFound } from '../../platform/errors.ts';
import { normalizeDomain } from '../../standards/identifiers/index.ts';
import { foldText } from '../../standards/text/fold.ts';
import type { RegistryService } from '../registry/service.ts';
import type { PublicParty } from '../registry/types.ts';
import { trustmarkApplications } from './schema.ts';
import type { SchemeCatalogue } from './scheme-catalogue.ts';
import type { LocalizedText } from './schemes/index.ts';
import type { SealStatus, TrustmarkService } from './service.ts';

export interface CertifiedSite {
  applicationId: string;
  domain: string;
  status: 'certified' | 'suspended';
  scheme: { id: string; version: string; title: LocalizedText | null };
  validUntil: string | null;
  party: { id: string; name: string; nameLatin: string | null; homeEconomy: string; ubin: string };
}

/** What the seal's click-through shows a consumer about one website's certificate. */
export interface CertificateView {
  domain: string;
  status: SealStatus;
  applicationId: string;
  validFrom: string | null;
  validUntil: string | null;
  scheme: { id: string; version: string; title: LocalizedText | null };
  criteriaMet: Array<{ id: string; category: string; text: LocalizedText }>;
  party: Pick<PublicParty, 'id' | 'name' | 'nameLatin' | 'homeEconomy' | 'ubin' | 'identifiers'> | null;
  credentialUrl: string | null;
  statusHistory: Array<{ at: string; event: string; reason: string | null }>;
}

const SHOWN_EVENTS: Record<string, string> = {
  'trustmark.application.certificate_issued': 'certified',
  'trustmark.application.suspended': 'suspended',
  'trustmark.application.reinstated': 'reinstated',
  'trustmark.application.revoked': 'revoked',
  'trustmark.application.expired': 'expired',
  'trustmark.application.superseded': 'renewed',
};

/**
 * The public face of certification: the registry of certified sites anyone may search, and the verification
 * page a seal links to. Business registers are public; an application's working papers are not shown.
 */
export class PublicTrustmarkRegistry {
  private readonly sites = new TtlCache<'all', CertifiedSite[]>(5_000, 1);

  constructor(
    private readonly db: Db,
    private readonly registry: RegistryService,
    private readonly catalogue: SchemeCatalogue,
    private readonly trustmarks: TrustmarkService,
  ) {}

  clear(): void {
    this.sites.clear();
  }

  private async allSites(): Promise<CertifiedSite[]> {
    const cached = this.sites.get('all');
    if (cached) return cached;
    const rows = await this.db
      .select()
      .from(trustmarkApplications)
      .where(inArray(trustmarkApplications.state, ['certified', 'suspended']))
      .orderBy(asc(trustmarkApplications.domain));
    const parties = new Map(
      (await this.registry.getParties(rows.map((r) => r.partyId))).map((p) => [p.id, p]),
    );
    const schemes = await this.catalogue.all();
    const sites: CertifiedSite[] = [];
    for (const r of rows) {
      const party = parties.get(r.partyId);
      if (!party) continue;
      const scheme = schemes.find((s) => s.id === r.schemeId && s.version === r.schemeVersion);
      sites.push({
        applicationId: r.id,
        domain: r.domain,
        status: r.state as 'certified' | 'suspended',
        scheme: { id: r.schemeId, version: r.schemeVersion, title: scheme?.title ?? null },
        validUntil: r.validUntil?.toISOString() ?? null,
        party: {
          id: party.id,
          name: party.name,
          nameLatin: party.nameLatin,
          homeEconomy: party.homeEconomy,
          ubin: party.ubin,
        },
      });
    }
    this.sites.set('all', sites);
    return sites;
  }

  /** Certified (and suspended) sites, searchable by business name, domain or UBIN, economy and scheme. */
  async search(filter: {
    q?: string;
    economy?: string;
    scheme?: string;
    limit?: number;
    offset?: number;
  }): Promise<{ total: number; items: CertifiedSite[] }> {
    const words = filter.q ? foldText(filter.q).split(' ').filter(Boolean) : [];
    const matches = (await this.allSites()).filter((site) => {
      if (filter.economy && site.party.homeEconomy !== filter.economy.toUpperCase()) return false;
      if (filter.scheme && site.scheme.id !== filter.scheme) return false;
      if (words.length === 0) return true;
      const haystack = foldText(
        `${site.domain} ${site.party.name} ${site.party.nameLatin ?? ''} ${site.party.ubin}`,
      );
      return words.every((w) => haystack.includes(w));
    });
    const offset = filter.offset ?? 0;
    return {
      total: matches.length,
      items: matches.slice(offset, offset + Math.min(filter.limit ?? 50, 200)),
    };
  }

  /** The certificate behind a domain's seal: who, under which scheme, which criteria, valid when, status now. */
  async certificate(input: string): Promise<CertificateView> {
    const status = await this.trustmarks.statusForDomain(input);
    if (status.status === 'none') throw notFound('Certificate', 'domain');
    const domain = normalizeDomain(input).ascii ?? status.domain;
    const latest = await this.trustmarks.latestCertificate(domain);
    if (!latest) throw notFound('Certificate', 'domain');
    const scheme = await this.catalogue.find(latest.scheme.id, latest.scheme.version);
    const [party] = await this.registry.getParties([latest.partyId]);
    const history = await eventsFor(this.db, 'trustmark_application', latest.id);
    const statusHistory = history
      .filter((e) => SHOWN_EVENTS[e.subject])
      // Staff reasons stay with the operator; only what they chose to publish is shown.
      .map((e) => ({
        at: e.occurredAt,
        event: SHOWN_EVENTS[e.subject]!,
        reason: (e.payload as { publicReason?: string } | null)?.publicReason ?? null,
      }));
    const met = new Set(latest.criteria.filter((c) => c.verdict === 'met').map((c) => c.id));
    return {
      domain,
      status: status.status,
      applicationId: latest.id,
      validFrom: statusHistory.find((h) => h.event === 'certified')?.at ?? null,
      validUntil: latest.validUntil,
      scheme: { ...latest.scheme, title: scheme?.title ?? null },
      criteriaMet: (scheme?.criteria ?? [])
        .filter((c) => met.has(c.id))
        .map((c) => ({ id: c.id, category: c.category, text: c.text })),
      party: party
        ? {
            id: party.id,
            name: party.name,
            nameLatin: party.nameLatin,
            homeEconomy: party.homeEconomy,
            ubin: party.ubin,
            identifiers: party.identifiers,
          }
        : null,
      credentialUrl: status.credentialUrl,
      statusHistory,
    };
  }
}
