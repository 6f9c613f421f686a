/**
 * JSON-LD 1.1 context processing (JSON-LD 1.1 Processing Algorithms and API, W3C Recommendation 16 July 2020):
 * §4.1 Context Processing, §4.2 Create Term Definition, §5.2 IRI Expansion. Processing mode is always json-ld-1.1.
 *
 * Speed: processing a context is the expensive part of JSON-LD, so every derived active context is cached on the
 * active context it was derived from, keyed by the local context (object identity, URL, or its JSON text for inline
 * contexts) and the processing flags. A cache entry remembers every context document the loader returned while it
 * was built and is only reused if the loader still returns those very objects, so a different loader, or one whose
 * documents changed, never sees stale results. Active contexts are immutable once built; vocabulary-relative IRI
 * expansions of keys are memoised on them.
 */
import type { ContextLoader, JsonObject, JsonValue } from '../types.ts';
import { fail, JsonLdError } from './errors.ts';
import {
  endsWithGenDelim,
  hasKeywordForm,
  isAbsoluteIri,
  isAbsoluteIriOrBlank,
  isBlankNodeId,
  isKeyword,
  isWellFormedLanguageTag,
  resolveIri,
} from './iri.ts';

/** Container mapping as a bit set. */
export const C_LIST = 1;
export const C_SET = 2;
export const C_INDEX = 4;
export const C_LANGUAGE = 8;
export const C_GRAPH = 16;
export const C_ID = 32;
export const C_TYPE = 64;

const CONTAINER_BITS: Record<string, number> = {
  '@list': C_LIST,
  '@set': C_SET,
  '@index': C_INDEX,
  '@language': C_LANGUAGE,
  '@graph': C_GRAPH,
  '@id': C_ID,
  '@type': C_TYPE,
};

/** Limits against hostile contexts (§4.1.2 step 5.2.3 lets processors bound remote context recursion). */
export const MAX_REMOTE_CONTEXT_DEPTH = 32;
export const MAX_CONTEXT_NESTING = 64;
export const MAX_CONTEXT_WORK = 50_000;
const MAX_DERIVED_PER_CONTEXT = 512;
const MAX_MEMO_PER_CONTEXT = 4096;
const MAX_KEYED_CONTEXT_JSON = 16_384;

export interface TermDefinition {
  /** IRI mapping: an IRI, a blank node identifier, a keyword, or null (term explicitly unmapped). */
  id: string | null;
  reverse: boolean;
  /** Type mapping: '@id', '@vocab', '@json', '@none' or an IRI. */
  type: string | undefined;
  container: number;
  /** Language mapping; undefined when the term has none, null when explicitly none. */
  language: string | null | undefined;
  direction: 'ltr' | 'rtl' | null | undefined;
  /** Whether the definition has a local (scoped) context; `context` may itself be null. */
  hasContext: boolean;
  context: JsonValue | undefined;
  baseUrl: string | null;
  nest: string | undefined;
  prefix: boolean;
  protected: boolean;
  index: string | undefined;
}

interface CacheEntry {
  ctx: ActiveContext;
  /** Every (URL, document) the loader returned while building `ctx`. */
  deps: ReadonlyArray<readonly [string, JsonObject]>;
}

export class ActiveContext {
  terms: Map<string, TermDefinition>;
  base: string | null;
  originalBase: string | null;
  vocab: string | null = null;
  language: string | null = null;
  direction: 'ltr' | 'rtl' | null = null;
  /** Context to revert to when entering a new node object (set by non-propagated, i.e. type-scoped, contexts). */
  previous: ActiveContext | null = null;
  /** True once processing finished; only sealed contexts are cached or memoised. */
  sealed = false;
  private protectedCache: boolean | undefined;
  private readonly vocabMemo = new Map<string, string | null>();
  readonly derived = new Map<string, CacheEntry>();
  readonly derivedByObject = new WeakMap<object, Map<string, CacheEntry>>();

  constructor(base: string | null, terms?: Map<string, TermDefinition>) {
    this.base = base;
    this.originalBase = base;
    this.terms = terms ?? new Map();
  }

