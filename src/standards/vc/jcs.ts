/**
 * JSON Canonicalization Scheme, RFC 8785. §3.2.2: literals as-is; numbers serialised exactly as ECMAScript's
 * Number.prototype.toString (which `String(n)` is, -0 → "0"); strings escaped as ECMAScript JSON.stringify does
 * (RFC 8785 §3.2.2.2) — lone surrogates are an error; §3.2.3: object members sorted by their names as arrays of
 * UTF-16 code units (JavaScript's default string comparison), recursively; array order kept.
 */
import type { JsonValue, Result } from './types.ts';

export class JcsError extends Error {
  constructor(
    readonly code: 'JCS_INVALID_NUMBER' | 'JCS_INVALID_STRING' | 'JCS_INVALID_VALUE' | 'JCS_TOO_DEEP',
    message: string,
    readonly path: string,
  ) {
    super(message);
  }
}

/** Nesting deeper than this is refused (recursion would otherwise be bounded only by the stack). */
export const JCS_MAX_DEPTH = 256;

// Lone surrogate: high not followed by low, or low not preceded by high.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function str(s: string, path: string): string {
  if (LONE_SURROGATE.test(s))
    throw new JcsError('JCS_INVALID_STRING', 'string contains a lone surrogate', path);
  return JSON.stringify(s);
}

function write(value: unknown, out: string[], depth: number, path: string): void {
  if (value === null) {
    out.push('null');
    return;
  }
  switch (typeof value) {
    case 'boolean':
      out.push(value ? 'true' : 'false');
      return;
    case 'number':
      // I-JSON (RFC 7493) numbers only: NaN and ±Infinity have no JSON form.
      if (!Number.isFinite(value))
        throw new JcsError('JCS_INVALID_NUMBER', 'NaN and Infinity are not JSON', path);
      out.push(String(value));
      return;
    case 'string':
      out.push(str(value, path));
      return;
    case 'object': {
      if (depth >= JCS_MAX_DEPTH)
        throw new JcsError('JCS_TOO_DEEP', `nesting deeper than ${JCS_MAX_DEPTH}`, path);
      if (Array.isArray(value)) {
        out.push('[');
        for (let i = 0; i < value.length; i++) {
          if (i > 0) out.push(',');
          write(value[i], out, depth + 1, `${path}[${i}]`);
        }
        out.push(']');
        return;
      }
      const proto = Object.getPrototypeOf(value);
      if (proto !== Object.prototype && proto !== null)
        throw new JcsError('JCS_INVALID_VALUE', 'only plain objects are JSON objects', path);
      const obj = value as Record<string, unknown>;
      // Default sort compares UTF-16 code units, exactly RFC 8785 §3.2.3.
      const keys = Object.keys(obj).sort();
      out.push('{');
      let first = true;
      for (const k of keys) {
        const v = obj[k];
        if (v === undefined) continue; // as JSON.stringify: an absent member
        if (!first) out.push(',');
        first = false;
        out.push(str(k, path), ':');
        write(v, out, depth + 1, path ? `${path}.${k}` : k);
      }
      out.push('}');
      return;
    }
    default:
      throw new JcsError('JCS_INVALID_VALUE', `${typeof value} is not a JSON value`, path);
  }
}

/**
 * RFC 8785 canonical form of `value`. Throws `JcsError` for values JSON cannot carry (NaN, Infinity, lone
 * surrogates, non-plain objects, nesting deeper than 256); use `canonicalizeJsonResult` on untrusted input.
 */
export function canonicalizeJson(value: JsonValue): string {
  const out: string[] = [];
  write(value, out, 0, '');
  return out.join('');
}

/** As `canonicalizeJson`, returning problems instead of throwing. */
export function canonicalizeJsonResult(value: unknown): Result<string> {
  try {
    const out: string[] = [];
    write(value, out, 0, '');
    return { ok: true, value: out.join('') };
  } catch (e) {
    if (e instanceof JcsError)
      return { ok: false, problems: [{ code: e.code, message: e.message, path: e.path }] };
    return { ok: false, problems: [{ code: 'JCS_INVALID_VALUE', message: 'value cannot be canonicalised' }] };
  }
}
