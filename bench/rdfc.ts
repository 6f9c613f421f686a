/**
 * RDF Dataset Canonicalization throughput (canonicalizations/s, one core): our `canonize` (JSON-LD → RDFC-1.0
 * canonical N-Quads, safe mode) on representative credentials, and `jsonld.canonize` (jsonld.js, safe mode) on the
 * same documents for comparison. Each document is a fresh `JSON.parse` copy, as a verifier would receive it; the
 * contexts come from the bundled context packages. Prints nothing; the caller prints.
 */
import { createRequire } from 'node:module';
import { BUNDLED_CONTEXT_URLS, bundledContextLoader } from '../src/standards/vc/contexts.ts';
import {
  CORPUS,
  EXAMPLES,
  EXAMPLES_CONTEXT,
  TYPICAL_CREDENTIAL,
} from '../src/standards/vc/rdfc/corpus.fixture.ts';
import { canonize } from '../src/standards/vc/rdfc/index.ts';
import type { ContextLoader, JsonObject, JsonValue } from '../src/standards/vc/types.ts';

const require = createRequire(import.meta.url);
const jsonld = require('jsonld') as {
  canonize(doc: unknown, options: Record<string, unknown>): Promise<string>;
};

const OURS_NS = 300_000_000n;
const THEIRS_NS = 300_000_000n;
const COPIES = 512;

/** The production loader's contexts, as a map for jsonld.js's document loader too. */
function contexts(): Map<string, JsonObject> {
  const map = new Map<string, JsonObject>(
    BUNDLED_CONTEXT_URLS.map((url) => [url, bundledContextLoader(url)!]),
  );
  map.set(EXAMPLES, EXAMPLES_CONTEXT);
  return map;
}

const DOCUMENTS: Array<[string, JsonObject]> = [
  ['vc+status+proof', TYPICAL_CREDENTIAL],
  ['vp+embedded-vc', CORPUS['presentation with embedded credential and proof']!],
  ['did-document', CORPUS['DID document with Multikey verification methods']!],
];

export async function benchRdfc(): Promise<Array<{ name: string; opsPerSec: number }>> {
  const ctx = contexts();
  const loader: ContextLoader = (url) => ctx.get(url);
  const documentLoader = async (url: string) => ({
    contextUrl: null,
    documentUrl: url,
    document: ctx.get(url),
  });
  const results: Array<{ name: string; opsPerSec: number }> = [];
  let sink = 0;
  for (const [name, doc] of DOCUMENTS) {
    const text = JSON.stringify(doc);
    const copies: JsonValue[] = Array.from({ length: COPIES }, () => JSON.parse(text) as JsonValue);
    const expected = await jsonld.canonize(JSON.parse(text), {
      algorithm: 'RDFC-1.0',
      format: 'application/n-quads',
      safe: true,
      documentLoader,
    });
    const check = canonize(JSON.parse(text) as JsonValue, loader);
    if (!check.ok || check.value !== expected) throw new Error(`rdfc bench: ${name} differs from jsonld.js`);

    // Ours: warm up (JIT, context cache), then time batches of fresh copies.
    for (const c of copies) sink += canonize(c, loader).ok ? 1 : 0;
    let ops = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0n;
    while (elapsed < OURS_NS) {
      for (const c of copies) sink += canonize(c, loader).ok ? 1 : 0;
      ops += copies.length;
      elapsed = process.hrtime.bigint() - start;
    }
    results.push({ name: `rdfc:${name}`, opsPerSec: Math.round((ops * 1e9) / Number(elapsed)) });

    // jsonld.js on the same documents.
    const options = { algorithm: 'RDFC-1.0', format: 'application/n-quads', safe: true, documentLoader };
    for (let i = 0; i < 20; i++) sink += (await jsonld.canonize(copies[i], options)).length;
    let theirs = 0;
    const t0 = process.hrtime.bigint();
    let t = 0n;
    while (t < THEIRS_NS) {
      sink += (await jsonld.canonize(copies[theirs % copies.length], options)).length;
      theirs++;
      t = process.hrtime.bigint() - t0;
    }
    results.push({ name: `jsonld.js:${name}`, opsPerSec: Math.round((theirs * 1e9) / Number(t)) });
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  if (sink < 0) throw new Error('unreachable');
  return results;
}
