import type { Command } from 'commander';
import { generatePassword } from '../../platform/auth/password.ts';
import { createApiKey, createUser } from '../../platform/auth/service.ts';
import { withDatabase } from '../database.ts';
import { printJson } from '../output.ts';

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
    .option('--role <role...>', 'roles (admin, assessor, mediator, analyst, merchant)', ['admin'])
    .option('-d, --data-dir <dir>', 'PGlite data directory')
    .option('--json', 'print the user as JSON')
    .action(
      async (options: {
        email: string;
        name: string;
        password?: string;
        role: string[];
        dataDir?: string;
        json?: boolean;
      }) => {
        await withDatabase(options, async ({ db }) => {
          const password = options.password ?? generatePassword();
          const user = await createUser(db, {
            email: options.email,
            name: options.name,
            password,
            roles: options.role,
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
