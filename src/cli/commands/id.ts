import type { Command } from 'commander';
import { resolveScheme, SCHEMES, validateIdentifier } from '../../standards/identifiers/index.ts';
import { EXIT, printJson } from '../output.ts';

export function registerId(program: Command): void {
  const id = program.command('id').description('identifiers: validate and normalise');
  id.command('validate')
    .description('validate one identifier; exit 0 valid, 1 invalid, 2 usage error (unknown scheme)')
    .argument('<scheme>', 'scheme id (see `crosstrust id schemes`)')
    .argument('<value>', 'the identifier')
    .option('--json', 'print the result as one JSON object')
    .addHelpText('after', `\nSchemes: ${SCHEMES.map((s) => s.id).join(', ')}`)
    .action((scheme: string, value: string, options: { json?: boolean }) => {
      const result = validateIdentifier({ scheme, value });
      if (options.json) printJson(result);
      else if (result.valid) {
        process.stdout.write(
          `valid ${result.scheme} ${result.normalized}${result.checkDigit === 'verified' ? ' (check digit verified)' : ''}\n`,
        );
        for (const note of result.notes) process.stdout.write(`  note: ${note}\n`);
      } else {
        process.stdout.write(`invalid ${result.scheme} ${value}\n`);
        for (const e of result.errors) process.stdout.write(`  ${e.code}: ${e.message}\n`);
      }
      process.exitCode = result.valid ? EXIT.ok : resolveScheme(scheme) ? EXIT.invalid : EXIT.usage;
    });
  id.command('schemes')
    .description('list the identifier schemes with their check-digit status and sources')
    .option('--json', 'print as JSON')
    .action((options: { json?: boolean }) => {
      if (options.json) return printJson(SCHEMES);
      for (const s of SCHEMES) {
        process.stdout.write(
          `${s.id.padEnd(10)} ${(s.country ?? '--').padEnd(3)} ${s.checkDigit ? 'check digit' : 'format only'}  ${s.name}  e.g. ${s.example}\n`,
        );
      }
    });
}
