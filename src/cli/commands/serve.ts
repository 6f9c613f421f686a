import type { Command } from 'commander';
import { startNode } from '../../server/node.ts';
import { configFrom } from '../database.ts';

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description(
      'run the node: HTTP API, web UI and workers (migrates the database; seeds demo data into a new one)',
    )
    .option('-p, --port <port>', 'port to listen on (env PORT, default 8080)')
    .option(
      '-d, --data-dir <dir>',
      'PGlite data directory (env CROSSTRUST_DATA_DIR, default ./data); ignored with DATABASE_URL',
    )
    .option('--no-seed', 'do not load demo data into an empty registry')
    .action(async (options: { port?: string; dataDir?: string; seed: boolean }) => {
      const config = configFrom(options);
      const node = await startNode({ config, seed: options.seed && config.seedDemo });
      process.stdout.write(
        `CrossTrust node listening on ${node.url} (database: ${node.database.kind}, bus: ${node.bus.transport.kind})\n`,
      );
      process.stdout.write(
        `  web UI ${node.url}/   API docs ${node.url}/docs   OpenAPI ${node.url}/openapi.json\n`,
      );
      let stopping = false;
      const stop = async (signal: string) => {
        if (stopping) return;
        stopping = true;
        node.app.log.info({ signal }, 'shutting down');
        await node.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop('SIGINT'));
      process.once('SIGTERM', () => void stop('SIGTERM'));
    });
}
