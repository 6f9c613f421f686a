import { TtlCache } from '../../platform/cache.ts';
import { didKeyResolver, keyFromDidDocument } from '../../standards/vc/resolvers.ts';
import type { ContextLoader, JsonObject, Result, VerificationKey } from '../../standards/vc/types.ts';
import { type VerificationReport, verifyCredential, verifyPresentation } from '../../standards/vc/verify.ts';
import { type DidWebResolver, readCapped } from './did-web-resolver.ts';
import type { IssuerKeys } from './keys.ts';
import type { CredentialService } from './service.ts';
import type { TrustedIssuers } from './trusted-issuers.ts';
import { CREDENTIAL_SCHEMAS } from './vocabulary.ts';

export interface VerifierDeps {
  keys: IssuerKeys;
  credentials: CredentialService;
  trusted: TrustedIssuers;
  didWeb: DidWebResolver;
  loader: ContextLoader;
  publicUrl: string;
  operatorName: string;
  now?: () => Date;
  fetchTimeoutMs?: number;
  /** Fetch foreign status lists over plain HTTP too: tests and labs with nodes on loopback only. */
  allowInsecureFetch?: boolean;
}

/**
 * The node's verifier: the pure checklist of standards/vc with this node's resolvers — its own keys and status
 * lists locally, did:key offline, did:web and foreign status lists over HTTPS — and its trusted-issuer list.
 */
export class CredentialVerifier {
  private readonly remoteLists = new TtlCache<string, Result<JsonObject>>(60_000, 500);
  private readonly schemasByUrl: Map<string, JsonObject>;

  constructor(private readonly deps: VerifierDeps) {
    this.schemasByUrl = new Map(
      Object.values(CREDENTIAL_SCHEMAS).map((s) => [`${deps.publicUrl}${s.path}`, s.schema]),
    );
  }

  resolveMethod = async (id: string): Promise<VerificationKey | undefined> => {
    const did = id.split('#')[0] ?? '';
    if (did === this.deps.keys.did) return this.deps.keys.resolveOwn(id);
    if (did.startsWith('did:key:')) return didKeyResolver(id);
    if (did.startsWith('did:web:')) {
      const doc = await this.deps.didWeb.resolve(did);
      // The resolved key carries the relationships that list it, so a proof purpose must match one of them.
      return doc.ok ? keyFromDidDocument(doc.value, id) : undefined;
    }
    return undefined;
  };

  private fetchStatusList = async (url: string): Promise<Result<JsonObject>> => {
    const own = `${this.deps.publicUrl}/credentials/status/`;
    if (url.startsWith(own)) {
      const list = await this.deps.credentials.publishedStatusList(url.slice(own.length));
      return list
        ? { ok: true, value: list }
        : {
            ok: false,
            problems: [
              { code: 'STATUS_LIST_NOT_FOUND', message: `${url} is not a status list of this node` },
            ],
          };
    }
    const cached = this.remoteLists.get(url);
    if (cached) return cached;
    const result = await this.fetchRemoteList(url);
    this.remoteLists.set(url, result);
    return result;
  };

  private async fetchRemoteList(url: string): Promise<Result<JsonObject>> {
    const fail = (message: string): Result<JsonObject> => ({
      ok: false,
      problems: [{ code: 'STATUS_LIST_UNAVAILABLE', message }],
    });
    if (!url.startsWith('https://') && !(this.deps.allowInsecureFetch && url.startsWith('http://'))) {
      return fail(`status lists are fetched over HTTPS only: ${url}`);
    }
    try {
      const response = await fetch(url, {
        redirect: 'error',
        signal: AbortSignal.timeout(this.deps.fetchTimeoutMs ?? 5_000),
      });
      if (!response.ok) return fail(`${url} answered HTTP ${response.status}`);
      const text = await readCapped(response, 2 * 1024 * 1024);
      if (text === undefined) return fail('the status list credential is too large');
      const parsed: unknown = JSON.parse(text);
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
        return fail('the status list credential is not a JSON object');
      return { ok: true, value: parsed as JsonObject };
    } catch (error) {
      return fail(`${url}: ${(error as Error).message}`);
    }
  }

  private async dependencies() {
    const trusted = new Map((await this.deps.trusted.list()).map((t) => [t.did, t.name]));
    trusted.set(this.deps.keys.did, this.deps.operatorName);
    return {
      now: this.deps.now?.() ?? new Date(),
      loader: this.deps.loader,
      resolve: this.resolveMethod,
      trustedIssuers: (issuer: string) => {
        const name = trusted.get(issuer);
        return name === undefined ? undefined : { name };
      },
      fetchStatusList: this.fetchStatusList,
      schemas: (id: string) => this.schemasByUrl.get(id),
    };
  }

  async verify(input: unknown): Promise<VerificationReport> {
    return verifyCredential(input, await this.dependencies());
  }

  async verifyPresentation(input: unknown, options: { challenge?: string; domain?: string } = {}) {
    return verifyPresentation(input, { ...(await this.dependencies()), ...options });
  }
}
