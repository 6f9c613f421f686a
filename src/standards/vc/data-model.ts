/**
 * Verifiable Credentials Data Model v2.0 conformance checks (W3C Recommendation, 2025-05-15). Section numbers
 * below are that document's. Every problem carries a stable code and a JSON path; nothing here throws.
 */

import type { VcProblem } from './types.ts';
import { asArray, isObject, isUrl, parseDateTime, typesOf } from './util.ts';

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';

type Push = (code: string, message: string, path: string) => void;

function collector(): { problems: VcProblem[]; push: Push } {
  const problems: VcProblem[] = [];
  return { problems, push: (code, message, path) => problems.push({ code, message, path }) };
}

/** §4.3 Contexts: an ordered set whose first item is the v2 context URL; the rest are URLs or objects. */
function checkContext(doc: Record<string, unknown>, push: Push, code = 'VC_CONTEXT_MISSING'): void {
  const ctx = doc['@context'];
  // A lone string is what JSON-LD compaction yields for a one-item set; accept it when it is the v2 URL.
  if (ctx === VC_V2_CONTEXT) return;
  if (!Array.isArray(ctx) || ctx.length === 0) {
    push(code, `@context must be an array starting with ${VC_V2_CONTEXT}`, '@context');
    return;
  }
  if (ctx[0] !== VC_V2_CONTEXT) push(code, `the first @context item must be ${VC_V2_CONTEXT}`, '@context[0]');
  ctx.forEach((c, i) => {
    if (i === 0) return;
    if (!(isUrl(c) || isObject(c)))
      push('VC_CONTEXT_INVALID', '@context items must be URLs or objects', `@context[${i}]`);
  });
}

/** §4.5 Types: a string or array of strings including `required`. */
function checkType(doc: Record<string, unknown>, required: string, push: Push, code: string): void {
  const t = doc.type;
  const list = asArray(t);
  if (t === undefined || list.length === 0 || list.some((x) => typeof x !== 'string')) {
    push(code, 'type must be a string or an array of strings', 'type');
    return;
  }
  if (!list.includes(required)) push(code, `type must include ${required}`, 'type');
}

/** §4.4 Identifiers: `id`, when present, is a single URL. */
function checkId(obj: Record<string, unknown>, path: string, push: Push, code = 'VC_ID_INVALID'): void {
  if (obj.id !== undefined && !isUrl(obj.id)) push(code, 'id must be a URL', path ? `${path}.id` : 'id');
}

/** §4.6 Names and descriptions: a string or language value object(s). */
function checkText(value: unknown, path: string, push: Push): void {
  if (value === undefined) return;
  for (const [i, v] of asArray(value).entries()) {
    const ok = typeof v === 'string' || (isObject(v) && typeof v['@value'] === 'string');
    if (!ok)
      push(
        'VC_TEXT_INVALID',
        'must be a string or a language value object',
        Array.isArray(value) ? `${path}[${i}]` : path,
      );
  }
}

/**
 * A property whose value is one or more objects each carrying a `type` (§4.11 credentialSchema, §5.6 evidence,
 * §5.5 refreshService, §5.3 termsOfUse…), with an optional URL `id`.
 */
function checkTypedObjects(
  doc: Record<string, unknown>,
  prop: string,
  code: string,
  push: Push,
  needId = false,
): Array<[Record<string, unknown>, string]> {
  const value = doc[prop];
  if (value === undefined) return [];
  const items = asArray(value);
  const out: Array<[Record<string, unknown>, string]> = [];
  if (items.length === 0) push(code, `${prop} must not be empty`, prop);
  items.forEach((item, i) => {
    const path = Array.isArray(value) ? `${prop}[${i}]` : prop;
    if (!isObject(item)) {
      push(code, `${prop} entries must be objects`, path);
      return;
    }
    const types = asArray(item.type);
    if (types.length === 0 || types.some((t) => typeof t !== 'string'))
      push(code, `${prop} entries need a type`, `${path}.type`);
    if (needId ? !isUrl(item.id) : item.id !== undefined && !isUrl(item.id))
      push(code, 'id must be a URL', `${path}.id`);
    out.push([item, path]);
  });
  return out;
}

