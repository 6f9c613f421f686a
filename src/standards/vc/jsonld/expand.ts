/**
 * JSON-LD 1.1 Expansion (JSON-LD 1.1 Processing Algorithms and API §5.1 Expansion Algorithm, §5.3 Value Expansion),
 * in "safe mode": wherever the algorithm would silently drop data (an undefined property, a relative IRI, a
 * free-floating value, a null value object…), this implementation stops with an error instead, like jsonld.js with
 * `safe: true`. Features outside what credentials need are refused rather than half-supported: `@direction` (no RDF
 * form without rdfDirection), `@id`/`@type` maps, property-valued indexes, `@graph` maps, scoped contexts on `@nest`
 * terms.
 *
 * The output is the expanded document as plain JSON (arrays of node objects), consumed by `to-rdf.ts`.
 */
import type { ContextLoader, JsonObject, JsonValue } from '../types.ts';
import {
  type ActiveContext,
  applyContext,
  C_GRAPH,
  C_ID,
  C_INDEX,
  C_LANGUAGE,
  C_LIST,
  C_TYPE,
  expandIri,
  initialContext,
  newState,
  type ProcessingState,
  type TermDefinition,
} from './context.ts';
import { fail, JsonLdError } from './errors.ts';
import { isAbsoluteIri, isAbsoluteIriOrBlank, isKeyword, isWellFormedLanguageTag } from './iri.ts';

export const MAX_DEPTH = 256;
export const MAX_ELEMENTS = 200_000;

interface ExpandState {
  cs: ProcessingState;
  depth: number;
  elements: number;
  /** Path of keys and indexes from the document root, for error reports. */
  path: Array<string | number>;
}

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asArray(v: JsonValue): JsonValue[] {
  return Array.isArray(v) ? v : [v];
}

function invalid(message: string): never {
  fail('JSONLD_INVALID_VALUE', message);
}

function undefinedTerm(message: string): never {
  fail('JSONLD_UNDEFINED_TERM', message);
}

/** JSON pointer (RFC 6901) of the current position. */
function pointer(path: Array<string | number>): string {
  let out = '';
  for (const p of path)
    out += `/${typeof p === 'number' ? p : p.replaceAll('~', '~0').replaceAll('/', '~1')}`;
  return out;
}

/**
 * Expands `doc` and returns the top-level node objects (the API's `expand()` method: a lone top-level `@graph` is unwrapped,
 * a null result becomes an empty array). Throws {@link JsonLdError} with `path` set.
 */
export function expandDocument(doc: JsonValue, loader: ContextLoader): JsonObject[] {
  const st: ExpandState = { cs: newState(loader), depth: 0, elements: 0, path: [] };
  try {
    let r = expand(st, initialContext(), null, doc, null, false);
    if (isObject(r)) {
      const keys = Object.keys(r);
      if (keys.length === 1 && keys[0] === '@graph') r = r['@graph']!;
    }
    if (r === null) return [];
    return (Array.isArray(r) ? r : [r]) as JsonObject[];
  } catch (e) {
    if (e instanceof JsonLdError && e.path === undefined && st.path.length > 0) e.path = pointer(st.path);
    throw e;
  }
}

/** Vocabulary-relative expansion that also resolves against the base IRI when there is one (used for `@type`). */
function expandTypeIri(ctx: ActiveContext, value: string): string | null {
  return ctx.base === null ? ctx.expandVocab(value) : expandIri(ctx, value, true, true);
}

/** Document-relative IRI expansion of an identifier; refuses anything that would not be an absolute IRI. */
function expandId(ctx: ActiveContext, value: string, what: string): string {
  const id = expandIri(ctx, value, true, false);
  if (id === null || isKeyword(id))
    invalid(`${what} ${JSON.stringify(value)} is a reserved word, not an IRI`);
  if (!isAbsoluteIriOrBlank(id)) {
    undefinedTerm(`${what} ${JSON.stringify(value)} is a relative IRI reference and there is no base IRI`);
  }
  return id;
}

