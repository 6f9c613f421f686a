import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The key-encryption key for secrets at rest. Production (PostgreSQL) must configure CROSSTRUST_KEK, kept apart
 * from the database; the embedded node keeps a generated one in its data directory (readable by the owner
 * only), which is as safe as the data directory itself — fine for a demo node, said plainly in the README.
 */
export function resolveKek(config: {
  kek: Buffer | undefined;
  databaseUrl: string | undefined;
  dataDir: string;
}): Buffer {
  if (config.kek) return config.kek;
  if (config.databaseUrl) {
    throw new Error(
      'Set CROSSTRUST_KEK (32 random bytes, base64: `openssl rand -base64 32`) when running on PostgreSQL',
    );
  }
  const file = join(config.dataDir, 'kek');
  if (existsSync(file)) return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
  mkdirSync(config.dataDir, { recursive: true });
  const kek = randomBytes(32);
  writeFileSync(file, kek.toString('base64'), { mode: 0o600 });
  return kek;
}