  clone(): ActiveContext {
    const c = new ActiveContext(this.base, new Map(this.terms));
    c.originalBase = this.originalBase;
    c.vocab = this.vocab;
    c.language = this.language;
    c.direction = this.direction;
    c.previous = this.previous;
    return c;
  }

  hasProtected(): boolean {
    if (this.protectedCache !== undefined) return this.protectedCache;
    let p = false;
    for (const d of this.terms.values()) {
      if (d.protected) {
        p = true;
        break;
      }
    }
    if (this.sealed) this.protectedCache = p;
    return p;
  }

  /** Memoised §5.2.2 IRI expansion with vocab = true (keys, `@type` values, `@type: @vocab` values). */
  expandVocab(value: string): string | null {
    const hit = this.vocabMemo.get(value);
    if (hit !== undefined || this.vocabMemo.has(value)) return hit ?? null;
    const r = expandIri(this, value, false, true);
    if (this.sealed && this.vocabMemo.size < MAX_MEMO_PER_CONTEXT) this.vocabMemo.set(value, r);
    return r;
  }
}

/** Per-call state: the loader, work counters and the documents loaded (for cache validation). */
export interface ProcessingState {
  loader: ContextLoader;
  work: number;
  nesting: number;
  deps: Array<readonly [string, JsonObject]>;
}

export function newState(loader: ContextLoader): ProcessingState {
  return { loader, work: 0, nesting: 0, deps: [] };
}

function spend(state: ProcessingState): void {
  if (++state.work > MAX_CONTEXT_WORK)
    fail('JSONLD_TOO_COMPLEX', 'context processing exceeds the work limit');
}

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function invalidContext(message: string): never {
  fail('JSONLD_INVALID_CONTEXT', message);
}

/** Shared initial active context: no base IRI (relative references stay relative and are refused in safe mode). */
const INITIAL = new ActiveContext(null);
INITIAL.sealed = true;

export function initialContext(): ActiveContext {
  return INITIAL;
}

function loadContext(state: ProcessingState, url: string): JsonObject {
  let doc: JsonObject | undefined;
  try {
    doc = state.loader(url);
  } catch {
    doc = undefined;
  }
  if (doc === undefined || doc === null) {
    fail(
      'JSONLD_CONTEXT_UNKNOWN',
      `context ${url} is not known to the context loader (contexts are never fetched)`,
    );
  }
  if (!isObject(doc)) invalidContext(`context document ${url} is not a JSON object`);
  state.deps.push([url, doc]);
  return doc;
}

function depsValid(state: ProcessingState, deps: CacheEntry['deps']): boolean {
  for (const [url, doc] of deps) {
    let now: JsonObject | undefined;
    try {
      now = state.loader(url);
    } catch {
      return false;
    }
    if (now !== doc) return false;
  }
  return true;
}

export interface ProcessOptions {
  baseUrl?: string | null;
  overrideProtected?: boolean;
  propagate?: boolean;
  /**
   * The local context is a scoped context held by a term definition, i.e. a private copy nobody else can modify,
   * so it may be cached by object identity. Contexts inside the caller's document are keyed by content instead.
   */
  owned?: boolean;
}

/**
 * JSON text of a small context, or undefined when it is larger than worth keying a cache on. Written by hand with a
 * size budget: a hostile context can share sub-objects (a DAG) so that its JSON text is exponentially long.
 */
function boundedJson(v: JsonValue, out: string[], budget: { left: number }): boolean {
  if (--budget.left < 0) return false;
  if (v === null || typeof v !== 'object') {
    const s = JSON.stringify(v);
    if (s === undefined) return false;
    budget.left -= s.length;
    out.push(s);
    return budget.left >= 0;
  }
  if (Array.isArray(v)) {
    out.push('[');
    for (let i = 0; i < v.length; i++) {
      if (i > 0) out.push(',');
      if (!boundedJson(v[i]!, out, budget)) return false;
    }
    out.push(']');
    return true;
  }
  out.push('{');
  let first = true;
  for (const k of Object.keys(v)) {
    if (!first) out.push(',');
    first = false;
    const ks = JSON.stringify(k);
    budget.left -= ks.length;
    out.push(ks, ':');
    if (!boundedJson(v[k]!, out, budget)) return false;
  }
  out.push('}');
  return true;
}