function addValue(target: JsonObject, key: string, value: JsonValue): void {
  const existing = target[key] as JsonValue[] | undefined;
  const list = existing ?? [];
  if (Array.isArray(value)) for (const v of value) list.push(v);
  else list.push(value);
  if (!existing) target[key] = list;
}

/** §5.1.2 Expansion Algorithm. Returns expanded JSON (object, array of objects) or null. */
function expand(
  st: ExpandState,
  activeCtx: ActiveContext,
  activeProperty: string | null,
  element: JsonValue,
  baseUrl: string | null,
  fromMap: boolean,
  insideList = false,
): JsonValue {
  // Step 1.
  if (element === null) return null;
  if (++st.elements > MAX_ELEMENTS) fail('JSONLD_TOO_COMPLEX', 'the document has too many elements');
  if (++st.depth > MAX_DEPTH)
    fail('JSONLD_TOO_COMPLEX', `the document is nested deeper than ${MAX_DEPTH} levels`);
  let ctx = activeCtx;
  // Step 3: property-scoped context of the active property.
  const apDef: TermDefinition | undefined =
    activeProperty === null ? undefined : ctx.terms.get(activeProperty);
  // Step 4: scalars.
  if (typeof element !== 'object') {
    if (!insideList && (activeProperty === null || activeProperty === '@graph')) {
      invalid(`free-floating value ${JSON.stringify(element)} would be dropped`);
    }
    if (activeProperty === null) invalid('a value inside a top-level list would be dropped');
    // Step 4.2. Property-scoped contexts may override protected terms (JSON-LD 1.1 §4.1.11); the algorithm text only
    // says so for maps (step 8), jsonld.js does it for scalars too, and so do we: otherwise a valid document such as
    // a scalar under a term whose scoped context redefines a protected term would be refused by us only.
    if (apDef?.hasContext) {
      ctx = applyContext(st.cs, ctx, apDef.context!, {
        baseUrl: apDef.baseUrl,
        overrideProtected: true,
        owned: true,
      });
    }
    st.depth--;
    return expandValue(ctx, activeProperty, element);
  }
  // Step 5: arrays.
  if (Array.isArray(element)) {
    const result: JsonValue[] = [];
    // Arrays directly inside a list (the value of @list, or of a @list-container term) are lists of lists, as in
    // jsonld.js and the JSON-LD 1.1 test suite; deeper arrays only when the term itself is a @list container.
    const listContainer = insideList || (apDef !== undefined && (apDef.container & C_LIST) !== 0);
    for (let i = 0; i < element.length; i++) {
      st.path.push(i);
      let item = expand(st, ctx, activeProperty, element[i]!, baseUrl, fromMap);
      st.path.pop();
      if (listContainer && Array.isArray(item)) item = { '@list': item };
      if (Array.isArray(item)) for (const x of item) result.push(x);
      else if (item !== null) result.push(item);
    }
    st.depth--;
    return result;
  }
  // Step 6: maps.
  const keys = Object.keys(element);
  // Step 7: a non-propagated (type-scoped) context does not apply inside a new node object.
  if (ctx.previous !== null && !fromMap) {
    let revert = true;
    for (const k of keys) {
      const e = ctx.expandVocab(k);
      if (e === '@value' || (keys.length === 1 && e === '@id')) {
        revert = false;
        break;
      }
    }
    if (revert) ctx = ctx.previous;
  }
  // Step 8.
  if (apDef?.hasContext) {
    ctx = applyContext(st.cs, ctx, apDef.context!, {
      baseUrl: apDef.baseUrl,
      overrideProtected: true,
      owned: true,
    });
  }
  // Step 9.
  if ('@context' in element) {
    st.path.push('@context');
    ctx = applyContext(st.cs, ctx, element['@context']!, { baseUrl });
    st.path.pop();
  }
  // Step 10.
  const typeScoped = ctx;
  // Step 11: type-scoped contexts, in code point order of the keys and of the type values.
  let typeKeys: string[] | undefined;
  for (const k of keys) {
    if (typeScoped.expandVocab(k) !== '@type') continue;
    if (typeKeys === undefined) typeKeys = [k];
    else typeKeys.push(k);
  }
  let inputType: string | null = null;
  if (typeKeys) {
    if (typeKeys.length > 1) typeKeys.sort();
    for (const k of typeKeys) {
      const values = asArray(element[k]!);
      const terms: string[] = [];
      for (const v of values) if (typeof v === 'string') terms.push(v);
      if (terms.length > 1) terms.sort();
      for (const term of terms) {
        const def = typeScoped.terms.get(term);
        if (def?.hasContext) {
          ctx = applyContext(st.cs, ctx, def.context!, {
            baseUrl: def.baseUrl,
            propagate: false,
            owned: true,
          });
        }
      }
    }
    // Step 12: input type (only used to recognise `@json` value objects).
    const first = asArray(element[typeKeys[0]!]!);
    const last = first[first.length - 1];
    if (typeof last === 'string') inputType = expandTypeIri(ctx, last);
  }
  const result: JsonObject = {};
  const nests: string[] = [];
  // Step 13.
  expandEntries(st, ctx, typeScoped, activeProperty, element, keys, result, nests, inputType, baseUrl);
  // Step 14.
  expandNests(st, ctx, typeScoped, activeProperty, element, nests, result, inputType, baseUrl);
  st.depth--;
  // jsonld.js also treats the values of @graph-container terms (e.g. `proof`) as free-floating: an empty object or
  // one with only @id there would be dropped, so it is refused like at the top level.
  const graphContainer = apDef !== undefined && (apDef.container & C_GRAPH) !== 0;
  return finish(result, insideList ? 'list' : graphContainer ? null : activeProperty);
}

