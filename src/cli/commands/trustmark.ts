import type { Command } from 'commander';
import { RegistryService } from '../../modules/registry/service.ts';
import { BUILT_IN_SCHEMES } from '../../modules/trustmark/schemes/index.ts';
import { runWebsiteCheck } from '../../modules/trustmark/website-check.ts';
import { withDatabase } from '../database.ts';
import { EXIT, printJson } from '../output.ts';

const MARK = { pass: '✓', fail: '✗', not_applicable: '–', error: '!' } as const;

export function registerTrustmark(program: Command): void {
  const trustmark = program
    .command('trustmark')
    .description('trustmark criteria schemes and automated website checks');

  trustmark
    .command('schemes')
    .description('list the criteria schemes this node assesses against')
    .option('--json', 'print the full schemes as JSON')
    .action((options: { json?: boolean }) => {
      if (options.json) return printJson(BUILT_IN_SCHEMES);
      for (const s of BUILT_IN_SCHEMES) {
        const mandatory = s.criteria.filter((c) => c.level === 'mandatory').length;
        process.stdout.write(
          `${`${s.id}@${s.version}`.padEnd(18)} ${String(s.criteria.length).padStart(3)} criteria (${mandatory} mandatory)  ${s.title.en}\n`,
        );
      }
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
