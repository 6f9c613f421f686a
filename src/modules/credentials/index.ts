import type { Db } from '../../platform/db/client.ts';
import { withContexts } from '../../standards/vc/contexts.ts';
import { urlToDidWeb } from '../../standards/vc/did-web.ts';
import type { RegistryService } from '../registry/service.ts';
import { DidWebResolver } from './did-web-resolver.ts';
import { IssuerKeys } from './keys.ts';
import { CredentialService } from './service.ts';
import { StatusLists } from './status-lists.ts';
import { TrustedIssuers } from './trusted-issuers.ts';
import { CredentialVerifier } from './verifier.ts';
import { CROSSTRUST_CONTEXT, CROSSTRUST_CONTEXT_URL } from './vocabulary.ts';

export { CREDENTIAL_FORMATS, type CredentialFormat, type IssuedCredential } from './service.ts';

export interface CredentialsModule {
  did: string;
  keys: IssuerKeys;
  service: CredentialService;
  verifier: CredentialVerifier;
  trusted: TrustedIssuers;
}

/** Every JSON-LD context a CrossTrust node understands, all shipped with the code: nothing is fetched. */
export const nodeContextLoader = withContexts({ [CROSSTRUST_CONTEXT_URL]: CROSSTRUST_CONTEXT });

export function createCredentialsModule(options: {
  db: Db;
  kek: Buffer;
  publicUrl: string;
  operatorName: string;
  registry?: RegistryService;
  allowPrivateFetch?: boolean;
}): CredentialsModule {
  const url = new URL(options.publicUrl);
  // did:web always means HTTPS; a node reached over plain HTTP in development still names itself by its host.
  const did = urlToDidWeb(url.origin.replace(/^http:/, 'https:'));
  if (!did)
    throw new Error(
      `CROSSTRUST_PUBLIC_URL ${options.publicUrl} cannot be a did:web (it needs a host name, not an IP address)`,
    );
  const keys = new IssuerKeys(options.db, options.kek, did);
  const service = new CredentialService({
    db: options.db,
    keys,
    statusLists: new StatusLists(options.db),
    loader: nodeContextLoader,
    publicUrl: url.origin,
    registry: options.registry,
  });
  const trusted = new TrustedIssuers(options.db);
  const verifier = new CredentialVerifier({
    keys,
    credentials: service,
    trusted,
    didWeb: new DidWebResolver({ allowPrivate: options.allowPrivateFetch }),
    loader: nodeContextLoader,
    publicUrl: url.origin,
    operatorName: options.operatorName,
    allowInsecureFetch: options.allowPrivateFetch,
  });
  return { did, keys, service, verifier, trusted };
}
