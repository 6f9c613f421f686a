import type { Command } from 'commander';
import { createMerchantAccount } from '../../modules/registry/accounts.ts';
import { generatePassword } from '../../platform/auth/password.ts';
import type { Role } from '../../platform/auth/roles.ts';
import { createApiKey, createUser } from '../../platform/auth/service.ts';
import { configFrom, withDatabase } from '../database.ts';
import { withNode } from '../node.ts';
import { printJson, UsageError } from '../output.ts';

/** A merchant account for one business, found by its id or UBIN, with its invitation queued. */
async function createForParty(options: {
  email: string;
  name: string;
  password?: string;
  role?: string[];
  party: string;
  dataDir?: string;
  json?: boolean;
}): Promise<void> {
  if (options.password)
    throw new UsageError(
      '--password cannot be combined with --party: the invitation carries a one-time password',
    );
  const { publicUrl } = configFrom(options);
  await withNode(options, async ({ services, database }) => {
    const account = await createMerchantAccount(
      { db: database.db, registry: services.registry, publicUrl },
      {
        party: options.party,
        email: options.email,
        name: options.name === 'Administrator' ? options.email : options.name,
        roles: (options.role ?? ['merchant']) as Role[],
      },
      'cli',
    );
    if (options.json) return printJson(account);
    process.stdout.write(
      `Created ${account.user.email} (${account.user.roles.join(', ')}) for ${account.party.name} (${account.party.ubin}).\n`,
    );
    process.stdout.write(`One-time password: ${account.oneTimePassword} (also in the invitation mail)\n`);
  });
}

export function registerAdmin(program: Command): void {
  const admin = program.command('admin').description('console users');
  admin
    .command('create')
    .description('create an administrator (prints a one-time password unless --password is given)')
    .requiredOption('-e, --email <email>', 'e-mail to sign in with')
    .option('-n, --name <name>', 'display name', 'Administrator')
    .option(
      '--password <password>',
      'password (at least 12 characters); omit to generate a one-time password',
    )
    .option(
      '--role <role...>',
      'roles (admin, assessor, mediator, analyst, merchant); default admin, or merchant with --party',
    )
    .option(
      '--party <id|UBIN>',
      'the business the account acts for (a merchant account; mails the invitation)',
    )
    .option('-d, --data-dir <dir>', 'PGlite data directory')
    .option('--json', 'print the user as JSON')
    .action(
      async (options: {
        email: string;
        name: string;
        password?: string;
        role?: string[];
        party?: string;
        dataDir?: string;
        json?: boolean;
      }) => {
        if (options.party) return createForParty(options as typeof options & { party: string });
        const roles = options.role ?? ['admin'];
        await withDatabase(options, async ({ db }) => {
          const password = options.password ?? generatePassword();
          const user = await createUser(db, {
            email: options.email,
            name: options.name,
            password,
            roles,
            mustChangePassword: options.password === undefined,
          });
          if (options.json) printJson({ user, ...(options.password ? {} : { oneTimePassword: password }) });
          else {
            process.stdout.write(`Created ${user.email} (${user.roles.join(', ')}).\n`);
            if (!options.password) process.stdout.write(`One-time password: ${password}\n`);
          }
        });
      },
    );

  program
    .command('apikey')
    .description('API keys for platforms')
    .command('create')
    .description('create an API key and print it (and nothing else) on stdout')
    .requiredOption('--role <role>', 'role the key acts with (admin, assessor, mediator, analyst, merchant)')
    .option('--party <id>', 'registry party the key acts for')
    .option('--name <name>', 'what the key is for', 'created from the CLI')
    .option('-d, --data-dir <dir>', 'PGlite data directory')
    .action(async (options: { role: string; party?: string; name: string; dataDir?: string }) => {
      await withDatabase(options, async ({ db }) => {
        const key = await createApiKey(db, {
          name: options.name,
          role: options.role,
          partyId: options.party ?? null,
        });
        process.stdout.write(`${key.key}\n`);
      });
    });
}
