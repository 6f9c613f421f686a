import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { DidWebResolver } from '../../modules/credentials/did-web-resolver.ts';
import {
  CREDENTIAL_FORMATS,
  type CredentialFormat,
  createCredentialsModule,
} from '../../modules/credentials/index.ts';
import { CREDENTIAL_SCHEMAS, CROSSTRUST_CONTEXT_URL } from '../../modules/credentials/vocabulary.ts';
import { RegistryService } from '../../modules/registry/service.ts';
import type { Config } from '../../platform/config.ts';
import { resolveKek } from '../../platform/crypto/kek.ts';
import type { Database } from '../../platform/db/client.ts';
import { resolveDidKey } from '../../standards/vc/did-key.ts';
import type { JsonObject } from '../../standards/vc/types.ts';
import { withDatabase } from '../database.ts';
import { EXIT, printJson, UsageError } from '../output.ts';

const moduleFor = ({ db }: Database, config: Config) =>
  createCredentialsModule({
    db,
    kek: resolveKek(config),
    publicUrl: config.publicUrl,
    operatorName: config.operatorName,
    registry: new RegistryService(db),
    allowPrivateFetch: config.fetchAllowPrivate,
  });

const readInput = (file: string): string => {
  try {
    return (file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8')).trim();
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
};

const parseJsonObject = (text: string, file: string): JsonObject => {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as JsonObject;
  } catch {
    // fall through to the usage error
  }
  throw new UsageError(`${file} is not a JSON object`);
};

export function registerVc(program: Command): void {
  const vc = program.command('vc').description('verifiable credentials: issue, verify, change status');
  const dataDir = ['-d, --data-dir <dir>', 'PGlite data directory'] as const;

  vc.command('issue')
    .description('issue a credential of a type for a subject and print it (the node signs as its did:web)')
    .argument('<type>', `credential type, e.g. ${Object.keys(CREDENTIAL_SCHEMAS).join(', ')}`)
    .argument('<subject>', 'credentialSubject as a JSON file (- for stdin)')
    .option('--format <format>', `${CREDENTIAL_FORMATS.join(', ')}`, 'eddsa-rdfc-2022')
    .option('--valid-until <date>', 'validUntil (ISO 8601)')
    .option(...dataDir)
    .action(
      async (
        type: string,
        subjectFile: string,
        options: { format: string; validUntil?: string; dataDir?: string },
      ) => {
        if (!(CREDENTIAL_FORMATS as readonly string[]).includes(options.format))
          throw new UsageError(`--format must be one of ${CREDENTIAL_FORMATS.join(', ')}`);
        if (!CREDENTIAL_SCHEMAS[type])
          throw new UsageError(`type must be one of ${Object.keys(CREDENTIAL_SCHEMAS).join(', ')}`);
        const subject = parseJsonObject(readInput(subjectFile), subjectFile);
        await withDatabase(options, async (database, config) => {
          const credentials = moduleFor(database, config);
          const schema = CREDENTIAL_SCHEMAS[type];
          const credential: JsonObject = {
            '@context': ['https://www.w3.org/ns/credentials/v2', CROSSTRUST_CONTEXT_URL],
            type: ['VerifiableCredential', type],
            credentialSubject: subject,
            ...(options.validUntil ? { validUntil: options.validUntil } : {}),
            credentialSchema: {
              id: `${new URL(config.publicUrl).origin}${schema!.path}`,
              type: 'JsonSchema',
            },
          };
          const issued = await credentials.service.issue(
            credential,
            { format: options.format as CredentialFormat },
            'cli',
          );
          printJson(issued.verifiableCredential);
        });
      },
    );

  vc.command('verify')
    .description(
      'verify a credential (JSON, enveloped, or a vc+jwt); exit 0 verified, 1 not verified, 2 usage',
    )
    .argument('<file>', 'file with the credential, or - for stdin')
    .option('--json', 'print the verification result as JSON')
    .option(...dataDir)
    .action(async (file: string, options: { json?: boolean; dataDir?: string }) => {
      const text = readInput(file);
      const input: unknown = text.startsWith('{') ? parseJsonObject(text, file) : text;
      await withDatabase(options, async (database, config) => {
        const report = await moduleFor(database, config).verifier.verify(input);
        if (options.json) printJson(report);
        else {
          process.stdout.write(
            `${report.verified ? 'VERIFIED' : 'NOT VERIFIED'} (${report.format})${report.issuer ? ` issued by ${report.issuer}` : ''}\n`,
          );
          for (const c of report.checks)
            process.stdout.write(
              `  ${c.passed ? '✓' : '✗'} ${c.check.padEnd(16)} ${c.message}${c.code && !c.passed ? ` [${c.code}]` : ''}\n`,
            );
        }
        process.exitCode = report.verified ? EXIT.ok : EXIT.invalid;
      });
    });

  vc.command('status')
    .description('revoke, suspend or reinstate a credential this node issued')
    .argument('<credential>', 'record id or the credential id (urn:uuid:…)')
    .argument('<action>', 'revoke | suspend | reinstate')
    .requiredOption('--reason <reason>', 'why (kept in the audit trail)')
    .option(...dataDir)
    .action(async (credential: string, action: string, options: { reason: string; dataDir?: string }) => {
      if (!['revoke', 'suspend', 'reinstate'].includes(action))
        throw new UsageError('action must be revoke, suspend or reinstate');
      await withDatabase(options, async (database, config) => {
        const updated = await moduleFor(database, config).service.changeStatus(
          credential,
          action as 'revoke',
          options.reason,
          'cli',
        );
        process.stdout.write(`${updated.credentialId}: ${updated.status}\n`);
      });
    });

  program
    .command('did')
    .description('decentralised identifiers')
    .command('resolve')
    .description('resolve a did:key (offline) or did:web (over HTTPS) and print its DID document')
    .argument('<did>')
    .action(async (did: string) => {
      if (did.startsWith('did:key:')) {
        const doc = resolveDidKey(did);
        if (!doc.ok) throw new UsageError(doc.problems.map((p) => `${p.code}: ${p.message}`).join('; '));
        return printJson(doc.value);
      }
      if (did.startsWith('did:web:')) {
        const doc = await new DidWebResolver({
          allowPrivate: process.env.CROSSTRUST_FETCH_ALLOW_PRIVATE === 'true',
        }).resolve(did);
        if (!doc.ok) {
          for (const p of doc.problems) process.stderr.write(`error ${p.code}: ${p.message}\n`);
          process.exitCode = EXIT.invalid;
          return;
        }
        return printJson(doc.value);
      }
      throw new UsageError('only did:key and did:web are supported');
    });
}