/** Bitstring Status List v1.0 §2.1 BitstringStatusListEntry. */
function checkStatusEntry(entry: Record<string, unknown>, path: string, push: Push): void {
  if (!typesOf(entry).includes('BitstringStatusListEntry')) return;
  if (typeof entry.statusPurpose !== 'string' || entry.statusPurpose.length === 0)
    push('VC_STATUS_INVALID', 'statusPurpose must be a string', `${path}.statusPurpose`);
  // "an arbitrary size integer greater than or equal to 0, expressed as a string in base 10"
  if (typeof entry.statusListIndex !== 'string' || !/^(?:0|[1-9][0-9]{0,15})$/.test(entry.statusListIndex))
    push('VC_STATUS_INVALID', 'statusListIndex must be a base-10 integer string', `${path}.statusListIndex`);
  if (!isUrl(entry.statusListCredential))
    push('VC_STATUS_INVALID', 'statusListCredential must be a URL', `${path}.statusListCredential`);
  if (entry.id !== undefined && entry.id === entry.statusListCredential)
    push('VC_STATUS_INVALID', 'the entry id must not be the status list URL', `${path}.id`);
  const size = entry.statusSize ?? 1;
  if (typeof size !== 'number' || !Number.isInteger(size) || size < 1 || size > 16) {
    push('VC_STATUS_INVALID', 'statusSize must be an integer from 1 to 16', `${path}.statusSize`);
    return;
  }
  if (size > 1 || entry.statusMessage !== undefined) {
    const msgs = entry.statusMessage;
    if (!Array.isArray(msgs) || msgs.length !== 2 ** size) {
      push(
        'VC_STATUS_INVALID',
        `statusMessage must list ${2 ** size} messages for statusSize ${size}`,
        `${path}.statusMessage`,
      );
      return;
    }
    msgs.forEach((m, i) => {
      if (
        !isObject(m) ||
        typeof m.status !== 'string' ||
        !/^0x[0-9a-fA-F]+$/.test(m.status) ||
        typeof m.message !== 'string'
      )
        push(
          'VC_STATUS_INVALID',
          'statusMessage entries need a 0x status and a message',
          `${path}.statusMessage[${i}]`,
        );
    });
  }
}

function checkValidity(doc: Record<string, unknown>, push: Push): void {
  let from: number | undefined;
  let until: number | undefined;
  if (doc.validFrom !== undefined) {
    from = parseDateTime(doc.validFrom);
    if (from === undefined)
      push('VC_DATE_INVALID', 'validFrom must be an XML Schema dateTimeStamp (with timezone)', 'validFrom');
  }
  if (doc.validUntil !== undefined) {
    until = parseDateTime(doc.validUntil);
    if (until === undefined)
      push('VC_DATE_INVALID', 'validUntil must be an XML Schema dateTimeStamp (with timezone)', 'validUntil');
  }
  if (from !== undefined && until !== undefined && until < from)
    push('VC_DATE_INVALID', 'validUntil is before validFrom', 'validUntil');
}

/** Checks a credential against VCDM 2.0 §4 (basic concepts) and the shapes of §5 (advanced concepts). */
export function validateCredential(vc: unknown): VcProblem[] {
  const { problems, push } = collector();
  if (!isObject(vc)) {
    push('VC_NOT_OBJECT', 'a credential must be a JSON object', '');
    return problems;
  }
  checkContext(vc, push);
  checkId(vc, '', push);
  checkType(vc, 'VerifiableCredential', push, 'VC_TYPE_MISSING');
  checkText(vc.name, 'name', push);
  checkText(vc.description, 'description', push);

  // §4.7 Issuer: a URL, or an object whose id is a URL.
  if (vc.issuer === undefined) push('VC_ISSUER_MISSING', 'issuer is required', 'issuer');
  else if (isObject(vc.issuer)) {
    if (!isUrl(vc.issuer.id)) push('VC_ISSUER_INVALID', 'issuer.id must be a URL', 'issuer.id');
    checkText(vc.issuer.name, 'issuer.name', push);
    checkText(vc.issuer.description, 'issuer.description', push);
  } else if (!isUrl(vc.issuer))
    push('VC_ISSUER_INVALID', 'issuer must be a URL or an object with an id', 'issuer');

  // §4.8 Credential Subject: one or more objects, each stating at least one claim.
  const subj = vc.credentialSubject;
  if (subj === undefined) push('VC_SUBJECT_MISSING', 'credentialSubject is required', 'credentialSubject');
  else {
    const subjects = asArray(subj);
    if (subjects.length === 0)
      push('VC_SUBJECT_MISSING', 'credentialSubject must not be empty', 'credentialSubject');
    subjects.forEach((s, i) => {
      const path = Array.isArray(subj) ? `credentialSubject[${i}]` : 'credentialSubject';
      if (!isObject(s)) push('VC_SUBJECT_INVALID', 'credentialSubject entries must be objects', path);
      else {
        if (Object.keys(s).length === 0)
          push('VC_SUBJECT_INVALID', 'a credential subject must state a claim', path);
        checkId(s, path, push, 'VC_SUBJECT_INVALID');
      }
    });
  }

  checkValidity(vc, push);

  // §4.10 Status
  for (const [entry, path] of checkTypedObjects(vc, 'credentialStatus', 'VC_STATUS_INVALID', push))
    checkStatusEntry(entry, path, push);
  // §4.11 Data Schemas: id (URL) and type are both required.
  checkTypedObjects(vc, 'credentialSchema', 'VC_SCHEMA_INVALID', push, true);
  // §5.3 Terms of Use, §5.4 Evidence, §5.5 Refreshing, §5.6 Zero-Knowledge… each entry states its type.
  checkTypedObjects(vc, 'termsOfUse', 'VC_TERMS_OF_USE_INVALID', push);
  checkTypedObjects(vc, 'evidence', 'VC_EVIDENCE_INVALID', push);
  checkTypedObjects(vc, 'refreshService', 'VC_REFRESH_SERVICE_INVALID', push);
  checkTypedObjects(vc, 'renderMethod', 'VC_RENDER_METHOD_INVALID', push);
  return problems;
}

