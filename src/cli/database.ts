import { type Config, loadConfig } from '../platform/config.ts';
import { type Database, openDatabase } from '../platform/db/client.ts';

export interface DataOptions {
  dataDir?: string;
}

export function configFrom(options: DataOptions & { port?: string }): Config {
  const overrides: Partial<Config> = {};
  if (options.dataDir) overrides.dataDir = options.dataDir;
  if (options.port !== undefined) overrides.port = Number(options.port);
  return loadConfig(process.env, overrides);
}

/** Opens and migrates the node's database for a one-shot command, runs `work`, and closes it. */
export async function withDatabase<T>(
  options: DataOptions,
  work: (database: Database, config: Config) => Promise<T>,
): Promise<T> {
  const config = configFrom(options);
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.databaseUrl ? undefined : config.dataDir,
  });
  try {
    await database.migrate();
    return await work(database, config);
  } finally {
    await database.close();
  }
}
