import { hkdfSync } from 'node:crypto';
import { type AddressInfo, createServer } from 'node:net';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { complaintJobHandlers } from '../modules/complaints/jobs.ts';
import { ComplaintService } from '../modules/complaints/service.ts';
import { createCredentialsModule } from '../modules/credentials/index.ts';
import { WebsiteVerifier } from '../modules/registry/ownership.ts';
import { seedDemoRegistry } from '../modules/registry/seed.ts';
import { RegistryService } from '../modules/registry/service.ts';
import type { WebsiteCheckOptions } from '../modules/trustmark/checker/crawl.ts';
import {
  complaintReviewJobHandlers,
  listenForComplaintThresholds,
} from '../modules/trustmark/complaint-reviews.ts';
import { EvidenceStore } from '../modules/trustmark/evidence.ts';
import { trustmarkJobHandlers } from '../modules/trustmark/jobs.ts';
import { PublicTrustmarkRegistry } from '../modules/trustmark/public-registry.ts';
import { SchemeCatalogue } from '../modules/trustmark/scheme-catalogue.ts';
import { TrustmarkService } from '../modules/trustmark/service.ts';
import { runWebsiteCheck } from '../modules/trustmark/website-check.ts';
import { generatePassword } from '../platform/auth/password.ts';
import { countAdmins, createUser } from '../platform/auth/service.ts';
import { createBus, type EventBus } from '../platform/bus/index.ts';
import type { Config } from '../platform/config.ts';
import { resolveKek } from '../platform/crypto/kek.ts';
import { type Database, openDatabase } from '../platform/db/client.ts';
import { JobRunner } from '../platform/jobs/index.ts';
import { createLogger } from '../platform/log.ts';
import { createMailTransport, mailJobHandlers } from '../platform/mail/index.ts';
import { buildApp } from './app.ts';
import type { AppContext } from './context.ts';

export interface NodeOptions {
  config: Config;
  /** An already-open database (tests); otherwise one is opened from the configuration. */
  database?: Database;
  log?: Logger;
  /** Load the demo data into an empty registry. */
  seed?: boolean;
  /** Password for the first admin; when absent a one-time password is generated and printed. */
  adminPassword?: string;
  /** The website ownership checker; tests point one at local servers. Built from the configuration otherwise. */
  websiteVerifier?: WebsiteVerifier;
  /** Fetch options for automated website checks; tests point lookups, ports and trust anchors at local sites. */
  websiteCheckFetch?: Partial<Omit<WebsiteCheckOptions, 'userAgent' | 'now'>>;
  /** Where the first-start messages go (the one-time password). */
  announce?: (line: string) => void;
  /** The node's clock for deadlines and validity; tests move it to see jobs fall due. */
  now?: () => Date;
  /** Randomness for unannounced re-check dates; tests fix it. */
  random?: () => number;
}

export interface RunningNode {
  app: FastifyInstance;
  database: Database;
  bus: EventBus;
  /** The scheduled-work runner (started when the configuration enables jobs). */
  jobs: JobRunner;
  /** The modules' services, for commands that act without HTTP. */
  services: Pick<AppContext, 'credentials' | 'trustmarks' | 'trustmarkRegistry' | 'complaints'> & {
    registry: RegistryService;
  };
  url: string;
  close(): Promise<void>;
}

export const FIRST_ADMIN_EMAIL = 'admin@crosstrust.local';