function stringKey(local: JsonValue): string | undefined {
  if (typeof local === 'string') return `s${local}`;
  if (local === null) return 'n';
  const out: string[] = ['j'];
  return boundedJson(local, out, { left: MAX_KEYED_CONTEXT_JSON }) ? out.join('') : undefined;
}

/**
 * Applies a local context to `active` (§4.1.2), using and filling the derived-context caches. This is the entry point
 * for expansion; recursion inside context processing goes through {@link processContext} directly.
 */
export function applyContext(
  state: ProcessingState,
  active: ActiveContext,
  local: JsonValue,
  options: ProcessOptions = {},
): ActiveContext {
  const flags = `${options.propagate === false ? 0 : 1}${options.overrideProtected ? 1 : 0}|${options.baseUrl ?? ''}`;
  const isObj = options.owned === true && typeof local === 'object' && local !== null;
  let byObject: Map<string, CacheEntry> | undefined;
  if (isObj) {
    byObject = active.derivedByObject.get(local);
    const hit = byObject?.get(flags);
    if (hit && depsValid(state, hit.deps)) return hit.ctx;
  }
  const key = stringKey(local);
  if (key !== undefined) {
    const hit = active.derived.get(flags + key);
    if (hit && depsValid(state, hit.deps)) {
      if (isObj) remember(active, local, flags, hit, byObject);
      return hit.ctx;
    }
  }
  state.deps = [];
  const ctx = processContext(state, active, local, options.baseUrl ?? null, [], {
    overrideProtected: options.overrideProtected ?? false,
    propagate: options.propagate ?? true,
    validateScoped: true,
  });
  ctx.sealed = true;
  const entry: CacheEntry = { ctx, deps: state.deps };
  state.deps = [];
  if (key !== undefined) {
    if (active.derived.size >= MAX_DERIVED_PER_CONTEXT) active.derived.clear();
    active.derived.set(flags + key, entry);
  }
  if (isObj) remember(active, local, flags, entry, byObject);
  return ctx;
}

function remember(
  active: ActiveContext,
  local: object,
  flags: string,
  entry: CacheEntry,
  byObject: Map<string, CacheEntry> | undefined,
): void {
  let m = byObject;
  if (!m) {
    m = new Map();
    active.derivedByObject.set(local, m);
  }
  m.set(flags, entry);
}

interface InternalOptions {
  overrideProtected: boolean;
  propagate: boolean;
  validateScoped: boolean;
}

