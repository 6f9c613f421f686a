/** Small shared helpers: shape tests, URL and XML Schema dateTime checks, bounded JSON walks. */
import type { JsonObject, JsonValue, VcProblem } from './types.ts';

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A value or an array of values, as the VC data model allows for most properties ("one or more"). */
export function asArray(v: unknown): unknown[] {
  return Array.isArray(v) ? v : v === undefined ? [] : [v];
}

const SCHEME_RE = /^[A-Za-z][A-Za-z0-9+.-]*:/;
// Whitespace and control characters are never part of a URL (RFC 3986 §2); refusing them blocks look-alikes.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
const BAD_URL_CHAR_RE = /[\u0000-\u0020\u007f-\u009f<>"{}|\\^`]/;
export const MAX_URL_LENGTH = 4096;

/** An absolute URL (RFC 3986 scheme + WHATWG-parsable), e.g. https:, did:, urn:. */
export function isUrl(v: unknown): v is string {
  if (typeof v !== 'string' || v.length === 0 || v.length > MAX_URL_LENGTH) return false;
  if (!SCHEME_RE.test(v) || BAD_URL_CHAR_RE.test(v)) return false;
  return URL.canParse(v);
}

/** A DID URL with a fragment: `did:method:id#fragment`. */
export function isDidUrlWithFragment(v: unknown): v is string {
  return typeof v === 'string' && v.length <= MAX_URL_LENGTH && /^did:[a-z0-9]+:[^#\s]+#[^#\s]+$/.test(v);
}

// XML Schema 1.1 Part 2 §3.3.7 dateTime lexical space; the timezone group is what makes it a dateTimeStamp.
const DATETIME_RE =
  /^(-?(?:[1-9][0-9]{3,}|0[0-9]{3}))-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T(?:([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(\.[0-9]+)?|(24):(00):(00)(\.0+)?)(Z|[+-](?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00))?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Parses an XML Schema dateTime. With `requireTimezone` (dateTimeStamp, as VCDM 2.0 §4.6 requires for
 * validFrom/validUntil) a missing timezone is an error. Returns epoch milliseconds or undefined.
 */
export function parseDateTime(v: unknown, requireTimezone = true): number | undefined {
  if (typeof v !== 'string' || v.length > 64) return undefined;
  const m = DATETIME_RE.exec(v);
  if (!m) return undefined;
  // Groups: 1 year, 2 month, 3 day, 4-7 h:m:s.frac, 8-11 the 24:00:00 end-of-day form, 12 timezone.
  const tz = m[12];
  if (requireTimezone && tz === undefined) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (day > daysInMonth(year, month)) return undefined;
  const endOfDay = m[8] !== undefined;
  const hour = endOfDay ? 24 : Number(m[4]);
  const minute = endOfDay ? 0 : Number(m[5]);
  const second = endOfDay ? 0 : Number(m[6]);
  const ms = !endOfDay && m[7] ? Math.floor(Number(`0${m[7]}`) * 1000) : 0;
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, ms);
  let t = d.getTime();
  if (tz && tz !== 'Z') {
    const sign = tz[0] === '-' ? -1 : 1;
    const offset = (Number(tz.slice(1, 3)) * 60 + Number(tz.slice(4, 6))) * 60_000;
    t -= sign * offset;
  }
  return Number.isFinite(t) ? t : undefined;
}

export interface JsonBounds {
  maxDepth: number;
  maxNodes: number;
}

export const DEFAULT_JSON_BOUNDS: JsonBounds = { maxDepth: 64, maxNodes: 200_000 };

/**
 * Walks a JSON value iteratively (no recursion, so hostile nesting cannot overflow the stack) and reports the
 * first bound it exceeds. Run before any recursive processing (canonicalisation, JSON-LD expansion).
 */
export function checkJsonBounds(
  value: unknown,
  bounds: JsonBounds = DEFAULT_JSON_BOUNDS,
): VcProblem | undefined {
  const stack: Array<[unknown, number]> = [[value, 0]];
  let nodes = 0;
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (++nodes > bounds.maxNodes)
      return { code: 'VC_TOO_LARGE', message: `more than ${bounds.maxNodes} JSON values` };
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= bounds.maxDepth)
      return { code: 'VC_TOO_DEEP', message: `JSON nested deeper than ${bounds.maxDepth} levels` };
    if (Array.isArray(v)) for (const item of v) stack.push([item, depth + 1]);
    else for (const item of Object.values(v)) stack.push([item, depth + 1]);
  }
  return undefined;
}

/** Issuer id of a credential: the string, or the `id` of the issuer object. */
export function issuerId(vc: unknown): string | undefined {
  if (!isObject(vc)) return undefined;
  const iss = vc.issuer;
  if (typeof iss === 'string') return iss;
  if (isObject(iss) && typeof iss.id === 'string') return iss.id;
  return undefined;
}

/** Holder id of a presentation. */
export function holderId(vp: unknown): string | undefined {
  if (!isObject(vp)) return undefined;
  const h = vp.holder;
  if (typeof h === 'string') return h;
  if (isObject(h) && typeof h.id === 'string') return h.id;
  return undefined;
}

export function typesOf(v: unknown): string[] {
  if (!isObject(v)) return [];
  return asArray(v.type).filter((t): t is string => typeof t === 'string');
}

export function withoutKey(obj: JsonObject, key: string): JsonObject {
  const out: JsonObject = {};
  for (const k of Object.keys(obj)) if (k !== key) out[k] = obj[k] as JsonValue;
  return out;
}
