import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import autocannon from 'autocannon';
import pg from 'pg';
import { DEMO_PARTIES } from '../src/modules/registry/demo-data.ts';

export interface HttpFigure {
  name: string;
  requestsPerSec: number;
  p99Ms: number;
  p50Ms: number;
  errors: number;
}

async function startTarget(
  kind: 'bare' | 'node',
  env: NodeJS.ProcessEnv,
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(process.execPath, ['bin/run-ts.js', 'bench/http-target.ts', kind], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let buffer = '';
  child.stdout!.setEncoding('utf8');
  for await (const chunk of child.stdout!) {
    buffer += chunk;
    if (buffer.includes('\n')) break;
  }
  const url = buffer.trim().split('\n')[0];
  if (!url?.startsWith('http')) throw new Error(`benchmark target ${kind} did not start`);
  return { url, child };
}

async function stopTarget(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await once(child, 'exit');
}

async function load(
  url: string,
  paths: string[],
  durationSeconds: number,
): Promise<Omit<HttpFigure, 'name'>> {
  let i = 0;
  const result = await autocannon({
    url,
    connections: 16,
    pipelining: 1,
    duration: durationSeconds,
    requests: [
      {
        setupRequest: (request) => {
          request.path = paths[i++ % paths.length]!;
          return request;
        },
      },
    ],
  });
  return {
    requestsPerSec: Math.round(result.requests.average),
    p99Ms: result.latency.p99,
    p50Ms: result.latency.p50,
    errors: result.errors + result.non2xx,
  };
}

/** A fresh database on the PostgreSQL server for the benchmark, or none (PGlite) when no server is reachable. */
async function benchDatabase(): Promise<{ url: string | undefined; drop(): Promise<void> }> {
  const server = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const name = `ct_bench_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: server, connectionTimeoutMillis: 2_000 });
  try {
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
  } catch {
    await admin.end().catch(() => {});
    return { url: undefined, drop: async () => {} };
  }
  const url = new URL(server);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: server });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/**
 * Registry lookup by domain over loopback against a bare Fastify route measured in the same run, so the ratio
 * survives a noisy shared machine.
 */
export async function benchRegistryLookup(
  durationSeconds = 10,
): Promise<{ figures: HttpFigure[]; database: string }> {
  const figures: HttpFigure[] = [];
  const bare = await startTarget('bare', process.env);
  try {
    await load(bare.url, ['/constant'], 2); // warm-up
    figures.push({
      name: 'bare fastify constant route',
      ...(await load(bare.url, ['/constant'], durationSeconds)),
    });
  } finally {
    await stopTarget(bare.child);
  }

  const database = await benchDatabase();
  const domains = DEMO_PARTIES.flatMap((p) => p.websites);
  const paths = domains.map((d) => `/api/v1/registry/lookup?domain=${encodeURIComponent(d)}`);
  // As served (with the few-seconds lookup cache), and with the cache off to show the database path alone.
  for (const [name, cacheMs] of [
    ['GET /api/v1/registry/lookup?domain=', '5000'],
    ['  same, lookup cache off (database path)', '0'],
  ] as const) {
    const env: NodeJS.ProcessEnv = { ...process.env, NATS_URL: '', CROSSTRUST_LOOKUP_CACHE_MS: cacheMs };
    if (database.url) env.DATABASE_URL = database.url;
    else delete env.DATABASE_URL;
    const node = await startTarget('node', env);
    try {
      await load(node.url, paths, 3); // warm-up: JIT, pool, plan caches
      figures.push({ name, ...(await load(node.url, paths, durationSeconds)) });
      if (cacheMs !== '0') {
        // The seal's question, asked for the same demo domains (the hottest public endpoint of a node).
        const statusPaths = domains.map((d) => `/api/v1/trustmarks/status?domain=${encodeURIComponent(d)}`);
        await load(node.url, statusPaths, 2);
        figures.push({
          name: 'GET /api/v1/trustmarks/status?domain=',
          ...(await load(node.url, statusPaths, durationSeconds)),
        });
      }
    } finally {
      await stopTarget(node.child);
    }
  }
  await database.drop();
  return { figures, database: database.url ? 'postgresql' : 'pglite (no PostgreSQL server reachable)' };
}

async function issueOnTarget(url: string, format: string): Promise<unknown> {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@crosstrust.local', password: 'bench-admin-password' }),
  });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers.getSetCookie()[0]!.split(';')[0]!;
  const issued = await fetch(`${url}/credentials/issue`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
    body: JSON.stringify({
      credential: {
        '@context': ['https://www.w3.org/ns/credentials/v2', 'https://www.w3.org/ns/credentials/examples/v2'],
        type: ['VerifiableCredential', 'ExampleShopCredential'],
        credentialSubject: { id: 'did:example:shop', name: 'Benchmark shop' },
      },
      options: { format },
    }),
  });
  if (issued.status !== 201)
    throw new Error(`could not issue a benchmark credential: ${await issued.text()}`);
  return ((await issued.json()) as { verifiableCredential: unknown }).verifiableCredential;
}

/** POST /credentials/verify over loopback for each securing format (the whole checklist, status included). */
export async function benchVerifyEndpoint(durationSeconds = 10): Promise<HttpFigure[]> {
  const figures: HttpFigure[] = [];
  const env: NodeJS.ProcessEnv = { ...process.env, NATS_URL: '' };
  delete env.DATABASE_URL;
  const node = await startTarget('node', env);
  try {
    for (const format of ['vc-jwt', 'eddsa-rdfc-2022']) {
      const body = JSON.stringify({ verifiableCredential: await issueOnTarget(node.url, format) });
      const run = (seconds: number) =>
        autocannon({
          url: `${node.url}/credentials/verify`,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body,
          connections: 8,
          duration: seconds,
        });
      await run(2);
      const result = await run(durationSeconds);
      figures.push({
        name: `POST /credentials/verify (${format})`,
        requestsPerSec: Math.round(result.requests.average),
        p99Ms: result.latency.p99,
        p50Ms: result.latency.p50,
        errors: result.errors + result.non2xx,
      });
    }
  } finally {
    await stopTarget(node.child);
  }
  return figures;
}