/** §4.1.2 Context Processing Algorithm. */
export function processContext(
  state: ProcessingState,
  active: ActiveContext,
  localContext: JsonValue,
  baseUrl: string | null,
  remoteContexts: string[],
  opts: InternalOptions,
): ActiveContext {
  if (++state.nesting > MAX_CONTEXT_NESTING) {
    state.nesting--;
    fail('JSONLD_TOO_COMPLEX', 'contexts are nested too deeply');
  }
  try {
    spend(state);
    // Step 1.
    let result = active.clone();
    let propagate = opts.propagate;
    // Step 2.
    if (isObject(localContext) && '@propagate' in localContext) {
      const p = localContext['@propagate'];
      if (typeof p === 'boolean') propagate = p;
    }
    // Step 3.
    if (!propagate && result.previous === null) result.previous = active;
    // Step 4.
    const contexts = Array.isArray(localContext) ? localContext : [localContext];
    for (const item of contexts) {
      // Step 5.1.
      if (item === null) {
        if (!opts.overrideProtected && active.hasProtected()) {
          fail('JSONLD_PROTECTED_TERM_REDEFINITION', 'a context with protected terms cannot be set to null');
        }
        const prior = result;
        result = new ActiveContext(active.originalBase);
        if (!propagate) result.previous = prior;
        continue;
      }
      // Step 5.2: remote context.
      if (typeof item === 'string') {
        let url = item;
        if (!isAbsoluteIri(url)) {
          if (baseUrl === null) invalidContext(`relative context reference ${item} without a base URL`);
          url = resolveIri(baseUrl, item);
        }
        if (!opts.validateScoped && remoteContexts.includes(url)) continue;
        if (remoteContexts.length >= MAX_REMOTE_CONTEXT_DEPTH || remoteContexts.includes(url)) {
          fail('JSONLD_TOO_COMPLEX', `remote context ${url} is included recursively or too deeply`);
        }
        const doc = loadContext(state, url);
        if (!('@context' in doc)) invalidContext(`context document ${url} has no @context entry`);
        const nested = remoteContexts.slice();
        nested.push(url);
        result = processContext(state, result, doc['@context']!, url, nested, {
          overrideProtected: false,
          propagate: true,
          validateScoped: opts.validateScoped,
        });
        continue;
      }
      // Step 5.3.
      if (!isObject(item)) invalidContext('a local context must be null, a string (URL) or an object');
      let context: JsonObject = item;
      // Step 5.5 @version.
      if ('@version' in context && context['@version'] !== 1.1) invalidContext('@version must be 1.1');
      // Step 5.6 @import.
      if ('@import' in context) {
        const ref = context['@import'];
        if (typeof ref !== 'string') invalidContext('@import must be a string');
        let url = ref;
        if (!isAbsoluteIri(url)) {
          if (baseUrl === null) invalidContext(`relative @import ${ref} without a base URL`);
          url = resolveIri(baseUrl, ref);
        }
        const doc = loadContext(state, url);
        const imported = doc['@context'];
        if (!isObject(imported)) invalidContext(`@import ${url} does not contain a context object`);
        if ('@import' in imported) invalidContext(`imported context ${url} must not itself use @import`);
        const merged: JsonObject = { ...imported };
        for (const [k, v] of Object.entries(context)) if (k !== '@import') merged[k] = v;
        context = merged;
      }
      // Step 5.7 @base (ignored in remote contexts).
      if ('@base' in context && remoteContexts.length === 0) {
        const value = context['@base'];
        if (value === null) result.base = null;
        else if (typeof value === 'string' && isAbsoluteIri(value)) result.base = value;
        else if (typeof value === 'string' && result.base !== null)
          result.base = resolveIri(result.base, value);
        else invalidContext('@base must be null or an IRI (relative only when a base IRI is set)');
      }
      // Step 5.8 @vocab.
      if ('@vocab' in context) {
        const value = context['@vocab'];
        if (value === null) result.vocab = null;
        else if (typeof value === 'string') {
          const v = expandIri(result, value, true, true);
          if (v === null || !isAbsoluteIriOrBlank(v)) {
            // Safe mode: a relative vocabulary mapping would produce relative property IRIs (dropped data).
            invalidContext(`@vocab ${JSON.stringify(value)} does not expand to an absolute IRI`);
          }
          result.vocab = v;
        } else invalidContext('@vocab must be a string or null');
      }
      // Step 5.9 @language (lower-cased, as jsonld.js does; JSON-LD allows normalizing tags to lower case).
      if ('@language' in context) {
        const value = context['@language'];
        if (value === null) result.language = null;
        else if (typeof value === 'string') {
          if (!isWellFormedLanguageTag(value)) {
            fail(
              'JSONLD_INVALID_VALUE',
              `default language ${JSON.stringify(value)} is not a well-formed BCP 47 tag`,
            );
          }
          result.language = value.toLowerCase();
        } else invalidContext('@language must be a string or null');
      }
      // Step 5.10 @direction.
      if ('@direction' in context) {
        const value = context['@direction'];
        if (value === null || value === 'ltr' || value === 'rtl') result.direction = value;
        else invalidContext('@direction must be "ltr", "rtl" or null');
      }
      // Step 5.11 @propagate.
      if ('@propagate' in context && typeof context['@propagate'] !== 'boolean') {
        invalidContext('@propagate must be a boolean');
      }
      if ('@protected' in context && typeof context['@protected'] !== 'boolean') {
        invalidContext('@protected must be a boolean');
      }
      // Steps 5.12–5.13: term definitions.
      const defined = new Map<string, boolean>();
      const creation: Creation = {
        state,
        local: context,
        defined,
        baseUrl,
        protectedDefault: context['@protected'] === true,
        overrideProtected: opts.overrideProtected,
        remoteContexts,
      };
      for (const key of Object.keys(context)) {
        if (CONTEXT_KEYWORDS.has(key)) continue;
        createTermDefinition(result, creation, key);
      }
    }
    return result;
  } finally {
    state.nesting--;
  }
}

