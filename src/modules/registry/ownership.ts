import { promises as dns, lookup as systemLookup } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { isPrivateAddress } from '../../platform/http/outbound.ts';

/** The line a website owner publishes to prove control of a domain. */
export const verificationRecord = (token: string): string => `crosstrust-site-verification=${token}`;
export const DNS_LABEL = '_crosstrust';
export const WELL_KNOWN_PATH = '/.well-known/crosstrust.txt';

export interface OwnershipCheck {
  method: 'dns' | 'http' | 'https';
  target: string;
  outcome: 'matched' | 'not_found' | 'mismatch' | 'refused' | 'error';
  detail: string;
}

export interface OwnershipResult {
  verified: boolean;
  method: 'dns' | 'http' | null;
  checks: OwnershipCheck[];
}

export interface WebsiteVerifierOptions {
  /** DNS servers (`host:port`) to ask instead of the system's; tests point this at a local stub. */
  dnsServers?: string[];
  /** Reach loopback and private addresses (tests, labs); never in production. */
  allowPrivate?: boolean;
  httpPort?: number;
  httpsPort?: number;
  timeoutMs?: number;
  /** A verification file larger than this is not read further. */
  maxBytes?: number;
  userAgent?: string;
}

/**
 * Proves that whoever registered a website controls it: a TXT record at `_crosstrust.<domain>`, or the token in
 * `/.well-known/crosstrust.txt` served by the site itself (HTTPS first, then HTTP). Real network checks, with the
 * defences any outbound fetch needs: timeouts, a byte cap, no redirects, no private addresses, and the address
 * pinned between the DNS answer and the connection so a rebinding resolver cannot redirect us.
 */
export class WebsiteVerifier {
  private readonly resolver: dns.Resolver;
  private readonly options: Required<Omit<WebsiteVerifierOptions, 'dnsServers'>> & { dnsServers: string[] };

  constructor(options: WebsiteVerifierOptions = {}) {
    this.options = {
      dnsServers: options.dnsServers ?? [],
      allowPrivate: options.allowPrivate ?? false,
      httpPort: options.httpPort ?? 80,
      httpsPort: options.httpsPort ?? 443,
      timeoutMs: options.timeoutMs ?? 5_000,
      maxBytes: options.maxBytes ?? 4_096,
      userAgent: options.userAgent ?? 'CrossTrust-OwnershipCheck/0.1 (+https://github.com/crosstrust)',
    };
    this.resolver = new dns.Resolver({ timeout: this.options.timeoutMs, tries: 2 });
    if (this.options.dnsServers.length > 0) this.resolver.setServers(this.options.dnsServers);
  }

  async verify(domain: string, token: string): Promise<OwnershipResult> {
    const expected = verificationRecord(token);
    const checks: OwnershipCheck[] = [await this.checkDns(domain, expected)];
    if (checks[0]!.outcome === 'matched') return { verified: true, method: 'dns', checks };
    for (const scheme of ['https', 'http'] as const) {
      const check = await this.checkWellKnown(scheme, domain, expected);
      checks.push(check);
      if (check.outcome === 'matched') return { verified: true, method: 'http', checks };
    }
    return { verified: false, method: null, checks };
  }

  private async checkDns(domain: string, expected: string): Promise<OwnershipCheck> {
    const target = `${DNS_LABEL}.${domain}`;
    try {
      const records = (await this.resolver.resolveTxt(target)).map((chunks) => chunks.join(''));
      if (records.some((r) => r.trim() === expected))
        return { method: 'dns', target, outcome: 'matched', detail: 'TXT record found' };
      return {
        method: 'dns',
        target,
        outcome: records.length > 0 ? 'mismatch' : 'not_found',
        detail: records.length > 0 ? `TXT records found, none is ${expected}` : 'no TXT record',
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const absent = code === 'ENOTFOUND' || code === 'ENODATA';
      return {
        method: 'dns',
        target,
        outcome: absent ? 'not_found' : 'error',
        detail: `DNS: ${code ?? String(error)}`,
      };
    }
  }

  /** Resolves the host once, refuses private targets, and returns a lookup that always answers that address. */
  private async pinnedLookup(
    domain: string,
  ): Promise<{ address: string; family: number; lookup: LookupFunction } | string> {
    let address: string;
    let family: number;
    try {
      if (this.options.dnsServers.length > 0) {
        const v4 = await this.resolver.resolve4(domain).catch(() => [] as string[]);
        const v6 = v4.length > 0 ? [] : await this.resolver.resolve6(domain).catch(() => [] as string[]);
        if (v4[0]) [address, family] = [v4[0], 4];
        else if (v6[0]) [address, family] = [v6[0], 6];
        else return 'the host name has no address';
      } else {
        const found = await new Promise<{ address: string; family: number }>((resolve, reject) =>
          systemLookup(domain, (error, a, f) => (error ? reject(error) : resolve({ address: a, family: f }))),
        );
        ({ address, family } = found);
      }
    } catch (error) {
      return `the host name does not resolve (${(error as NodeJS.ErrnoException).code ?? 'error'})`;
    }
    if (!this.options.allowPrivate && isPrivateAddress(address))
      return `refused: ${address} is a private address`;
    const lookup: LookupFunction = (_host, options, callback) => {
      if (typeof options === 'object' && options?.all) {
        (callback as unknown as (e: null, list: Array<{ address: string; family: number }>) => void)(null, [
          { address, family },
        ]);
      } else callback(null, address, family);
    };
    return { address, family, lookup };
  }

  private async checkWellKnown(
    scheme: 'http' | 'https',
    domain: string,
    expected: string,
  ): Promise<OwnershipCheck> {
    const port = scheme === 'https' ? this.options.httpsPort : this.options.httpPort;
    const defaultPort = scheme === 'https' ? 443 : 80;
    const target = `${scheme}://${domain}${port === defaultPort ? '' : `:${port}`}${WELL_KNOWN_PATH}`;
    const pinned = await this.pinnedLookup(domain);
    if (typeof pinned === 'string') {
      return {
        method: scheme,
        target,
        outcome: pinned.startsWith('refused') ? 'refused' : 'error',
        detail: pinned,
      };
    }
    const client = scheme === 'https' ? https : http;
    return new Promise<OwnershipCheck>((resolve) => {
      const done = (outcome: OwnershipCheck['outcome'], detail: string) =>
        resolve({ method: scheme, target, outcome, detail });
      const request = client.request(
        {
          host: domain,
          servername: domain,
          port,
          path: WELL_KNOWN_PATH,
          method: 'GET',
          lookup: pinned.lookup,
          timeout: this.options.timeoutMs,
          headers: { 'user-agent': this.options.userAgent, accept: 'text/plain' },
        },
        (response) => {
          if (response.statusCode !== 200) {
            response.resume();
            return done(response.statusCode === 404 ? 'not_found' : 'error', `HTTP ${response.statusCode}`);
          }
          let body = '';
          let bytes = 0;
          response.setEncoding('utf8');
          response.on('data', (chunk: string) => {
            bytes += Buffer.byteLength(chunk);
            body += chunk;
            if (bytes > this.options.maxBytes) response.destroy();
          });
          response.on('close', () => {
            const found = body
              .slice(0, this.options.maxBytes)
              .split(/\r?\n/)
              .some((line) => line.trim() === expected);
            done(
              found ? 'matched' : 'mismatch',
              found ? 'token found' : `the file does not contain ${expected}`,
            );
          });
        },
      );
      request.on('timeout', () => request.destroy(new Error('timed out')));
      request.on('error', (error) => done('error', `${scheme.toUpperCase()}: ${error.message}`));
      request.end();
    });
  }
}
