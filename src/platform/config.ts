import { resolve } from 'node:path';

/** Everything a node reads from its environment, in one place, with defaults that make `npm start` work. */
export interface Config {
  port: number;
  host: string;
  /** The URL people and other nodes use to reach this node. */
  publicUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  natsUrl: string | undefined;
  /** Stream and subject prefix on NATS, so several nodes or test runs can share one server. */
  natsStream: string;
  natsSubjectPrefix: string;
  logLevel: string;
  bodyLimitBytes: number;
  /** Cookies carry the Secure flag unless explicitly turned off for plain-HTTP development. */
  cookieSecure: 'auto' | boolean;
  /** The economy (ISO 3166-1 alpha-2) whose operator runs this node. */
  economy: string;
  operatorName: string;
  /** Allow outbound checks (website ownership) to reach private and loopback addresses: only for tests and labs. */
  fetchAllowPrivate: boolean;
  /** DNS servers used for ownership checks (host:port); empty means the system resolver. */
  dnsServers: string[];
  seedDemo: boolean;
  /** How long public registry lookups may be served from memory (0 turns the cache off). */
  lookupCacheMs: number;
  /** Key-encryption key (32 bytes) for private keys at rest; required with PostgreSQL, generated in the data dir otherwise. */
  kek: Buffer | undefined;
  /** Whether this process runs scheduled jobs (deadlines, reminders, re-checks); workers and servers share them. */
  jobsEnabled: boolean;
  jobsPollMs: number;
  /** Trustmark certificates: validity, renewal window and unannounced re-checks a year. */
  certificatePolicy: { validityDays: number; renewalWindowDays: number; surveillanceChecksPerYear: number };
  /** Complaint handling: deadlines (working days unless said), retention, review threshold, filing limits. */
  complaintPolicy: {
    responseWorkingDays: number;
    negotiationDays: number;
    mediationWorkingDays: number;
    complianceWorkingDays: number;
    unconfirmedDays: number;
    retentionDays: number;
    reviewThreshold: number;
    reviewWindowDays: number;
    filingsPerEmailPerDay: number;
  };
  /** Complaints one IP address may file in an hour. */
  complaintFilingsPerIpPerHour: number;
  /** SMTP server for outgoing mail (smtp://user:pass@host:587, smtps://…); unset means mail is logged, not sent. */
  smtpUrl: string | undefined;
  /** The sender of the node's mail. */
  mailFrom: string;
}

function count(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`${name} must be an integer ${min}–${max}, got ${raw}`);
  return value;
}

const bool = (value: string | undefined, fallback: boolean): boolean =>
  value === undefined || value === '' ? fallback : ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());

function parseKek(value: string): Buffer {
  const key = Buffer.from(value, value.includes('+') || value.includes('/') ? 'base64' : 'base64url');
  if (key.length !== 32)
    throw new Error('CROSSTRUST_KEK must be 32 bytes, base64 encoded (e.g. `openssl rand -base64 32`)');
  return key;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const port = overrides.port ?? Number(env.PORT ?? 8080);
  const host = overrides.host ?? env.HOST ?? '127.0.0.1';
  const cookie = env.CROSSTRUST_COOKIE_SECURE;
  const config: Config = {
    port,
    host,
    // A did:web cannot name an IP address, so a loopback node calls itself localhost.
    publicUrl:
      env.CROSSTRUST_PUBLIC_URL ??
      `http://${['0.0.0.0', '127.0.0.1', '::', '::1'].includes(host) ? 'localhost' : host}:${port}`,
    dataDir: resolve(env.CROSSTRUST_DATA_DIR ?? './data'),
    databaseUrl: env.DATABASE_URL || undefined,
    natsUrl: env.NATS_URL || undefined,
    natsStream: env.CROSSTRUST_NATS_STREAM ?? 'CROSSTRUST',
    natsSubjectPrefix: env.CROSSTRUST_NATS_SUBJECT_PREFIX ?? 'crosstrust',
    logLevel: env.CROSSTRUST_LOG_LEVEL ?? 'info',
    bodyLimitBytes: Number(env.CROSSTRUST_BODY_LIMIT ?? 1_048_576),
    cookieSecure: cookie === undefined || cookie === 'auto' ? 'auto' : bool(cookie, true),
    economy: (env.CROSSTRUST_ECONOMY ?? 'VN').toUpperCase(),
    operatorName: env.CROSSTRUST_OPERATOR_NAME ?? 'CrossTrust demo operator (Viet Nam)',
    fetchAllowPrivate: bool(env.CROSSTRUST_FETCH_ALLOW_PRIVATE, false),
    dnsServers: (env.CROSSTRUST_DNS_SERVERS ?? '').split(',').filter(Boolean),
    seedDemo: bool(env.CROSSTRUST_SEED_DEMO, true),
    lookupCacheMs: Number(env.CROSSTRUST_LOOKUP_CACHE_MS ?? 5_000),
    kek: env.CROSSTRUST_KEK ? parseKek(env.CROSSTRUST_KEK) : undefined,
    jobsEnabled: bool(env.CROSSTRUST_JOBS, true),
    jobsPollMs: count(env, 'CROSSTRUST_JOBS_POLL_MS', 1_000, 10, 600_000),
    certificatePolicy: {
      validityDays: count(env, 'CROSSTRUST_CERTIFICATE_VALIDITY_DAYS', 365, 1, 1_100),
      renewalWindowDays: count(env, 'CROSSTRUST_RENEWAL_WINDOW_DAYS', 60, 1, 365),
      surveillanceChecksPerYear: count(env, 'CROSSTRUST_SURVEILLANCE_CHECKS_PER_YEAR', 2, 0, 12),
    },
    complaintPolicy: {
      responseWorkingDays: count(env, 'CROSSTRUST_COMPLAINT_RESPONSE_DAYS', 7, 1, 60),
      negotiationDays: count(env, 'CROSSTRUST_COMPLAINT_NEGOTIATION_DAYS', 10, 1, 90),
      mediationWorkingDays: count(env, 'CROSSTRUST_COMPLAINT_MEDIATION_DAYS', 30, 1, 180),
      complianceWorkingDays: count(env, 'CROSSTRUST_COMPLAINT_COMPLIANCE_DAYS', 14, 1, 90),
      unconfirmedDays: count(env, 'CROSSTRUST_COMPLAINT_UNCONFIRMED_DAYS', 7, 1, 30),
      retentionDays: count(env, 'CROSSTRUST_COMPLAINT_RETENTION_DAYS', 730, 1, 3_650),
      reviewThreshold: count(env, 'CROSSTRUST_COMPLAINT_REVIEW_THRESHOLD', 3, 1, 1_000),
      reviewWindowDays: count(env, 'CROSSTRUST_COMPLAINT_REVIEW_WINDOW_DAYS', 90, 1, 730),
      filingsPerEmailPerDay: count(env, 'CROSSTRUST_COMPLAINT_FILINGS_PER_EMAIL', 5, 1, 1_000),
    },
    complaintFilingsPerIpPerHour: count(env, 'CROSSTRUST_COMPLAINT_FILINGS_PER_IP', 20, 1, 100_000),
    smtpUrl: env.CROSSTRUST_SMTP_URL || undefined,
    mailFrom: env.CROSSTRUST_MAIL_FROM || 'CrossTrust <no-reply@localhost>',
    ...overrides,
  };
  if (!Number.isInteger(config.port) || config.port < 0 || config.port > 65535) {
    throw new Error(`PORT must be an integer 0–65535, got ${env.PORT}`);
  }
  return config;
}