const CONTEXT_KEYWORDS = new Set([
  '@base',
  '@direction',
  '@import',
  '@language',
  '@propagate',
  '@protected',
  '@version',
  '@vocab',
]);

const TERM_DEFINITION_KEYS = new Set([
  '@id',
  '@reverse',
  '@container',
  '@context',
  '@direction',
  '@index',
  '@language',
  '@nest',
  '@prefix',
  '@protected',
  '@type',
]);

/** Everything Create Term Definition needs besides the context being built and the term. */
interface Creation {
  state: ProcessingState;
  local: JsonObject;
  defined: Map<string, boolean>;
  baseUrl: string | null;
  protectedDefault: boolean;
  overrideProtected: boolean;
  remoteContexts: string[];
}

function parseContainer(value: JsonValue): number {
  const items = Array.isArray(value) ? value : [value];
  let bits = 0;
  for (const v of items) {
    const b = typeof v === 'string' && Object.hasOwn(CONTAINER_BITS, v) ? CONTAINER_BITS[v] : undefined;
    if (b === undefined || bits & b) invalidContext(`invalid @container ${JSON.stringify(value)}`);
    bits |= b;
  }
  if (items.length <= 1) {
    if (bits === 0) invalidContext('empty @container');
    return bits;
  }
  // JSON-LD 1.1 API §4.2.2 step 21.1: @graph with @id or @index (optionally @set), or @set with one other.
  if (bits & C_LIST) invalidContext('@list cannot be combined with other containers');
  if (bits & C_GRAPH) {
    const rest = bits & ~(C_GRAPH | C_SET);
    if (rest === C_ID || rest === C_INDEX || (rest === 0 && bits & C_SET)) return bits;
    invalidContext(`invalid @container ${JSON.stringify(value)}`);
  }
  const rest = bits & ~C_SET;
  if (bits & C_SET && (rest === C_INDEX || rest === C_ID || rest === C_TYPE || rest === C_LANGUAGE))
    return bits;
  invalidContext(`invalid @container ${JSON.stringify(value)}`);
}

/** Deep JSON equality with a node budget (contexts can be DAGs whose trees are exponentially large). */
function jsonEqual(a: JsonValue | undefined, b: JsonValue | undefined, budget = { left: 100_000 }): boolean {
  if (a === b) return true;
  if (--budget.left < 0) fail('JSONLD_TOO_COMPLEX', 'scoped contexts are too large to compare');
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!jsonEqual(a[i], b[i], budget)) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (!Object.hasOwn(b, k) || !jsonEqual(a[k], b[k], budget)) return false;
  return true;
}

/** §4.2.2, protected terms: "the same as previous definition (other than the value of protected)". */
function sameDefinition(a: TermDefinition, b: TermDefinition): boolean {
  return (
    a.id === b.id &&
    a.reverse === b.reverse &&
    a.type === b.type &&
    a.container === b.container &&
    a.language === b.language &&
    a.direction === b.direction &&
    a.hasContext === b.hasContext &&
    jsonEqual(a.context, b.context) &&
    a.nest === b.nest &&
    a.prefix === b.prefix &&
    a.index === b.index
  );
}

function indexOfColonAfterFirst(s: string): number {
  const i = s.indexOf(':', 1);
  return i;
}

