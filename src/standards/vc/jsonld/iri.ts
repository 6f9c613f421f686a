/**
 * IRI and keyword helpers for the JSON-LD 1.1 algorithms (https://www.w3.org/TR/json-ld11-api/).
 * Plain loops rather than regular expressions: these run for every key and value of every document.
 */

/** JSON-LD 1.1 keywords (JSON-LD 1.1 §1.7 Syntax Tokens and Keywords, plus the framing keywords). */
export const KEYWORDS: ReadonlySet<string> = new Set([
  '@base',
  '@container',
  '@context',
  '@default',
  '@direction',
  '@embed',
  '@explicit',
  '@graph',
  '@id',
  '@import',
  '@included',
  '@index',
  '@json',
  '@language',
  '@list',
  '@nest',
  '@none',
  '@omitDefault',
  '@prefix',
  '@preserve',
  '@propagate',
  '@protected',
  '@requireAll',
  '@reverse',
  '@set',
  '@type',
  '@value',
  '@version',
  '@vocab',
]);

export function isKeyword(s: string): boolean {
  return s.charCodeAt(0) === 0x40 && KEYWORDS.has(s);
}

function isAlpha(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** "has the form of a keyword": the ABNF `"@"1*ALPHA` (JSON-LD 1.1 API §4.2.2 step 5, §5.2.2 step 2). */
export function hasKeywordForm(s: string): boolean {
  if (s.length < 2 || s.charCodeAt(0) !== 0x40) return false;
  for (let i = 1; i < s.length; i++) if (!isAlpha(s.charCodeAt(i))) return false;
  return true;
}

/** Whitespace as matched by `\s` in ECMAScript regular expressions. */
function isWhitespace(c: number): boolean {
  return (
    (c >= 0x09 && c <= 0x0d) ||
    c === 0x20 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * True when `s` has the form of an absolute IRI: an RFC 3986 scheme (`ALPHA *( ALPHA / DIGIT / "+" / "-" / "." )`),
 * a colon, and no whitespace. Blank node identifiers (`_:`) are not IRIs.
 */
export function isAbsoluteIri(s: string): boolean {
  const colon = s.indexOf(':');
  if (colon < 1 || !isAlpha(s.charCodeAt(0))) return false;
  for (let i = 1; i < colon; i++) {
    const c = s.charCodeAt(i);
    if (!(isAlpha(c) || isDigit(c) || c === 0x2b || c === 0x2d || c === 0x2e)) return false;
  }
  for (let i = colon + 1; i < s.length; i++) if (isWhitespace(s.charCodeAt(i))) return false;
  return true;
}

export function isBlankNodeId(s: string): boolean {
  return s.charCodeAt(0) === 0x5f && s.charCodeAt(1) === 0x3a; // "_:"
}

/** An absolute IRI or a blank node identifier: what IRI expansion must produce for data not to be dropped. */
export function isAbsoluteIriOrBlank(s: string): boolean {
  return isBlankNodeId(s) || isAbsoluteIri(s);
}

/** Well-formed per the simple BCP 47 shape `1*8ALPHA *("-" 1*8alphanum)` (what jsonld.js checks in safe mode). */
export function isWellFormedLanguageTag(s: string): boolean {
  let i = 0;
  const n = s.length;
  let run = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2d) break;
    if (!isAlpha(c) || ++run > 8) return false;
  }
  if (run === 0) return false;
  while (i < n) {
    // s[i] is '-'
    i++;
    run = 0;
    for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x2d) break;
      if (!(isAlpha(c) || isDigit(c)) || ++run > 8) return false;
    }
    if (run === 0) return false;
  }
  return true;
}

/** RFC 3986 §2.2 gen-delims: `:` `/` `?` `#` `[` `]` `@` (decides the prefix flag of simple terms). */
export function endsWithGenDelim(s: string): boolean {
  switch (s.charCodeAt(s.length - 1)) {
    case 0x3a:
    case 0x2f:
    case 0x3f:
    case 0x23:
    case 0x5b:
    case 0x5d:
    case 0x40:
      return true;
    default:
      return false;
  }
}

interface Parts {
  scheme: string;
  authority: string | undefined;
  path: string;
  query: string | undefined;
  fragment: string | undefined;
}

/** Splits a URI reference into its RFC 3986 §3 components (appendix B, without the regular expression). */
function parse(ref: string): Parts {
  let rest = ref;
  let fragment: string | undefined;
  const hash = rest.indexOf('#');
  if (hash >= 0) {
    fragment = rest.slice(hash + 1);
    rest = rest.slice(0, hash);
  }
  let query: string | undefined;
  const q = rest.indexOf('?');
  if (q >= 0) {
    query = rest.slice(q + 1);
    rest = rest.slice(0, q);
  }
  let scheme = '';
  const colon = rest.indexOf(':');
  const slash = rest.indexOf('/');
  if (colon > 0 && (slash < 0 || colon < slash) && isAlpha(rest.charCodeAt(0))) {
    scheme = rest.slice(0, colon);
    rest = rest.slice(colon + 1);
  }
  let authority: string | undefined;
  if (rest.startsWith('//')) {
    const end = rest.indexOf('/', 2);
    authority = end < 0 ? rest.slice(2) : rest.slice(2, end);
    rest = end < 0 ? '' : rest.slice(end);
  }
  return { scheme, authority, path: rest, query, fragment };
}

/** RFC 3986 §5.2.4 remove_dot_segments. */
function removeDotSegments(path: string): string {
  let input = path;
  const out: string[] = [];
  while (input.length > 0) {
    if (input.startsWith('../')) input = input.slice(3);
    else if (input.startsWith('./')) input = input.slice(2);
    else if (input.startsWith('/./')) input = input.slice(2);
    else if (input === '/.') input = '/';
    else if (input.startsWith('/../')) {
      input = input.slice(3);
      out.pop();
    } else if (input === '/..') {
      input = '/';
      out.pop();
    } else if (input === '.' || input === '..') input = '';
    else {
      const start = input.charCodeAt(0) === 0x2f ? 1 : 0;
      const next = input.indexOf('/', start);
      const segment = next < 0 ? input : input.slice(0, next);
      out.push(segment);
      input = next < 0 ? '' : input.slice(next);
    }
  }
  return out.join('');
}

/**
 * Resolves `ref` against the absolute IRI `base` with the basic algorithm of RFC 3986 §5.2 (no normalization), as
 * JSON-LD 1.1 API §5.2.2 step 8 requires.
 */
export function resolveIri(base: string, ref: string): string {
  const r = parse(ref);
  const b = parse(base);
  let authority: string | undefined;
  let path: string;
  let query: string | undefined;
  if (r.scheme !== '') {
    return ref;
  }
  if (r.authority !== undefined) {
    authority = r.authority;
    path = removeDotSegments(r.path);
    query = r.query;
  } else {
    authority = b.authority;
    if (r.path === '') {
      path = b.path;
      query = r.query !== undefined ? r.query : b.query;
    } else {
      if (r.path.charCodeAt(0) === 0x2f) path = removeDotSegments(r.path);
      else {
        // §5.2.3 merge
        const merged =
          b.authority !== undefined && b.path === ''
            ? `/${r.path}`
            : b.path.slice(0, b.path.lastIndexOf('/') + 1) + r.path;
        path = removeDotSegments(merged);
      }
      query = r.query;
    }
  }
  let out = `${b.scheme}:`;
  if (authority !== undefined) out += `//${authority}`;
  out += path;
  if (query !== undefined) out += `?${query}`;
  if (r.fragment !== undefined) out += `#${r.fragment}`;
  return out;
}
