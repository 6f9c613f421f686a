import type { Command } from 'commander';
import { WebsiteVerifier } from '../../modules/registry/ownership.ts';
import { RegistryService } from '../../modules/registry/service.ts';
import type { PartyInput, PublicParty } from '../../modules/registry/types.ts';
import { isUuid } from '../../platform/ids.ts';
import { PartyInputSchema } from '../../server/schemas.ts';
import { withDatabase } from '../database.ts';
import { printJson, readJson, UsageError } from '../output.ts';

const describeParty = (p: PublicParty): string =>
  [
    `${p.name}${p.nameLatin ? ` (${p.nameLatin})` : ''} — ${p.kind}, ${p.homeEconomy}`,
    `  id    ${p.id}`,
    `  UBIN  ${p.ubin}`,
    ...p.identifiers.map((i) => `  ${i.scheme.padEnd(8)}${i.value}`),
    ...p.websites.map(
      (w) => `  site  ${w.domainUnicode}${w.ownershipVerified ? ' (ownership verified)' : ' (not verified)'}`,
    ),
  ].join('\n');

export function registerRegistry(program: Command): void {
  const registry = program.command('registry').description('the business and website registry');
  const dataDir = ['-d, --data-dir <dir>', 'PGlite data directory'] as const;

  registry
    .command('search')
    .description('search parties by name (diacritics folded) or UBIN')
    .argument('[query]', 'name or part of it', '')
    .option('--economy <cc>', 'home economy, e.g. VN')
    .option('--limit <n>', 'how many', '20')
    .option('--json', 'print as JSON')
    .option(...dataDir)
    .action(
      async (
        query: string,
        options: { economy?: string; limit: string; json?: boolean; dataDir?: string },
      ) => {
        await withDatabase(options, async ({ db }) => {
          const found = await new RegistryService(db).search({
            q: query,
            economy: options.economy,
            limit: Number(options.limit),
          });
          if (options.json) return printJson(found);
          process.stdout.write(`${found.total} found\n`);
          for (const p of found.items)
            process.stdout.write(`${p.ubin.padEnd(40)} ${p.homeEconomy} ${p.name}\n`);
        });
      },
    );

  registry
    .command('show')
    .description('show one party by id or UBIN')
    .argument('<idOrUbin>')
    .option('--json', 'print as JSON')
    .option(...dataDir)
    .action(async (key: string, options: { json?: boolean; dataDir?: string }) => {
      await withDatabase(options, async ({ db }) => {
        const service = new RegistryService(db);
        const party = isUuid(key) ? await service.getParty(key) : await service.lookupByUbin(key);
        if (options.json) printJson(party);
        else process.stdout.write(`${describeParty(party)}\n`);
      });
    });

  registry
    .command('lookup')
    .description('find the party behind a website domain, a UBIN, or any identifier')
    .option('--domain <domain>', 'website host or URL')
    .option('--ubin <ubin>', 'urn:ubin:…')
    .option('--scheme <scheme>', 'identifier scheme, with --value')
    .option('--value <value>', 'identifier value')
    .option('--json', 'print as JSON')
    .option(...dataDir)
    .action(
      async (options: {
        domain?: string;
        ubin?: string;
        scheme?: string;
        value?: string;
        json?: boolean;
        dataDir?: string;
      }) => {
        const given = [options.domain, options.ubin, options.scheme].filter(Boolean).length;
        if (given !== 1 || Boolean(options.scheme) !== Boolean(options.value)) {
          throw new UsageError('give exactly one of --domain, --ubin, or --scheme with --value');
        }
        await withDatabase(options, async ({ db }) => {
          const service = new RegistryService(db);
          const party = options.domain
            ? (await service.lookupByDomain(options.domain)).party
            : options.ubin
              ? await service.lookupByUbin(options.ubin)
              : await service.lookupByIdentifier({ scheme: options.scheme!, value: options.value! });
          if (options.json) printJson(party);
          else process.stdout.write(`${describeParty(party)}\n`);
        });
      },
    );

  registry
    .command('add')
    .description('register a party from a JSON file (the body of POST /api/v1/registry/parties; - for stdin)')
    .argument('<file>')
    .option('--json', 'print the party as JSON')
    .option(...dataDir)
    .action(async (file: string, options: { json?: boolean; dataDir?: string }) => {
      const parsed = PartyInputSchema.safeParse(readJson(file));
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new UsageError(`${file}: ${issue.message} at ${issue.path.join('.') || '(root)'}`);
      }
      await withDatabase(options, async ({ db }) => {
        const party = await new RegistryService(db).createParty(parsed.data as PartyInput, 'cli');
        if (options.json) printJson(party);
        else process.stdout.write(`Registered\n${describeParty(party)}\n`);
      });
    });

  const website = registry.command('website').description('websites and their ownership checks');
  website
    .command('add')
    .description('register a website for a party and print how to prove ownership')
    .argument('<partyId>')
    .argument('<domain>')
    .option('--json', 'print as JSON')
    .option(...dataDir)
    .action(async (partyId: string, domain: string, options: { json?: boolean; dataDir?: string }) => {
      await withDatabase(options, async ({ db }) => {
        const site = await new RegistryService(db).addWebsite(partyId, domain, 'cli');
        if (options.json) return printJson(site);
        process.stdout.write(
          `Website ${site.domainUnicode} registered (id ${site.id}). Prove ownership with either:\n` +
            `  DNS TXT ${site.instructions.dns.name}  "${site.instructions.dns.value}"\n` +
            `  a file ${site.instructions.http.url} containing: ${site.instructions.http.content}\n`,
        );
      });
    });
  website
    .command('verify')
    .description('check ownership over the network now; exit 1 when not verified')
    .argument('<websiteId>')
    .option('--json', 'print as JSON')
    .option(...dataDir)
    .action(async (websiteId: string, options: { json?: boolean; dataDir?: string }) => {
      await withDatabase(options, async ({ db }, config) => {
        const verifier = new WebsiteVerifier({
          dnsServers: config.dnsServers,
          allowPrivate: config.fetchAllowPrivate,
        });
        const { website: site, result } = await new RegistryService(db, verifier).verifyWebsite(
          websiteId,
          'cli',
        );
        if (options.json) printJson({ website: site, result });
        else {
          process.stdout.write(
            `${site.domain}: ${result.verified ? `verified by ${result.method}` : 'NOT verified'}\n`,
          );
          for (const c of result.checks)
            process.stdout.write(
              `  ${c.method.padEnd(5)} ${c.outcome.padEnd(9)} ${c.target} — ${c.detail}\n`,
            );
        }
        if (!result.verified) process.exitCode = 1;
      });
    });
}