/** §4.2.2 Create Term Definition. */
function createTermDefinition(ctx: ActiveContext, c: Creation, term: string): void {
  // Step 1.
  const state = c.defined.get(term);
  if (state === true) return;
  if (state === false) invalidContext(`cyclic IRI mapping for term ${JSON.stringify(term)}`);
  // Step 2.
  if (term === '') invalidContext('the empty string is not a valid term');
  c.defined.set(term, false);
  spend(c.state);
  // Step 3.
  let value = c.local[term];
  // Step 4: only `@type` may be (re)defined among keywords, and only as a @set container.
  if (term === '@type') {
    if (!isObject(value)) invalidContext('@type can only be defined as {"@container": "@set"}');
    for (const k of Object.keys(value)) {
      if (!(k === '@container' && value[k] === '@set') && k !== '@protected') {
        invalidContext('@type can only be defined as {"@container": "@set"}');
      }
    }
  } else if (isKeyword(term)) {
    invalidContext(`keyword ${term} cannot be redefined`);
  } else if (hasKeywordForm(term)) {
    // Reserved for future keywords; JSON-LD ignores it with a warning, jsonld.js safe mode refuses it.
    invalidContext(`term ${JSON.stringify(term)} has the form of a keyword`);
  }
  // Step 5.
  const previous = ctx.terms.get(term);
  ctx.terms.delete(term);
  // Steps 6–8.
  let simpleTerm = false;
  if (value === null) value = { '@id': null };
  else if (typeof value === 'string') {
    value = { '@id': value };
    simpleTerm = true;
  } else if (!isObject(value)) invalidContext(`invalid term definition for ${JSON.stringify(term)}`);
  const v = value as JsonObject;
  // Step 10.
  const def: TermDefinition = {
    id: null,
    reverse: false,
    type: undefined,
    container: 0,
    language: undefined,
    direction: undefined,
    hasContext: false,
    context: undefined,
    baseUrl: null,
    nest: undefined,
    prefix: false,
    protected: c.protectedDefault,
    index: undefined,
  };
  for (const k of Object.keys(v)) {
    if (!TERM_DEFINITION_KEYS.has(k))
      invalidContext(`invalid key ${k} in the definition of ${JSON.stringify(term)}`);
  }
  // Step 11 @protected.
  if ('@protected' in v) {
    if (typeof v['@protected'] !== 'boolean') invalidContext('@protected must be a boolean');
    def.protected = v['@protected'];
  }
  // Step 12 @type.
  if ('@type' in v) {
    const t = v['@type'];
    if (typeof t !== 'string') invalidContext(`@type of ${JSON.stringify(term)} must be a string`);
    const type = expandIri(ctx, t, false, true, c);
    if (
      type === null ||
      !(type === '@id' || type === '@json' || type === '@none' || type === '@vocab' || isAbsoluteIri(type))
    ) {
      invalidContext(`invalid type mapping ${JSON.stringify(t)} for ${JSON.stringify(term)}`);
    }
    def.type = type;
  }
  const colon = indexOfColonAfterFirst(term);
  // Step 13 @reverse.
  if ('@reverse' in v) {
    if ('@id' in v || '@nest' in v) invalidContext('a reverse property cannot have @id or @nest');
    const r = v['@reverse'];
    if (typeof r !== 'string') invalidContext('@reverse must be a string');
    if (hasKeywordForm(r)) invalidContext(`@reverse ${JSON.stringify(r)} has the form of a keyword`);
    const id = expandIri(ctx, r, false, true, c);
    if (id === null || !isAbsoluteIriOrBlank(id))
      invalidContext(`@reverse ${JSON.stringify(r)} is not an IRI`);
    def.id = id;
    def.reverse = true;
  } else if ('@id' in v && v['@id'] !== term) {
    // Step 14.
    const idValue = v['@id'];
    if (idValue === null) {
      def.id = null;
    } else {
      if (typeof idValue !== 'string') invalidContext(`@id of ${JSON.stringify(term)} must be a string`);
      if (!isKeyword(idValue) && hasKeywordForm(idValue)) {
        invalidContext(`@id ${JSON.stringify(idValue)} has the form of a keyword`);
      }
      const id = expandIri(ctx, idValue, false, true, c);
      if (id === null || !(isKeyword(id) || isAbsoluteIriOrBlank(id))) {
        invalidContext(`@id ${JSON.stringify(idValue)} of ${JSON.stringify(term)} is not an IRI or keyword`);
      }
      if (id === '@context') invalidContext('@context cannot be aliased');
      def.id = id;
      // Step 14.2.4: a term that looks like an IRI must expand to its own mapping.
      if ((colon > 0 && colon < term.length - 1) || term.includes('/')) {
        c.defined.set(term, true);
        if (expandIri(ctx, term, false, true, c) !== id) {
          invalidContext(`term ${JSON.stringify(term)} looks like an IRI but maps to a different one`);
        }
      }
      // Step 14.2.5: prefix flag for simple terms.
      if (
        !term.includes(':') &&
        !term.includes('/') &&
        simpleTerm &&
        (endsWithGenDelim(id) || isBlankNodeId(id))
      ) {
        def.prefix = true;
      }
    }
  } else if (colon > 0) {
    // Step 15: compact IRI or absolute IRI as term.
    const prefix = term.slice(0, colon);
    const suffix = term.slice(colon + 1);
    if (prefix !== '_' && !suffix.startsWith('//') && Object.hasOwn(c.local, prefix)) {
      createTermDefinition(ctx, c, prefix);
    }
    const pdef = prefix === '_' || suffix.startsWith('//') ? undefined : ctx.terms.get(prefix);
    if (pdef !== undefined) {
      if (pdef.id === null) invalidContext(`prefix ${prefix} of ${JSON.stringify(term)} has no IRI mapping`);
      def.id = pdef.id + suffix;
    } else def.id = term;
  } else if (term.includes('/')) {
    // Step 16: relative IRI as term.
    const id = expandIri(ctx, term, false, true);
    if (id === null || !isAbsoluteIri(id))
      invalidContext(`term ${JSON.stringify(term)} does not expand to an IRI`);
    def.id = id;
  } else if (term === '@type') {
    // Step 17.
    def.id = '@type';
  } else if (ctx.vocab !== null) {
    // Step 18.
    def.id = ctx.vocab + term;
  } else {
    invalidContext(`term ${JSON.stringify(term)} has no IRI mapping and there is no @vocab`);
  }
  // Step 19 @container.
  if ('@container' in v) {
    const bits = parseContainer(v['@container']!);
    if (def.reverse && bits & ~(C_SET | C_INDEX))
      invalidContext('reverse properties only allow @set and @index');
    def.container = bits;
    if (bits & C_TYPE) {
      if (def.type === undefined) def.type = '@id';
      if (def.type !== '@id' && def.type !== '@vocab')
        invalidContext('a @type container needs @type @id or @vocab');
    }
  }
  // Step 20 @index.
  if ('@index' in v) {
    const index = v['@index'];
    if (!(def.container & C_INDEX) || typeof index !== 'string')
      invalidContext('invalid @index in term definition');
    const expanded = expandIri(ctx, index, false, true, c);
    if (expanded === null || !isAbsoluteIri(expanded)) invalidContext('@index must expand to an IRI');
    def.index = index;
  }
  // Step 21 @context: validated now (result discarded), re-applied when used.
  if ('@context' in v) {
    const scoped = v['@context']!;
    try {
      processContext(c.state, ctx, scoped, c.baseUrl, c.remoteContexts.slice(), {
        overrideProtected: true,
        propagate: true,
        validateScoped: false,
      });
    } catch (e) {
      if (
        e instanceof JsonLdError &&
        (e.code === 'JSONLD_CONTEXT_UNKNOWN' ||
          e.code === 'JSONLD_TOO_COMPLEX' ||
          e.code === 'JSONLD_INVALID_CONTEXT')
      ) {
        throw e;
      }
      invalidContext(`invalid scoped context for ${JSON.stringify(term)}: ${(e as Error).message}`);
    }
    def.hasContext = true;
    // A private copy: expansion caches derived contexts by the identity of this value, so it must never change.
    def.context = typeof scoped === 'object' && scoped !== null ? structuredClone(scoped) : scoped;
    def.baseUrl = c.baseUrl;
  }
  // Step 22 @language.
  if ('@language' in v && !('@type' in v)) {
    const lang = v['@language'];
    if (lang === null) def.language = null;
    else if (typeof lang === 'string') {
      if (!isWellFormedLanguageTag(lang)) {
        fail('JSONLD_INVALID_VALUE', `language ${JSON.stringify(lang)} is not a well-formed BCP 47 tag`);
      }
      def.language = lang.toLowerCase();
    } else invalidContext('@language must be a string or null');
  }
  // Step 23 @direction.
  if ('@direction' in v && !('@type' in v)) {
    const d = v['@direction'];
    if (d === null || d === 'ltr' || d === 'rtl') def.direction = d;
    else invalidContext('@direction must be "ltr", "rtl" or null');
  }
  // Step 24 @nest.
  if ('@nest' in v) {
    const n = v['@nest'];
    if (typeof n !== 'string' || (isKeyword(n) && n !== '@nest')) invalidContext('invalid @nest value');
    def.nest = n;
  }
  // Step 25 @prefix.
  if ('@prefix' in v) {
    if (term.includes(':') || term.includes('/'))
      invalidContext('@prefix is not allowed on compact IRIs or IRIs');
    const p = v['@prefix'];
    if (typeof p !== 'boolean') invalidContext('@prefix must be a boolean');
    if (p && def.id !== null && isKeyword(def.id)) invalidContext('a keyword alias cannot be a prefix');
    def.prefix = p;
  }
  // Protected terms may only be redefined identically (unless overriding, i.e. property-scoped contexts).
  let final = def;
  if (!c.overrideProtected && previous?.protected) {
    if (!sameDefinition(def, previous)) {
      fail(
        'JSONLD_PROTECTED_TERM_REDEFINITION',
        `protected term ${JSON.stringify(term)} cannot be redefined`,
      );
    }
    final = previous;
  }
  ctx.terms.set(term, final);
  c.defined.set(term, true);
}

