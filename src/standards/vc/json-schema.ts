/**
 * A small JSON Schema validator: a SUBSET of JSON Schema 2020-12 (Validation vocabulary §6, Applicator §10),
 * enough for credential schemas declared with VCDM 2.0 §4.11 / "Verifiable Credentials JSON Schema" type
 * `JsonSchema`. Supported keywords: type, required, properties, additionalProperties, enum, const, pattern,
 * format (date-time only), items, minItems, maxItems, minLength, maxLength. Everything else ($ref, allOf,
 * oneOf, if/then, …) is ignored, so a schema relying on those is checked only partly. Schemas come from the
 * verifier's own configuration (deps.schemas), never from the credential. Never throws.
 */
import type { JsonValue } from './types.ts';
import { isObject, parseDateTime } from './util.ts';

export interface SchemaError {
  path: string;
  message: string;
}

const MAX_ERRORS = 20;
const MAX_DEPTH = 64;

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function matchesType(v: unknown, t: string): boolean {
  const actual = typeOf(v);
  return actual === t || (t === 'number' && actual === 'integer');
}

function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => jsonEqual(x, bb[i]));
  }
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  return (
    ka.length === kb.length &&
    ka.every(
      (k) =>
        Object.hasOwn(b as object, k) &&
        jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
    )
  );
}

const patternCache = new Map<string, RegExp | null>();
function compile(pattern: string): RegExp | null {
  let re = patternCache.get(pattern);
  if (re === undefined) {
    try {
      re = new RegExp(pattern, 'u');
    } catch {
      re = null;
    }
    if (patternCache.size < 256) patternCache.set(pattern, re);
  }
  return re;
}

function validate(value: unknown, schema: unknown, path: string, errors: SchemaError[], depth: number): void {
  if (errors.length >= MAX_ERRORS) return;
  if (schema === true || schema === undefined) return;
  if (schema === false) {
    errors.push({ path, message: 'no value is allowed here' });
    return;
  }
  if (!isObject(schema)) return;
  if (depth > MAX_DEPTH) {
    errors.push({ path, message: 'too deeply nested' });
    return;
  }
  const push = (message: string) => errors.push({ path: path || '/', message });

  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((t) => typeof t === 'string' && matchesType(value, t))) {
      push(`must be of type ${types.join(' or ')}`);
      return;
    }
  }
  if (schema.const !== undefined && !jsonEqual(value, schema.const))
    push(`must equal ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.some((e) => jsonEqual(value, e)))
    push(`must be one of ${JSON.stringify(schema.enum)}`);

  if (typeof value === 'string') {
    // JSON Schema counts code points, not UTF-16 units.
    const length = [...value].length;
    if (typeof schema.minLength === 'number' && length < schema.minLength)
      push(`must be at least ${schema.minLength} characters`);
    if (typeof schema.maxLength === 'number' && length > schema.maxLength)
      push(`must be at most ${schema.maxLength} characters`);
    if (typeof schema.pattern === 'string') {
      const re = compile(schema.pattern);
      if (re === null) push('the schema pattern is not a valid regular expression');
      else if (!re.test(value)) push(`must match ${schema.pattern}`);
    }
    // RFC 3339 date-time (JSON Schema §7.3.1): date, time and offset all required.
    if (
      schema.format === 'date-time' &&
      parseDateTime(value.replace(/^(\d{4}-\d{2}-\d{2})[t ]/, '$1T').replace(/z$/, 'Z')) === undefined
    )
      push('must be an RFC 3339 date-time');
  }

  if (Array.isArray(value)) {
    if (typeof schema.minItems === 'number' && value.length < schema.minItems)
      push(`must have at least ${schema.minItems} items`);
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems)
      push(`must have at most ${schema.maxItems} items`);
    if (schema.items !== undefined)
      for (let i = 0; i < value.length && errors.length < MAX_ERRORS; i++)
        validate(value[i], schema.items, `${path}/${i}`, errors, depth + 1);
  }

  if (isObject(value)) {
    if (Array.isArray(schema.required))
      for (const k of schema.required)
        if (typeof k === 'string' && !Object.hasOwn(value, k)) push(`must have property ${k}`);
    const props = isObject(schema.properties) ? schema.properties : {};
    for (const k of Object.keys(value)) {
      if (errors.length >= MAX_ERRORS) return;
      const childPath = `${path}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
      if (Object.hasOwn(props, k)) validate(value[k], props[k], childPath, errors, depth + 1);
      else if (schema.additionalProperties === false)
        errors.push({ path: childPath, message: 'is not allowed' });
      else if (isObject(schema.additionalProperties))
        validate(value[k], schema.additionalProperties, childPath, errors, depth + 1);
    }
  }
}

/** Validates `value` against the supported subset of `schema`; an empty array means valid. Paths are JSON Pointers. */
export function validateJsonSchema(value: JsonValue | unknown, schema: unknown): SchemaError[] {
  const errors: SchemaError[] = [];
  try {
    validate(value, schema, '', errors, 0);
  } catch {
    errors.push({ path: '/', message: 'the schema could not be applied' });
  }
  return errors;
}
