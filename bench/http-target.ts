/**
 * A server for the HTTP benchmarks, run in its own process so the load generator does not share its event loop.
 * `bare`: Fastify with one route returning a constant, the baseline. `node`: a full CrossTrust node (seeded) on
 * the database named by DATABASE_URL, or PGlite in memory when it is unset. Prints the URL on stdout when ready.
 */
import { randomBytes } from 'node:crypto';
import Fastify from 'fastify';
import { loadConfig } from '../src/platform/config.ts';
import { openDatabase } from '../src/platform/db/client.ts';
import { startNode } from '../src/server/node.ts';

const kind = process.argv[2];

if (kind === 'bare') {
  const app = Fastify({ logger: false });
  app.get('/constant', async () => ({ status: 'ok' }));
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  process.stdout.write(`${address}\n`);
} else if (kind === 'node') {
  const config = loadConfig(process.env, {
    port: 0,
    host: '127.0.0.1',
    // Logs go to stdout, where the parent reads the URL from the first line.
    logLevel: 'error',
    jobsEnabled: false,
    kek: randomBytes(32),
  });
  const database = await openDatabase({ databaseUrl: config.databaseUrl });
  const node = await startNode({
    config,
    database,
    seed: true,
    adminPassword: 'bench-admin-password',
    announce: () => {},
  });
  process.stdout.write(`${node.url}\n`);
} else {
  process.stderr.write('usage: http-target.ts bare|node\n');
  process.exit(2);
}