/**
 * §5.2.2 IRI Expansion. `creation` is present during context processing, so that terms of the local context that
 * are needed are defined first (steps 3 and 6.3).
 */
export function expandIri(
  ctx: ActiveContext,
  value: string,
  documentRelative: boolean,
  vocab: boolean,
  creation?: Creation,
): string | null {
  // Step 1.
  if (isKeyword(value)) return value;
  // Step 2.
  if (hasKeywordForm(value)) return null;
  // Step 3.
  if (creation && Object.hasOwn(creation.local, value) && creation.defined.get(value) !== true) {
    createTermDefinition(ctx, creation, value);
  }
  // Steps 4–5.
  const def = ctx.terms.get(value);
  if (def !== undefined) {
    if (def.id !== null && isKeyword(def.id)) return def.id;
    if (vocab) return def.id;
  }
  // Step 6: compact IRI, blank node identifier or absolute IRI.
  const colon = value.indexOf(':', 1);
  if (colon > 0) {
    const prefix = value.slice(0, colon);
    const suffix = value.slice(colon + 1);
    if (prefix === '_' || suffix.startsWith('//')) return value;
    if (creation && Object.hasOwn(creation.local, prefix) && creation.defined.get(prefix) !== true) {
      createTermDefinition(ctx, creation, prefix);
    }
    const pdef = ctx.terms.get(prefix);
    if (pdef !== undefined && pdef.id !== null && pdef.prefix) return pdef.id + suffix;
    if (isAbsoluteIri(value)) return value;
  }
  // Step 7.
  if (vocab && ctx.vocab !== null) return ctx.vocab + value;
  // Step 8.
  if (documentRelative && ctx.base !== null) return resolveIri(ctx.base, value);
  return value;
}
