/**
 * Identifier validation throughput: for every scheme, validate a rotating set of ~1000 generated valid values mixed
 * with invalid ones (one in eight has its last character changed) for about 300 ms, and report validations per
 * second. Prints nothing; the caller prints.
 */
import { generateExample, SCHEMES, validateIdentifier } from '../src/standards/identifiers/index.ts';

const VALUES_PER_SCHEME = 1000;
const DURATION_NS = 300_000_000n;
const BATCH = 256; // check the clock once per batch so timing does not dominate

function corrupt(v: string): string {
  const last = v.charAt(v.length - 1);
  const swapped =
    last >= '0' && last <= '8' ? String.fromCharCode(last.charCodeAt(0) + 1) : last === 'A' ? 'B' : 'A';
  return v.slice(0, -1) + swapped;
}

function inputsFor(scheme: string): { scheme: string; value: string }[] {
  const out: { scheme: string; value: string }[] = [];
  for (let n = 0; n < VALUES_PER_SCHEME; n++) {
    const v = generateExample(scheme, n);
    out.push({ scheme, value: n % 8 === 7 ? corrupt(v) : v });
  }
  return out;
}

export async function benchIdentifiers(): Promise<Array<{ name: string; opsPerSec: number }>> {
  const results: Array<{ name: string; opsPerSec: number }> = [];
  let sink = 0; // consumed below so the work cannot be optimised away
  for (const s of SCHEMES) {
    const inputs = inputsFor(s.id);
    // Warm-up so the JIT has compiled the validator before we time it.
    for (const input of inputs) sink += validateIdentifier(input).valid ? 1 : 0;
    let ops = 0;
    let i = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0n;
    while (elapsed < DURATION_NS) {
      for (let k = 0; k < BATCH; k++) {
        sink += validateIdentifier(inputs[i] as { scheme: string; value: string }).valid ? 1 : 0;
        i = i + 1 === inputs.length ? 0 : i + 1;
      }
      ops += BATCH;
      elapsed = process.hrtime.bigint() - start;
    }
    results.push({ name: `identifiers:${s.id}`, opsPerSec: Math.round((ops * 1e9) / Number(elapsed)) });
    // Yield between schemes so a caller's progress output can render.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  if (sink < 0) throw new Error('unreachable');
  return results;
}