/**
 * Steps 15–20: value object checks, `@set`/`@list` objects, free-floating values. `activeProperty` is null for
 * positions where free-floating values are dropped.
 */
function finish(result: JsonObject, activeProperty: string | null): JsonValue {
  let out: JsonValue = result;
  if ('@value' in result) {
    // Step 15.
    for (const k of Object.keys(result)) {
      if (k !== '@value' && k !== '@type' && k !== '@language' && k !== '@index' && k !== '@direction') {
        invalid(`a value object cannot have ${k}`);
      }
    }
    const type = result['@type'];
    if (type !== undefined && '@language' in result)
      invalid('a value object cannot have both @type and @language');
    if (type !== '@json') {
      const v = result['@value'];
      if (typeof v !== 'string' && '@language' in result) invalid('only strings can have a language');
      if (type !== undefined && (typeof type !== 'string' || !isAbsoluteIri(type))) {
        undefinedTerm(`value type ${JSON.stringify(type)} is not an absolute IRI`);
      }
    }
  } else if ('@list' in result || '@set' in result) {
    // Step 17 (checked whether or not @type is present, so nothing is silently ignored).
    const main = '@list' in result ? '@list' : '@set';
    for (const k of Object.keys(result)) {
      if (k !== main && k !== '@index') invalid(`a ${main} object can only have @index besides ${main}`);
    }
    if (main === '@set') out = result['@set']!;
  } else if ('@language' in result && Object.keys(result).length > 1) {
    // Only value objects can carry a language; JSON-LD would silently ignore it on a node object.
    invalid('@language is only allowed in value objects');
  } else if ('@type' in result) {
    // Step 16, plus: node types must be IRIs or blank nodes.
    const types = asArray(result['@type']!);
    for (const t of types) {
      if (typeof t !== 'string' || !isAbsoluteIriOrBlank(t))
        invalid(`node type ${JSON.stringify(t)} is not an IRI`);
    }
    result['@type'] = types;
  }
  if (isObject(out)) {
    const keys = Object.keys(out);
    // Step 18.
    if (keys.length === 1 && keys[0] === '@language')
      invalid('an object with only @language would be dropped');
    // Step 19: free-floating values at the top level or directly in @graph are dropped by JSON-LD.
    if (activeProperty === null || activeProperty === '@graph') {
      if (keys.length === 0) invalid('an empty object at the top level or in @graph would be dropped');
      if ('@value' in out) invalid('a free-floating value object would be dropped');
      if ('@list' in out) invalid('a free-floating list would be dropped');
      if (keys.length === 1 && keys[0] === '@id') {
        invalid('a top-level object with only an identifier (no properties) would be dropped');
      }
    }
  }
  return out;
}