/** §4.13 Verifiable Presentations and §4.13.1 Enveloped Verifiable Credentials. */
export function validatePresentation(vp: unknown): VcProblem[] {
  const { problems, push } = collector();
  if (!isObject(vp)) {
    push('VP_NOT_OBJECT', 'a presentation must be a JSON object', '');
    return problems;
  }
  checkContext(vp, push, 'VP_CONTEXT_MISSING');
  checkId(vp, '', push, 'VP_ID_INVALID');
  checkType(vp, 'VerifiablePresentation', push, 'VP_TYPE_MISSING');
  if (vp.holder !== undefined) {
    const ok = isObject(vp.holder) ? isUrl(vp.holder.id) : isUrl(vp.holder);
    if (!ok) push('VP_HOLDER_INVALID', 'holder must be a URL or an object with a URL id', 'holder');
  }
  const creds = vp.verifiableCredential;
  if (creds !== undefined) {
    asArray(creds).forEach((c, i) => {
      const path = Array.isArray(creds) ? `verifiableCredential[${i}]` : 'verifiableCredential';
      if (!isObject(c)) {
        push('VP_CREDENTIAL_INVALID', 'verifiableCredential entries must be objects', path);
        return;
      }
      if (typesOf(c).includes('EnvelopedVerifiableCredential')) {
        for (const p of validateEnvelope(c))
          problems.push({ ...p, path: `${path}${p.path ? `.${p.path}` : ''}` });
        return;
      }
      for (const p of validateCredential(c))
        problems.push({ ...p, path: `${path}${p.path ? `.${p.path}` : ''}` });
    });
  }
  return problems;
}

/** §4.13.1: an EnvelopedVerifiableCredential has the v2 context, a data: URL id and its type. */
export function validateEnvelope(env: unknown): VcProblem[] {
  const { problems, push } = collector();
  if (!isObject(env)) {
    push('VC_NOT_OBJECT', 'an enveloped credential must be a JSON object', '');
    return problems;
  }
  checkContext(env, push);
  checkType(env, 'EnvelopedVerifiableCredential', push, 'VC_TYPE_MISSING');
  if (typeof env.id !== 'string' || !env.id.startsWith('data:'))
    push('VC_ENVELOPE_INVALID', 'an enveloped credential id must be a data: URL', 'id');
  return problems;
}

/**
 * §4.6 Validity Period against the caller's clock: validFrom in the future → VC_NOT_YET_VALID, validUntil in
 * the past → VC_EXPIRED. JWT `nbf`/`exp` claims (seconds, RFC 7519 §4.1) are honoured the same way when a
 * VC-JOSE-COSE payload carries them.
 */
export function validityPeriod(vc: unknown, now: Date): VcProblem[] {
  const problems: VcProblem[] = [];
  if (!isObject(vc))
    return [{ code: 'VC_NOT_OBJECT', message: 'a credential must be a JSON object', path: '' }];
  const t = now.getTime();
  if (!Number.isFinite(t))
    return [{ code: 'VC_DATE_INVALID', message: 'the verifier clock is not a valid date', path: '' }];
  if (vc.validFrom !== undefined) {
    const from = parseDateTime(vc.validFrom);
    if (from === undefined)
      problems.push({
        code: 'VC_DATE_INVALID',
        message: 'validFrom is not a dateTimeStamp',
        path: 'validFrom',
      });
    else if (from > t)
      problems.push({ code: 'VC_NOT_YET_VALID', message: `valid from ${vc.validFrom}`, path: 'validFrom' });
  }
  if (vc.validUntil !== undefined) {
    const until = parseDateTime(vc.validUntil);
    if (until === undefined)
      problems.push({
        code: 'VC_DATE_INVALID',
        message: 'validUntil is not a dateTimeStamp',
        path: 'validUntil',
      });
    else if (until < t)
      problems.push({ code: 'VC_EXPIRED', message: `expired at ${vc.validUntil}`, path: 'validUntil' });
  }
  if (typeof vc.nbf === 'number' && vc.nbf * 1000 > t)
    problems.push({ code: 'VC_NOT_YET_VALID', message: 'the JWT nbf claim is in the future', path: 'nbf' });
  if (typeof vc.exp === 'number' && vc.exp * 1000 <= t)
    problems.push({ code: 'VC_EXPIRED', message: 'the JWT exp claim has passed', path: 'exp' });
  return problems;
}
