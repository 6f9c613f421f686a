import { getDomain } from 'tldts';
import {
  robotsAllows,
  type SafeFetchError,
  type SafeFetchOptions,
  type SafeResponse,
  safeFetch,
} from '../../../platform/http/safe-fetch.ts';
import {
  CHECK_IDS,
  type CheckId,
  checkBusinessName,
  checkHsts,
  checkHttps,
  checkMixedContent,
  checkPrices,
  checkRegistrationNumber,
  checkSeal,
  type EvaluatedPage,
  type Finding,
  finding,
  POLICY_CHECK,
} from './criteria.ts';
import { extractPage } from './html.ts';
import { findPolicyLinks, POLICY_KINDS } from './pages.ts';

/**
 * The automated website check of a trustmark application: robots.txt first, then the home page over HTTPS (plain
 * HTTP only to find out whether the site exists when HTTPS fails), then the policy pages linked from the home page
 * on the same registrable domain, then the pure criteria over everything fetched.
 */
export interface WebsiteCheckInput {
  domain: string;
  legalNames: string[];
  identifiers: string[];
  /** The node's seal script URLs, e.g. `https://node.example/api/v1/trustmarks/seal.js`. */
  sealScriptUrls: string[];
}

export interface WebsiteCheckOptions extends Omit<SafeFetchOptions, 'userAgent'> {
  /** e.g. `CrossTrust-WebsiteCheck/0.1 (+https://node.example)`; its product token is matched in robots.txt. */
  userAgent: string;
  /** Fetches allowed in one check, robots.txt included. */
  maxPages: number;
  now: () => Date;
}

export interface FetchedPage {
  url: string;
  status: number;
  bytes: number;
  truncated?: boolean;
  error?: string;
}

export interface WebsiteCheckResult {
  domain: string;
  startedAt: string;
  finishedAt: string;
  findings: Finding[];
  pagesFetched: FetchedPage[];
}

/** Errors that say the host cannot be talked to at all; HTTP would not tell us more. */
const UNREACHABLE = new Set(['FETCH_TIMEOUT', 'FETCH_DNS', 'FETCH_PRIVATE_ADDRESS', 'FETCH_BAD_URL']);
/** HTTPS errors after which plain HTTP is tried, to report the HTTPS failure against a site that exists. */
const HTTP_FALLBACK = new Set(['FETCH_TLS', 'FETCH_CONNECTION']);

function errorEvidence(error: SafeFetchError): string {
  return `${error.code}: ${error.message}`;
}

function sameSite(url: string, domain: string): boolean {
  try {
    const host = new URL(url).hostname.toLowerCase();
    const a = getDomain(host);
    const b = getDomain(domain);
    return a !== null && b !== null ? a === b : host === domain;
  } catch {
    return false;
  }
}

/** Only markup or text is parsed; anything else (an image, a PDF) is evaluated as an empty page. */
function bodyAsHtml(response: SafeResponse): string {
  const type = (response.headers['content-type'] ?? '').toLowerCase();
  return type === '' || /html|xml|text\//.test(type) ? response.body : '';
}

function pathOf(url: string): string {
  const u = new URL(url);
  return `${u.pathname}${u.search}`;
}

function allFindings(outcome: Finding['outcome'], url: string, evidence: string, message: string): Finding[] {
  return CHECK_IDS.map((id) => finding(id, outcome, url, evidence, message));
}

