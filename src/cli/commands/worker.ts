import type { Command } from 'commander';
import { createNode } from '../../server/node.ts';
import { configFrom } from '../database.ts';

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description(
      'run the background work without HTTP: the event relay and the scheduled jobs (run any number beside `serve`)',
    )
    .option('-d, --data-dir <dir>', 'PGlite data directory; a worker is for PostgreSQL deployments')
    .action(async (options: { dataDir?: string }) => {
      const config = { ...configFrom(options), jobsEnabled: true };
      const node = await createNode({ config, seed: false, announce: () => {} });
      process.stdout.write(
        `CrossTrust worker running (database: ${node.database.kind}, bus: ${node.bus.transport.kind}, jobs: ${node.jobs.kinds.length} kinds)\n`,
      );
      const stop = async () => {
        await node.close();
        process.exit(0);
      };
      process.once('SIGINT', () => void stop());
      process.once('SIGTERM', () => void stop());
    });
}
