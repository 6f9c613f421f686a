import { readFileSync } from 'node:fs';
import { DomainError } from '../platform/errors.ts';

/** Exit codes every command keeps: 0 done/valid, 1 the input is invalid or the check failed, 2 usage error. */
export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

export class UsageError extends Error {}

export const printJson = (value: unknown): void => {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
};

/** Prints a domain error the way the API would describe it, and returns the exit code to use. */
export function reportError(error: unknown): number {
  if (error instanceof UsageError) {
    process.stderr.write(`error: ${error.message}\n`);
    return EXIT.usage;
  }
  if (error instanceof DomainError) {
    process.stderr.write(
      `error ${error.code}: ${error.message}${error.location ? ` (at ${error.location})` : ''}\n`,
    );
    for (const detail of error.details.slice(error.details.length > 1 ? 0 : 1)) {
      process.stderr.write(
        `  ${detail.code}: ${detail.message}${detail.location ? ` (at ${detail.location})` : ''}\n`,
      );
    }
    return EXIT.invalid;
  }
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  return EXIT.invalid;
}

/** Reads a JSON file (or standard input for `-`); unreadable or malformed input is a usage error. */
export function readJson(file: string): unknown {
  let text: string;
  try {
    text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new UsageError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}