function reverseMapOf(result: JsonObject): JsonObject {
  let map = result['@reverse'] as JsonObject | undefined;
  if (map === undefined) {
    map = {};
    result['@reverse'] = map;
  }
  return map;
}

function isValueOrList(v: JsonValue): boolean {
  return isObject(v) && ('@value' in v || '@list' in v);
}

/** Step 13 for every entry of `element` (also used for the entries of `@nest` values). */
function expandEntries(
  st: ExpandState,
  ctx: ActiveContext,
  typeScoped: ActiveContext,
  activeProperty: string | null,
  element: JsonObject,
  keys: string[],
  result: JsonObject,
  nests: string[],
  inputType: string | null,
  baseUrl: string | null,
): void {
  for (const key of keys) {
    if (key === '@context') continue;
    const value = element[key]!;
    st.path.push(key);
    const ep = ctx.expandVocab(key);
    if (ep === null || (!isKeyword(ep) && !ep.includes(':'))) {
      undefinedTerm(`property ${JSON.stringify(key)} is not defined by the context (it would be dropped)`);
    }
    if (isKeyword(ep)) {
      expandKeyword(st, ctx, typeScoped, activeProperty, key, ep, value, result, nests, inputType, baseUrl);
    } else {
      expandProperty(st, ctx, key, ep, value, result, baseUrl);
    }
    st.path.pop();
  }
}

/** Step 13.4: keyword entries. */
function expandKeyword(
  st: ExpandState,
  ctx: ActiveContext,
  typeScoped: ActiveContext,
  activeProperty: string | null,
  key: string,
  ep: string,
  value: JsonValue,
  result: JsonObject,
  nests: string[],
  inputType: string | null,
  baseUrl: string | null,
): void {
  if (activeProperty === '@reverse') invalid('a @reverse map cannot contain keywords');
  // @reverse entries merge (reverse-property terms also fill result['@reverse']), as in jsonld.js.
  if (ep in result && ep !== '@included' && ep !== '@type' && ep !== '@reverse') {
    invalid(`colliding keywords: ${ep} appears twice`);
  }
  let expanded: JsonValue;
  switch (ep) {
    case '@id': {
      if (typeof value !== 'string') invalid('@id must be a string');
      expanded = expandId(ctx, value, 'identifier');
      break;
    }
    case '@type': {
      const values = Array.isArray(value) ? value : [value];
      const out: string[] = [];
      for (const t of values) {
        if (typeof t !== 'string') invalid('@type must be a string or an array of strings');
        const e = expandTypeIri(typeScoped, t);
        if (e === null || !(e === '@json' || isAbsoluteIriOrBlank(e))) {
          undefinedTerm(`type ${JSON.stringify(t)} does not expand to an absolute IRI (it would be dropped)`);
        }
        out.push(e);
      }
      const existing = result['@type'];
      if (existing !== undefined) expanded = [...asArray(existing), ...out];
      else expanded = Array.isArray(value) ? out : out[0]!;
      break;
    }
    case '@graph': {
      const g = expand(st, ctx, '@graph', value, baseUrl, false);
      const items = g === null ? [] : asArray(g);
      for (const item of items) if (!isObject(item)) invalid('@graph must contain node objects');
      expanded = items;
      break;
    }
    case '@included': {
      const inc = expand(st, ctx, null, value, baseUrl, false);
      const items = inc === null ? [] : asArray(inc);
      for (const item of items) {
        if (!isObject(item) || isValueOrList(item)) invalid('@included must contain node objects');
      }
      const existing = result['@included'];
      expanded = existing !== undefined ? [...asArray(existing), ...items] : items;
      break;
    }
    case '@value': {
      if (inputType === '@json') expanded = value;
      else if (value === null) invalid('a value object with a null @value would be dropped');
      else if (typeof value === 'object') invalid('@value must be a string, number or boolean');
      else expanded = value;
      result['@value'] = expanded;
      return;
    }
    case '@language': {
      if (typeof value !== 'string') invalid('@language must be a string');
      if (!isWellFormedLanguageTag(value))
        invalid(`language ${JSON.stringify(value)} is not a well-formed BCP 47 tag`);
      expanded = value.toLowerCase();
      break;
    }
    case '@direction':
      invalid(
        '@direction is not supported (RDF 1.1 N-Quads cannot represent it; refusing a lossy conversion)',
      );
      break;
    case '@index': {
      if (typeof value !== 'string') invalid('@index must be a string');
      expanded = value;
      break;
    }
    case '@list': {
      if (activeProperty === null || activeProperty === '@graph')
        invalid('a free-floating list would be dropped');
      const l = expand(st, ctx, activeProperty, value, baseUrl, false, true);
      expanded = l === null ? [] : asArray(l);
      break;
    }
    case '@set': {
      expanded = expand(st, ctx, activeProperty, value, baseUrl, false);
      break;
    }
    case '@reverse': {
      if (!isObject(value)) invalid('@reverse must be an object');
      const rev = expand(st, ctx, '@reverse', value, baseUrl, false);
      if (!isObject(rev)) return;
      if ('@reverse' in rev) {
        const twice = rev['@reverse'] as JsonObject;
        for (const [p, items] of Object.entries(twice)) addValue(result, p, items);
      }
      for (const [p, items] of Object.entries(rev)) {
        if (p === '@reverse') continue;
        const reverseMap = reverseMapOf(result);
        for (const item of asArray(items)) {
          if (isValueOrList(item)) invalid('a reverse property cannot have a value or list as its value');
          addValue(reverseMap, p, item);
        }
      }
      return;
    }
    case '@nest':
      nests.push(key);
      return;
    default:
      invalid(`keyword ${ep} is not allowed here`);
  }
  if (expanded !== null) result[ep] = expanded;
}

