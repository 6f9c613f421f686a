import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CONTEXT_URLS, bundledContextLoader, CONTEXTS, withContexts } from './contexts.ts';
import { canonicalizeJson } from './jcs.ts';
import type { JsonValue } from './types.ts';

// The collector's reference copies live beside the repository: <repo>/../shared/standards/w3c-vc/contexts.
const REPO = fileURLToPath(new URL('../../../', import.meta.url));
const SHARED = join(REPO, '..', 'shared', 'standards', 'w3c-vc', 'contexts');

/** Paths where two JSON values differ (object key order ignored, array order significant). */
function differences(a: unknown, b: unknown, path = ''): string[] {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b) || (a === null) !== (b === null))
    return [`${path || '/'}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`];
  if (typeof a !== 'object' || a === null)
    return a === b ? [] : [`${path || '/'}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`];
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    if (a.length !== bb.length) return [`${path}: array length ${a.length} ≠ ${bb.length}`];
    return a.flatMap((x, i) => differences(x, bb[i], `${path}/${i}`));
  }
  const ao = a as Record<string, unknown>;
  const bo = b as Record<string, unknown>;
  const keys = new Set([...Object.keys(ao), ...Object.keys(bo)]);
  return [...keys].flatMap((k) =>
    !(k in ao)
      ? [`${path}/${k}: missing in bundled`]
      : !(k in bo)
        ? [`${path}/${k}: missing in reference`]
        : differences(ao[k], bo[k], `${path}/${k}`),
  );
}

describe('bundled context loader', () => {
  it('serves every context the toolkit names, and nothing else', () => {
    for (const url of Object.values(CONTEXTS)) {
      const doc = bundledContextLoader(url);
      expect(doc, url).toBeDefined();
      expect(typeof doc!['@context']).toBe('object');
    }
    expect(bundledContextLoader('https://www.w3.org/ns/credentials/examples/v2')).toEqual({
      '@context': { '@vocab': 'https://www.w3.org/ns/credentials/examples#' },
    });
    expect(bundledContextLoader('https://evil.example/context')).toBeUndefined();
    expect(bundledContextLoader('https://www.w3.org/ns/credentials/v2/')).toBeUndefined();
    expect(BUNDLED_CONTEXT_URLS).toContain(CONTEXTS.v2);
  });

  it('serves frozen documents so no caller can change them for others', () => {
    const doc = bundledContextLoader(CONTEXTS.v2)!;
    expect(Object.isFrozen(doc)).toBe(true);
    expect(() => {
      (doc as Record<string, unknown>)['@context'] = {};
    }).toThrow();
  });

  it('withContexts adds the node’s own contexts but cannot replace bundled ones', () => {
    const mine = { '@context': { trustmark: 'https://crosstrust.example/vocab#trustmark' } };
    const loader = withContexts({
      'https://crosstrust.example/ctx/v1': mine,
      [CONTEXTS.v2]: { '@context': { '@vocab': 'https://evil.example/#' } },
    });
    expect(loader('https://crosstrust.example/ctx/v1')).toEqual(mine);
    expect(loader(CONTEXTS.v2)).toBe(bundledContextLoader(CONTEXTS.v2));
    expect(loader('https://unknown.example/')).toBeUndefined();
  });

  it('matches the reference copies in shared/standards/w3c-vc/contexts', () => {
    if (!existsSync(join(SHARED, 'index.json'))) {
      console.log(`skipped: ${SHARED} is absent, bundled contexts not compared with the reference copies`);
      return;
    }
    const index = JSON.parse(readFileSync(join(SHARED, 'index.json'), 'utf8')) as Record<string, string>;
    const report: string[] = [];
    for (const [url, file] of Object.entries(index)) {
      const bytes = readFileSync(join(SHARED, file));
      const reference = JSON.parse(bytes.toString('utf8')) as JsonValue;
      const bundled = bundledContextLoader(url);
      expect(bundled, `${url} is not bundled`).toBeDefined();
      const diff = differences(bundled, reference);
      // Semantic equality: same JSON value once key order is ignored (JCS makes both sides comparable text).
      expect(diff, `${url} differs from ${file}`).toEqual([]);
      expect(canonicalizeJson(bundled as JsonValue)).toBe(canonicalizeJson(reference));
      if (JSON.stringify(bundled, null, 2) !== bytes.toString('utf8').trimEnd()) report.push(url);
    }
    // Byte-level differences are layout only (key order, whitespace, final newline); see the issue report.
    expect(report.length).toBeLessThanOrEqual(Object.keys(index).length);
  });

  it('multikey/v1: the npm copy and the W3C copy differ only in member order and the final newline', () => {
    const file = join(SHARED, 'multikey-v1.jsonld');
    if (!existsSync(file)) {
      console.log(`skipped: ${file} is absent`);
      return;
    }
    const w3c = JSON.parse(readFileSync(file, 'utf8'));
    const npm = bundledContextLoader(CONTEXTS.multikey)!;
    const inner = (d: unknown) =>
      Object.keys(
        (d as { '@context': { Multikey: { '@context': object } } })['@context'].Multikey['@context'],
      );
    // W3C lists revoked before expires; the npm package lists expires before revoked.
    expect(inner(w3c).indexOf('revoked')).toBeLessThan(inner(w3c).indexOf('expires'));
    expect(inner(npm).indexOf('expires')).toBeLessThan(inner(npm).indexOf('revoked'));
    expect(differences(npm, w3c)).toEqual([]);
  });
});
