import type { RegistryService } from '../registry/service.ts';
import { checkWebsite, type WebsiteCheckOptions, type WebsiteCheckResult } from './checker/crawl.ts';

export interface WebsiteCheckDeps {
  registry: RegistryService;
  /** The node's public URL: the seal script the site must embed lives under it. */
  publicUrl: string;
  /** Fetch options other than the identity and clock (tests point lookups and ports at local sites). */
  fetch?: Partial<Omit<WebsiteCheckOptions, 'userAgent' | 'now'>>;
  now?: () => Date;
}

/**
 * Runs the automated website check for a domain. When the domain is in the registry, the business name and
 * registration numbers it must show are the registered ones; otherwise those checks have nothing to match.
 */
export async function runWebsiteCheck(
  domain: string,
  deps: WebsiteCheckDeps,
): Promise<WebsiteCheckResult & { partyId: string | null }> {
  const origin = new URL(deps.publicUrl).origin;
  let partyId: string | null = null;
  let legalNames: string[] = [];
  let identifiers: string[] = [];
  try {
    const { party } = await deps.registry.lookupByDomain(domain);
    partyId = party.id;
    legalNames = [party.name, party.nameLatin].filter((n): n is string => Boolean(n));
    identifiers = party.identifiers.map((i) => i.value);
  } catch {
    // Not registered (or not a valid domain, which the check itself reports): check what can be checked.
  }
  const result = await checkWebsite(
    { domain, legalNames, identifiers, sealScriptUrls: [`${origin}/api/v1/trustmarks/seal.js`] },
    {
      maxPages: 12,
      timeoutMs: 10_000,
      ...deps.fetch,
      userAgent: `CrossTrust-WebsiteCheck/0.1 (+${origin})`,
      now: deps.now ?? (() => new Date()),
    },
  );
  return { ...result, partyId };
}
