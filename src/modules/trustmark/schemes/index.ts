import { ASEAN_COC_SCHEME } from './asean-coc.ts';
import { compareVersions, parseVersion, type SchemeDefinition } from './model.ts';
import { VN_SAFEWEB_SCHEME } from './vn-safeweb.ts';
import { WTA_SCHEME } from './wta.ts';

export * from './model.ts';
export { ASEAN_COC_SCHEME, VN_SAFEWEB_SCHEME, WTA_SCHEME };

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

/**
 * Scheme versions shipped with CrossTrust. They are frozen: a published version never changes, because
 * certificates name the version they were assessed against. Change a scheme by adding a new version.
 */
export const BUILT_IN_SCHEMES: readonly SchemeDefinition[] = deepFreeze([
  ASEAN_COC_SCHEME,
  WTA_SCHEME,
  VN_SAFEWEB_SCHEME,
]);

/**
 * Find a scheme by id: the exact version when one is given, otherwise the highest version.
 * Searches the built-in schemes unless another list (e.g. built-in plus operator versions) is passed.
 */
export function findScheme(
  id: string,
  version?: string,
  schemes: readonly SchemeDefinition[] = BUILT_IN_SCHEMES,
): SchemeDefinition | undefined {
  const candidates = schemes.filter((s) => s.id === id);
  if (version !== undefined) return candidates.find((s) => s.version === version);
  let latest: SchemeDefinition | undefined;
  for (const s of candidates) {
    if (!parseVersion(s.version)) continue; // never picked as "latest" if the list holds an unvalidated entry
    if (!latest || compareVersions(s.version, latest.version) > 0) latest = s;
  }
  return latest;
}
