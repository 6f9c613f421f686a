import { SingleBar } from 'cli-progress';
import type { Command } from 'commander';
import { DEMO_PARTIES } from '../../modules/registry/demo-data.ts';
import { seedDemoRegistry } from '../../modules/registry/seed.ts';
import { RegistryService } from '../../modules/registry/service.ts';
import { withDatabase } from '../database.ts';

export function registerDb(program: Command): void {
  program
    .command('migrate')
    .description('apply the SQL migrations to the database (PGlite data dir, or DATABASE_URL)')
    .option('-d, --data-dir <dir>', 'PGlite data directory')
    .action(async (options: { dataDir?: string }) => {
      await withDatabase(options, async (database) => {
        process.stdout.write(`Migrations applied (${database.kind}).\n`);
      });
    });

  program
    .command('seed')
    .description('load the demo parties into an empty registry')
    .option('-d, --data-dir <dir>', 'PGlite data directory')
    .action(async (options: { dataDir?: string }) => {
      await withDatabase(options, async ({ db }) => {
        const registry = new RegistryService(db);
        if ((await registry.count()) > 0) {
          process.stdout.write('The registry already has parties; nothing seeded.\n');
          return;
        }
        const bar = new SingleBar({
          format: 'seeding [{bar}] {value}/{total} parties',
          stream: process.stderr,
          noTTYOutput: true,
          notTTYSchedule: 2_000,
        });
        bar.start(DEMO_PARTIES.length, 0);
        const n = await seedDemoRegistry(db, registry, (done) => bar.update(done));
        bar.stop();
        process.stdout.write(`Seeded ${n} demo parties.\n`);
      });
    });
}