/** Opens the database (migrating it), connects the bus, prepares first-start data, and builds the HTTP app. */
export async function createNode(options: NodeOptions): Promise<Omit<RunningNode, 'url'>> {
  const { config } = options;
  const log = options.log ?? createLogger(config.logLevel);
  const announce = options.announce ?? ((line: string) => process.stdout.write(`${line}\n`));
  const database =
    options.database ??
    (await openDatabase({
      databaseUrl: config.databaseUrl,
      dataDir: config.databaseUrl ? undefined : config.dataDir,
    }));
  await database.migrate();
  const bus = await createBus(database.db, config, { log });

  const registry = new RegistryService(database.db);
  if (options.seed && (await registry.count()) === 0) {
    const n = await seedDemoRegistry(database.db, registry);
    announce(`Loaded demo data: ${n} parties across the ten ASEAN economies.`);
  }
  if ((await countAdmins(database.db)) === 0) {
    const password = options.adminPassword ?? generatePassword();
    await createUser(database.db, {
      email: FIRST_ADMIN_EMAIL,
      name: 'First administrator',
      password,
      roles: ['admin'],
      mustChangePassword: options.adminPassword === undefined,
    });
    if (options.adminPassword === undefined) {
      announce(
        `First administrator: ${FIRST_ADMIN_EMAIL} with one-time password ${password} (change it after signing in).`,
      );
    }
  }

  const websiteVerifier =
    options.websiteVerifier ??
    new WebsiteVerifier({
      dnsServers: config.dnsServers,
      allowPrivate: config.fetchAllowPrivate,
    });
  const kek = resolveKek(config);
  const credentials = createCredentialsModule({
    db: database.db,
    kek,
    publicUrl: config.publicUrl,
    operatorName: config.operatorName,
    registry,
    allowPrivateFetch: config.fetchAllowPrivate,
  });
  const catalogue = new SchemeCatalogue(database.db);
  const trustmarks = new TrustmarkService({
    db: database.db,
    registry,
    credentials,
    catalogue,
    policy: config.certificatePolicy,
    now: options.now,
    random: options.random,
    publicUrl: new URL(config.publicUrl).origin,
    runCheck: (domain) =>
      runWebsiteCheck(domain, {
        registry,
        publicUrl: config.publicUrl,
        fetch: { allowPrivate: config.fetchAllowPrivate, ...options.websiteCheckFetch },
      }),
  });
  const trustmarkRegistry = new PublicTrustmarkRegistry(database.db, registry, catalogue, trustmarks);
  trustmarks.onChange(() => trustmarkRegistry.clear());
  const evidence = new EvidenceStore(database.db);
  const complaints = new ComplaintService({
    db: database.db,
    registry,
    publicUrl: new URL(config.publicUrl).origin,
    linkKey: Buffer.from(hkdfSync('sha256', kek, Buffer.alloc(0), 'crosstrust complaint links v1', 32)),
    node: { economy: config.economy, operatorName: config.operatorName },
    policy: config.complaintPolicy,
    now: options.now,
  });
  await listenForComplaintThresholds(bus);
  const mail = createMailTransport(config.smtpUrl, log);
  const jobs = new JobRunner(database.db, {
    handlers: {
      ...trustmarkJobHandlers(trustmarks),
      ...complaintReviewJobHandlers(trustmarks),
      ...complaintJobHandlers(complaints),
      ...mailJobHandlers(mail, config.mailFrom, { log }),
    },
    now: options.now,
    pollMs: config.jobsPollMs,
    log,
  });
  const app = await buildApp({
    config,
    database,
    bus,
    log,
    websiteVerifier,
    credentials,
    trustmarks,
    trustmarkRegistry,
    evidence,
    complaints,
    jobs,
  });
  bus.startRelay();
  if (config.jobsEnabled) jobs.start();
  return {
    app,
    database,
    bus,
    jobs,
    services: { registry, credentials, trustmarks, trustmarkRegistry, complaints },
    async close() {
      await jobs.stop();
      await mail.close();
      await app.close();
      await bus.stop();
      if (!options.database) await database.close();
    },
  };
}

/** A port the OS says is free now; used when asked for port 0, so the node knows its public URL before listening. */
async function freePort(host: string): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

export async function startNode(options: NodeOptions): Promise<RunningNode> {
  if (options.config.port === 0) {
    const port = await freePort(options.config.host);
    const publicUrl = options.config.publicUrl.replace(/:0$/, `:${port}`);
    options = { ...options, config: { ...options.config, port, publicUrl } };
  }
  const node = await createNode(options);
  const address = await node.app.listen({ port: options.config.port, host: options.config.host });
  return { ...node, url: address.replace('[::1]', 'localhost') };
}
