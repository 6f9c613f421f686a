/**
 * Automated website check of a local test site (the good shop on loopback: robots.txt, home page over HTTPS and
 * five policy pages, then every criterion): seconds per site, sequential checks.
 */
import { checkWebsite } from '../src/modules/trustmark/checker/crawl.ts';
import { GOOD_SHOP, NODE_URL, SEAL_SCRIPT_URLS, startTestSites } from '../test/support/test-sites.ts';

export async function benchTrustmarkChecker(runs = 20): Promise<{ secondsPerSite: number; sites: number }> {
  const sites = await startTestSites();
  try {
    const options = {
      userAgent: `CrossTrust-WebsiteCheck/0.1 (+${NODE_URL})`,
      allowPrivate: true,
      lookup: sites.lookup,
      ports: { http: sites.httpPort, https: sites.httpsPort },
      ca: sites.ca,
      timeoutMs: 5_000,
      maxBytes: 2 * 1024 * 1024,
      maxPages: 12,
      now: () => new Date(),
    };
    const input = { ...GOOD_SHOP, sealScriptUrls: SEAL_SCRIPT_URLS };
    await checkWebsite(input, options); // warm-up
    const started = process.hrtime.bigint();
    for (let i = 0; i < runs; i++) {
      const result = await checkWebsite(input, options);
      if (result.findings.some((f) => f.outcome !== 'pass')) throw new Error('benchmark site did not pass');
    }
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    return { secondsPerSite: seconds / runs, sites: runs };
  } finally {
    await sites.close();
  }
}
