/**
 * JSON Canonicalization Scheme (RFC 8785), the lexical form JSON-LD 1.1 uses for `@json` literals (rdf:JSON,
 * JSON-LD 1.1 API §8.2 Object to RDF Conversion step 8; the REC points to JCS as the canonical form).
 *
 * RFC 8785 §3.2.2: primitives are serialized as ECMAScript's JSON.stringify does (numbers in the ES shortest
 * round-trip form, strings with the minimal escapes); §3.2.3: object members sorted by the UTF-16 code units of
 * their names, which is what the default `Array.prototype.sort` compares.
 */
import type { JsonValue } from '../types.ts';
import { fail } from './errors.ts';

const MAX_JSON_DEPTH = 256;
/** Values visited; a JSON value built in memory can share sub-objects, making its text exponentially long. */
const MAX_JSON_NODES = 1_000_000;

function write(v: JsonValue, depth: number, budget: { left: number }): string {
  if (depth > MAX_JSON_DEPTH) fail('JSONLD_TOO_COMPLEX', 'JSON literal is nested too deeply');
  if (--budget.left < 0) fail('JSONLD_TOO_COMPLEX', 'JSON literal is too large');
  if (v === null) return 'null';
  switch (typeof v) {
    case 'boolean':
      return v ? 'true' : 'false';
    case 'number':
      if (!Number.isFinite(v)) fail('JSONLD_INVALID_VALUE', 'JSON literals cannot contain NaN or Infinity');
      return JSON.stringify(v);
    case 'string':
      return JSON.stringify(v);
    case 'object': {
      if (Array.isArray(v)) {
        let out = '[';
        for (let i = 0; i < v.length; i++) out += (i > 0 ? ',' : '') + write(v[i]!, depth + 1, budget);
        return `${out}]`;
      }
      const keys = Object.keys(v).sort();
      let out = '{';
      let first = true;
      for (const k of keys) {
        const item = v[k];
        if (item === undefined) continue;
        out += `${first ? '' : ','}${JSON.stringify(k)}:${write(item, depth + 1, budget)}`;
        first = false;
      }
      return `${out}}`;
    }
    default:
      fail('JSONLD_INVALID_VALUE', `JSON literals cannot contain ${typeof v}`);
  }
}

export function canonicalJson(v: JsonValue): string {
  return write(v, 0, { left: MAX_JSON_NODES });
}
