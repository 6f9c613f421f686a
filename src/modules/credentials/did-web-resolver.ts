import { lookup } from 'node:dns/promises';
import { TtlCache } from '../../platform/cache.ts';
import { isPrivateAddress } from '../../platform/http/outbound.ts';
import { checkDidDocument, didWebToUrl } from '../../standards/vc/did-web.ts';
import type { DidDocument, Result } from '../../standards/vc/types.ts';

export interface DidWebResolverOptions {
  timeoutMs?: number;
  maxBytes?: number;
  cacheMs?: number;
  /** Reach loopback/private hosts and use plain HTTP for them: tests and labs only. */
  allowPrivate?: boolean;
}

/**
 * Resolves did:web documents over HTTPS with the defences of any outbound fetch (timeout, size cap, no private
 * addresses, no redirects) and a short cache, since a verifier resolves the same issuers over and over.
 */
export class DidWebResolver {
  private readonly cache: TtlCache<string, Result<DidDocument>>;
  private readonly options: Required<DidWebResolverOptions>;

  constructor(options: DidWebResolverOptions = {}) {
    this.options = {
      timeoutMs: 5_000,
      maxBytes: 256 * 1024,
      cacheMs: 5 * 60_000,
      allowPrivate: false,
      ...options,
    };
    this.cache = new TtlCache(this.options.cacheMs, 1_000);
  }

  async resolve(did: string): Promise<Result<DidDocument>> {
    const cached = this.cache.get(did);
    if (cached) return cached;
    const result = await this.fetchDocument(did);
    // Failures are cached briefly too, so an unreachable issuer does not make every verification wait.
    this.cache.set(did, result);
    return result;
  }

  private async fetchDocument(did: string): Promise<Result<DidDocument>> {
    const fail = (code: string, message: string): Result<DidDocument> => ({
      ok: false,
      problems: [{ code, message }],
    });
    const located = didWebToUrl(did);
    if (!located.ok) return located;
    let url = new URL(located.value);
    try {
      const { address } = await lookup(url.hostname);
      if (isPrivateAddress(address)) {
        if (!this.options.allowPrivate)
          return fail('DID_WEB_PRIVATE_ADDRESS', `${url.hostname} resolves to a private address`);
        url = new URL(url.toString().replace(/^https:/, 'http:'));
      }
    } catch {
      return fail('DID_UNRESOLVABLE', `${url.hostname} does not resolve`);
    }
    try {
      const response = await fetch(url, {
        redirect: 'error',
        signal: AbortSignal.timeout(this.options.timeoutMs),
        headers: { accept: 'application/did+json, application/json' },
      });
      if (!response.ok) return fail('DID_UNRESOLVABLE', `${url} answered HTTP ${response.status}`);
      const text = await readCapped(response, this.options.maxBytes);
      if (text === undefined)
        return fail(
          'DID_DOCUMENT_TOO_LARGE',
          `the DID document is larger than ${this.options.maxBytes} bytes`,
        );
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        return fail('DID_DOCUMENT_INVALID', 'the DID document is not JSON');
      }
      return checkDidDocument(parsed, did);
    } catch (error) {
      return fail('DID_UNRESOLVABLE', `${url}: ${(error as Error).message}`);
    }
  }
}

export async function readCapped(response: Response, maxBytes: number): Promise<string | undefined> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
