import type { Logger } from 'pino';
import type { ComplaintService } from '../modules/complaints/service.ts';
import type { CredentialsModule } from '../modules/credentials/index.ts';
import type { WebsiteVerifier } from '../modules/registry/ownership.ts';
import type { EvidenceStore } from '../modules/trustmark/evidence.ts';
import type { PublicTrustmarkRegistry } from '../modules/trustmark/public-registry.ts';
import type { TrustmarkService } from '../modules/trustmark/service.ts';
import type { EventBus } from '../platform/bus/bus.ts';
import type { Config } from '../platform/config.ts';
import type { Database } from '../platform/db/client.ts';
import type { JobRunner } from '../platform/jobs/index.ts';

/** What routes need from the running node. */
export interface AppContext {
  config: Config;
  database: Database;
  bus: EventBus;
  log: Logger;
  websiteVerifier: WebsiteVerifier;
  credentials: CredentialsModule;
  trustmarks: TrustmarkService;
  trustmarkRegistry: PublicTrustmarkRegistry;
  evidence: EvidenceStore;
  complaints: ComplaintService;
  jobs: JobRunner;
}