/** Steps 13.5–13.14: a property whose key expands to an IRI. */
function expandProperty(
  st: ExpandState,
  ctx: ActiveContext,
  key: string,
  ep: string,
  value: JsonValue,
  result: JsonObject,
  baseUrl: string | null,
): void {
  const def = ctx.terms.get(key);
  const container = def?.container ?? 0;
  if (container & C_GRAPH && container & (C_ID | C_INDEX)) invalid(`@graph maps (${key}) are not supported`);
  let expanded: JsonValue;
  if (def?.type === '@json') {
    // Step 13.6: the whole value is a JSON literal.
    expanded = { '@value': value, '@type': '@json' };
  } else if (container & C_LANGUAGE && isObject(value)) {
    expanded = expandLanguageMap(ctx, def!, value);
  } else if (container & (C_INDEX | C_TYPE | C_ID) && isObject(value)) {
    expanded = expandIndexMap(st, ctx, key, def!, value, baseUrl);
  } else {
    expanded = expand(st, ctx, key, value, baseUrl, false);
  }
  if (expanded === null) return;
  // Step 13.11.
  if (container & C_LIST && !(isObject(expanded) && '@list' in expanded)) {
    expanded = { '@list': asArray(expanded) };
  }
  // Step 13.12: graph containers wrap every value in a graph object.
  if (container & C_GRAPH) {
    expanded = asArray(expanded).map((ev) => ({ '@graph': asArray(ev) }));
  }
  // Step 13.13.
  if (def?.reverse) {
    const reverseMap = reverseMapOf(result);
    for (const item of asArray(expanded)) {
      if (isValueOrList(item)) invalid('a reverse property cannot have a value or list as its value');
      addValue(reverseMap, ep, item);
    }
    return;
  }
  addValue(result, ep, expanded);
}