export async function checkWebsite(
  input: WebsiteCheckInput,
  options: WebsiteCheckOptions,
): Promise<WebsiteCheckResult> {
  const startedAt = options.now().toISOString();
  const domain = input.domain.trim().toLowerCase().replace(/\.$/, '');
  const pagesFetched: FetchedPage[] = [];
  const { maxPages, now, ...fetchOptions } = options;
  let budget = maxPages;

  const get = async (url: string): Promise<SafeResponse | SafeFetchError> => {
    budget--;
    const response = await safeFetch(url, fetchOptions);
    pagesFetched.push(
      response.ok
        ? {
            url: response.finalUrl,
            status: response.status,
            bytes: response.bytes,
            ...(response.truncated ? { truncated: true } : {}),
          }
        : { url: response.finalUrl, status: 0, bytes: 0, error: response.code },
    );
    return response;
  };
  const done = (findings: Finding[]): WebsiteCheckResult => ({
    domain,
    startedAt,
    finishedAt: now().toISOString(),
    findings,
    pagesFetched,
  });

  const homeHttps = `https://${domain}/`;
  if (!/^[a-z0-9.-]+$/.test(domain) && !/^\[[0-9a-f:]+\]$/.test(domain))
    return done(allFindings('error', input.domain, input.domain, 'not a domain name'));

  // robots.txt: 4xx or absent means everything is allowed; 5xx means nothing is (RFC 9309 §2.3.1.3-4).
  let robots = '';
  let robotsDenyAll = false;
  const readRobots = (r: SafeResponse) => {
    if (r.status === 200) robots = r.body;
    else if (r.status >= 500) robotsDenyAll = true;
  };
  let robotsResponse = await get(`https://${domain}/robots.txt`);
  if (!robotsResponse.ok && HTTP_FALLBACK.has(robotsResponse.code))
    robotsResponse = await get(`http://${domain}/robots.txt`);
  if (robotsResponse.ok) readRobots(robotsResponse);
  else if (UNREACHABLE.has(robotsResponse.code)) {
    const evidence = errorEvidence(robotsResponse);
    return done(allFindings('error', robotsResponse.finalUrl, evidence, 'the site could not be reached'));
  }
  const allowed = (url: string) => !robotsDenyAll && robotsAllows(robots, options.userAgent, pathOf(url));

  if (!allowed(homeHttps))
    return done(
      allFindings(
        'not_applicable',
        homeHttps,
        robots.slice(0, 200),
        'robots.txt disallows the home page for us',
      ),
    );

  // Home page.
  const findings: Finding[] = [];
  let home = await get(homeHttps);
  let httpsFailure: SafeFetchError | undefined;
  if (!home.ok && HTTP_FALLBACK.has(home.code) && budget > 0) {
    httpsFailure = home;
    home = await get(`http://${domain}/`);
  }
  if (!home.ok) {
    const failure = httpsFailure ?? home;
    const evidence = errorEvidence(home);
    const message = `the home page could not be fetched (${home.code})`;
    return done(
      CHECK_IDS.map((id) =>
        id === 'https' && failure.code === 'FETCH_TLS'
          ? finding(
              'https',
              'fail',
              failure.finalUrl,
              errorEvidence(failure),
              'the certificate chain is not valid',
            )
          : finding(id, 'error', home.finalUrl, evidence, message),
      ),
    );
  }
  findings.push(
    httpsFailure
      ? finding(
          'https',
          'fail',
          httpsFailure.finalUrl,
          errorEvidence(httpsFailure),
          httpsFailure.code === 'FETCH_TLS'
            ? 'the certificate chain is not valid'
            : 'the site does not answer over HTTPS',
        )
      : checkHttps(home),
  );
  findings.push(checkHsts(home));
  if (home.status !== 200) {
    const evidence = `HTTP ${home.status}`;
    for (const id of CHECK_IDS.slice(2))
      findings.push(
        finding(id, 'error', home.finalUrl, evidence, `the home page answered HTTP ${home.status}`),
      );
    return done(findings);
  }

  const homePage: EvaluatedPage = {
    url: home.finalUrl,
    status: home.status,
    headers: home.headers,
    ...(home.tls ? { tls: home.tls } : {}),
    page: extractPage(bodyAsHtml(home), home.finalUrl),
  };
  const pages: EvaluatedPage[] = [homePage];

  // Policy pages linked from the home page, fetched in parallel, each URL once.
  const links = findPolicyLinks(homePage.page.links);
  const fetches = new Map<string, Promise<SafeResponse | SafeFetchError>>();
  const policyFindings = await Promise.all(
    POLICY_KINDS.map(async (kind): Promise<Finding> => {
      const checkId: CheckId = POLICY_CHECK[kind];
      const link = links[kind];
      if (!link)
        return finding(
          checkId,
          'fail',
          homePage.url,
          '',
          `no link to a ${kind} page was found on the home page`,
        );
      const evidence = `<a href="${link.url}">${link.text}</a>`;
      if (!sameSite(link.url, domain))
        return finding(
          checkId,
          'fail',
          link.url,
          evidence,
          `the ${kind} link leaves the site's domain ${domain}`,
        );
      if (!allowed(link.url))
        return finding(
          checkId,
          'not_applicable',
          link.url,
          evidence,
          `robots.txt disallows ${pathOf(link.url)} for our user agent; the ${kind} page was not fetched`,
        );
      const key = link.url.replace(/#.*$/, '');
      let pending = fetches.get(key);
      if (!pending) {
        if (budget <= 0)
          return finding(checkId, 'error', link.url, evidence, `page budget of ${maxPages} fetches used up`);
        pending = get(key);
        fetches.set(key, pending);
      }
      const response = await pending;
      if (!response.ok)
        return finding(
          checkId,
          'fail',
          link.url,
          `${evidence} → ${errorEvidence(response)}`,
          `the ${kind} page is linked but could not be fetched (${response.code})`,
        );
      if (response.status !== 200)
        return finding(
          checkId,
          'fail',
          link.url,
          `${evidence} → HTTP ${response.status}`,
          `the ${kind} page is linked but answered HTTP ${response.status}`,
        );
      return finding(
        checkId,
        'pass',
        response.finalUrl,
        evidence,
        `the ${kind} page is linked and reachable`,
      );
    }),
  );
  for (const [, pending] of fetches) {
    const response = await pending;
    if (response.ok && response.status === 200 && pages.every((p) => p.url !== response.finalUrl))
      pages.push({
        url: response.finalUrl,
        status: response.status,
        headers: response.headers,
        ...(response.tls ? { tls: response.tls } : {}),
        page: extractPage(bodyAsHtml(response), response.finalUrl),
      });
  }

  findings.push(checkMixedContent(pages));
  findings.push(...policyFindings);
  findings.push(checkBusinessName(pages, input.legalNames));
  findings.push(checkRegistrationNumber(pages, input.identifiers));
  findings.push(checkPrices(pages));
  findings.push(...checkSeal(homePage, domain, input.sealScriptUrls));
  return done(findings);
}
