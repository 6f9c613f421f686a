import type { Command } from 'commander';
import { RegistryService } from '../../modules/registry/service.ts';
import { APPLICATION_STATES, type ApplicationState } from '../../modules/trustmark/lifecycle.ts';
import { runWebsiteCheck } from '../../modules/trustmark/website-check.ts';
import { withDatabase } from '../database.ts';
import { withNode } from '../node.ts';
import { EXIT, printJson, readJson, UsageError } from '../output.ts';

const MARK = { pass: '✓', fail: '✗', not_applicable: '–', error: '!' } as const;

export function registerTrustmark(program: Command): void {
  const trustmark = program
    .command('trustmark')
    .description('trustmark criteria schemes and automated website checks');

  const dataDir = ['-d, --data-dir <dir>', 'PGlite data directory'] as const;

  trustmark
    .command('schemes')
    .description(
      'list the criteria schemes this node assesses against (built-in and the operator’s versions)',
    )
    .option('--json', 'print the full schemes as JSON')
    .option(...dataDir)
    .action(async (options: { json?: boolean; dataDir?: string }) => {
      await withNode(options, async ({ services }) => {
        const schemes = await services.trustmarks.catalogue.all();
        if (options.json) return printJson(schemes);
        for (const s of schemes) {
          const mandatory = s.criteria.filter((c) => c.level === 'mandatory').length;
          process.stdout.write(
            `${`${s.id}@${s.version}`.padEnd(18)} ${String(s.criteria.length).padStart(3)} criteria (${mandatory} mandatory)  ${s.title.en}${s.origin === 'operator' ? '  [operator]' : ''}\n`,
          );
        }
      });
    });

  trustmark
    .command('publish-scheme')
    .description(
      'publish a scheme version from a JSON file (- for stdin); certified sites under it are re-checked',
    )
    .argument('<file>')
    .option(...dataDir)
    .action(async (file: string, options: { dataDir?: string }) => {
      const definition = readJson(file);
      await withNode(options, async ({ services }) => {
        const scheme = await services.trustmarks.publishScheme(definition, 'cli');
        process.stdout.write(
          `published ${scheme.id}@${scheme.version} (${scheme.criteria.length} criteria)\n`,
        );
      });
    });

  trustmark
    .command('applications')
    .description('list trustmark applications and certificates')
    .option('--state <state>', `one of ${APPLICATION_STATES.join(', ')}`)
    .option('--json', 'print JSON')
    .option(...dataDir)
    .action(async (options: { state?: string; json?: boolean; dataDir?: string }) => {
      if (options.state && !(APPLICATION_STATES as readonly string[]).includes(options.state))
        throw new UsageError(`--state must be one of ${APPLICATION_STATES.join(', ')}`);
      await withNode(options, async ({ services }) => {
        const items = await services.trustmarks.list({
          state: options.state as ApplicationState | undefined,
        });
        if (options.json) return printJson(items);
        if (items.length === 0) process.stdout.write('no applications\n');
        for (const a of items)
          process.stdout.write(
            `${a.state.padEnd(14)} ${a.domain.padEnd(32)} ${`${a.scheme.id}@${a.scheme.version}`.padEnd(16)} ${a.validUntil ? `until ${a.validUntil.slice(0, 10)}` : ''}${a.review ? ' [under review]' : ''}  ${a.id}\n`,
          );
      });
    });

  trustmark
    .command('registry')
    .description('the public registry of certified websites')
    .argument('[query]', 'business name, domain or UBIN', '')
    .option('--economy <cc>', 'home economy, e.g. VN')
    .option('--json', 'print JSON')
    .option(...dataDir)
    .action(async (query: string, options: { economy?: string; json?: boolean; dataDir?: string }) => {
      await withNode(options, async ({ services }) => {
        const page = await services.trustmarkRegistry.search({
          q: query,
          economy: options.economy,
          limit: 200,
        });
        if (options.json) return printJson(page);
        process.stdout.write(`${page.total} certified site(s)\n`);
        for (const site of page.items)
          process.stdout.write(
            `${site.status.padEnd(10)} ${site.domain.padEnd(32)} ${site.party.homeEconomy}  ${site.party.name}  (${site.scheme.id}@${site.scheme.version}, until ${site.validUntil?.slice(0, 10)})\n`,
          );
      });
    });

  trustmark
    .command('check')
    .description('run the automated website check of a domain now; exit 1 when any check fails')
    .argument('<domain>')
    .option('--json', 'print the report as JSON')
    .option(
      '-d, --data-dir <dir>',
      'PGlite data directory (the registry supplies the names and numbers to look for)',
    )
    .action(async (domain: string, options: { json?: boolean; dataDir?: string }) => {
      await withDatabase(options, async ({ db }, config) => {
        const report = await runWebsiteCheck(domain, {
          registry: new RegistryService(db),
          publicUrl: config.publicUrl,
          fetch: { allowPrivate: config.fetchAllowPrivate },
        });
        if (options.json) printJson(report);
        else {
          process.stdout.write(
            `${report.domain}: ${report.pagesFetched.length} page(s) fetched${report.partyId ? '' : ' (not in the registry)'}\n`,
          );
          for (const f of report.findings) {
            process.stdout.write(
              `  ${MARK[f.outcome]} ${f.checkId.padEnd(22)} ${f.message}${f.evidence ? ` — ${f.evidence.slice(0, 80)}` : ''}\n`,
            );
          }
        }
        if (report.findings.some((f) => f.outcome === 'fail' || f.outcome === 'error'))
          process.exitCode = EXIT.invalid;
      });
    });
}