/** Step 13.7: language maps. */
function expandLanguageMap(ctx: ActiveContext, def: TermDefinition, value: JsonObject): JsonValue {
  const direction = def.direction !== undefined ? def.direction : ctx.direction;
  if (direction !== null) invalid('@direction is not supported');
  const out: JsonValue[] = [];
  for (const language of Object.keys(value)) {
    const none = language === '@none' || ctx.expandVocab(language) === '@none';
    if (!none && !isWellFormedLanguageTag(language)) {
      invalid(`language ${JSON.stringify(language)} is not a well-formed BCP 47 tag`);
    }
    for (const item of asArray(value[language]!)) {
      if (item === null) continue;
      if (typeof item !== 'string') invalid('language map values must be strings');
      out.push(none ? { '@value': item } : { '@value': item, '@language': language.toLowerCase() });
    }
  }
  return out;
}

/** Step 13.8, for plain `@index` containers only. */
function expandIndexMap(
  st: ExpandState,
  ctx: ActiveContext,
  key: string,
  def: TermDefinition,
  value: JsonObject,
  baseUrl: string | null,
): JsonValue {
  if (def.container & (C_TYPE | C_ID)) invalid(`@id and @type maps (${key}) are not supported`);
  if (def.index !== undefined) invalid(`property-valued indexes (${key}) are not supported`);
  const out: JsonValue[] = [];
  for (const index of Object.keys(value)) {
    const expandedIndex = ctx.expandVocab(index);
    st.path.push(index);
    const items = expand(st, ctx, key, asArray(value[index]!), baseUrl, true);
    st.path.pop();
    if (items === null) continue;
    for (const item of asArray(items)) {
      if (isObject(item) && !('@index' in item) && expandedIndex !== '@none') item['@index'] = index;
      out.push(item);
    }
  }
  return out;
}

/** Step 14: `@nest` entries are folded into the enclosing node object. */
function expandNests(
  st: ExpandState,
  ctx: ActiveContext,
  typeScoped: ActiveContext,
  activeProperty: string | null,
  element: JsonObject,
  nests: string[],
  result: JsonObject,
  inputType: string | null,
  baseUrl: string | null,
): void {
  for (const nestingKey of nests) {
    if (ctx.terms.get(nestingKey)?.hasContext)
      invalid(`scoped contexts on @nest terms (${nestingKey}) are not supported`);
    st.path.push(nestingKey);
    for (const nested of asArray(element[nestingKey]!)) {
      if (++st.depth > MAX_DEPTH)
        fail('JSONLD_TOO_COMPLEX', `the document is nested deeper than ${MAX_DEPTH} levels`);
      if (!isObject(nested)) invalid('@nest values must be objects');
      const keys = Object.keys(nested);
      for (const k of keys) {
        if (k === '@context') invalid('@context inside a @nest value is not supported');
        if (ctx.expandVocab(k) === '@value') invalid('@nest values cannot be value objects');
      }
      const inner: string[] = [];
      expandEntries(st, ctx, typeScoped, activeProperty, nested, keys, result, inner, inputType, baseUrl);
      expandNests(st, ctx, typeScoped, activeProperty, nested, inner, result, inputType, baseUrl);
      st.depth--;
    }
    st.path.pop();
  }
}

/** §5.3.2 Value Expansion. */
function expandValue(
  ctx: ActiveContext,
  activeProperty: string,
  value: string | number | boolean,
): JsonObject {
  const def = ctx.terms.get(activeProperty);
  const type = def?.type;
  if (typeof value === 'string') {
    if (type === '@id') return { '@id': expandId(ctx, value, 'identifier') };
    if (type === '@vocab') {
      const id = expandIri(ctx, value, true, true);
      if (id === null || isKeyword(id)) invalid(`${JSON.stringify(value)} is a reserved word, not an IRI`);
      if (!isAbsoluteIriOrBlank(id))
        undefinedTerm(`${JSON.stringify(value)} does not expand to an absolute IRI`);
      return { '@id': id };
    }
  }
  if (type !== undefined && type !== '@id' && type !== '@vocab' && type !== '@none') {
    return { '@value': value, '@type': type };
  }
  if (typeof value === 'string') {
    const language = def?.language !== undefined ? def.language : ctx.language;
    const direction = def?.direction !== undefined ? def.direction : ctx.direction;
    if (direction !== null) invalid('@direction is not supported');
    if (language !== null) return { '@value': value, '@language': language };
  }
  return { '@value': value };
}
