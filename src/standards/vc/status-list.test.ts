import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { base64UrlEncode } from './multibase.ts';
import {
  createStatusList,
  createStatusListCredential,
  decodeStatusList,
  encodeStatusList,
  getStatus,
  getStatusBit,
  MIN_STATUS_LIST_BITS,
  readStatus,
  setStatus,
  setStatusBit,
} from './status-list.ts';
import type { JsonObject } from './types.ts';
import { STATUS_ENTRY_EXAMPLE, STATUS_LIST_EXAMPLE } from './vectors.ts';

const exampleEncoded = (STATUS_LIST_EXAMPLE.credentialSubject as JsonObject).encodedList as string;
const revocationEntry = (STATUS_ENTRY_EXAMPLE.credentialStatus as JsonObject[])[0]!;

describe('Bitstring Status List v1.0', () => {
  it('decodes the spec example (§2.2 Example 3) to 16 KiB of zeros', () => {
    const r = decodeStatusList(exampleEncoded);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.length).toBe(16384);
    expect(r.value.every((b) => b === 0)).toBe(true);
  });

  it('encodes an empty 131,072-entry list byte-identically to the spec example', () => {
    const list = createStatusList();
    expect(list.length * 8).toBe(MIN_STATUS_LIST_BITS);
    expect(encodeStatusList(list)).toBe(exampleEncoded);
  });

  it('raises small lists to the herd-privacy minimum', () => {
    expect(createStatusList(8).length).toBe(16384);
    expect(createStatusList(Number.NaN).length).toBe(16384);
    expect(createStatusList(MIN_STATUS_LIST_BITS * 2 + 1).length).toBe(32769);
  });

  it('index 0 is the most significant bit of byte 0', () => {
    const list = createStatusList();
    setStatusBit(list, 0, true);
    expect(list[0]).toBe(0x80);
    setStatusBit(list, 7, true);
    expect(list[0]).toBe(0x81);
    setStatusBit(list, 9, true);
    expect(list[1]).toBe(0x40);
    expect(getStatusBit(list, 9)).toBe(true);
    expect(getStatusBit(list, 10)).toBe(false);
    setStatusBit(list, 0, false);
    expect(list[0]).toBe(0x01);
    expect(getStatusBit(list, -1)).toBeUndefined();
    expect(getStatusBit(list, list.length * 8)).toBeUndefined();
    expect(setStatusBit(list, list.length * 8, true)).toBe(false);
    // round trip through the encoding
    const back = decodeStatusList(encodeStatusList(list));
    expect(back.ok && back.value).toEqual(list);
  });

  it('multi-bit statuses (statusSize > 1) read MSB first', () => {
    const list = createStatusList();
    expect(setStatus(list, 1, 2, 0b10)).toBe(true); // bits 2,3 = 1,0
    expect(list[0]).toBe(0b0010_0000);
    expect(getStatus(list, 1, 2)).toBe(2);
    expect(getStatus(list, 0, 2)).toBe(0);
    expect(setStatus(list, 0, 2, 4)).toBe(false);
    expect(getStatus(list, list.length * 4, 2)).toBeUndefined();
  });

  it('refuses malformed lists and zip bombs without throwing', () => {
    const code = (s: unknown) => {
      const r = decodeStatusList(s as string);
      return r.ok ? 'ok' : r.problems[0]!.code;
    };
    expect(code('')).toBe('STATUS_LIST_MALFORMED');
    expect(code('u!!!')).toBe('STATUS_LIST_MALFORMED');
    expect(code(`u${base64UrlEncode(new TextEncoder().encode('not gzip at all, really not'))}`)).toBe(
      'STATUS_LIST_MALFORMED',
    );
    expect(code(`u${base64UrlEncode(gzipSync(new Uint8Array(100)).subarray(0, 20))}`)).toBe(
      'STATUS_LIST_MALFORMED',
    );
    // 64 MiB of zeros compresses to ~64 KB: must stop at 16 MiB
    const bomb = `u${base64UrlEncode(gzipSync(new Uint8Array(64 * 1024 * 1024), { level: 9 }))}`;
    expect(bomb.length).toBeLessThan(200_000);
    expect(code(bomb)).toBe('STATUS_LIST_TOO_LARGE');
    expect(code(42)).toBe('STATUS_LIST_MALFORMED');
    // without the multibase prefix (StatusList2021 style) is accepted
    expect(code(exampleEncoded.slice(1))).toBe('ok');
  });

  it('readStatus follows §3.2 on the spec examples', () => {
    const r = readStatus(revocationEntry, STATUS_LIST_EXAMPLE);
    expect(r).toEqual({ ok: true, value: { status: 0, purpose: 'revocation', valid: true } });

    const list = createStatusList();
    setStatusBit(list, 94567, true);
    const revoked = createStatusListCredential({
      id: 'https://example.com/credentials/status/3',
      issuer: 'did:example:12345',
      statusPurpose: 'revocation',
      list,
    });
    expect(readStatus(revocationEntry, revoked)).toMatchObject({
      ok: true,
      value: { status: 1, valid: false },
    });

    const code = (entry: unknown, cred: unknown) => {
      const x = readStatus(entry, cred);
      return x.ok ? 'ok' : x.problems[0]!.code;
    };
    expect(code({ ...revocationEntry, statusPurpose: 'suspension' }, STATUS_LIST_EXAMPLE)).toBe(
      'STATUS_VERIFICATION_ERROR',
    );
    expect(code({ ...revocationEntry, statusListIndex: '131072' }, STATUS_LIST_EXAMPLE)).toBe(
      'STATUS_RANGE_ERROR',
    );
    expect(code({ ...revocationEntry, statusListIndex: 'x' }, STATUS_LIST_EXAMPLE)).toBe(
      'STATUS_ENTRY_INVALID',
    );
    const small = createStatusListCredential({
      id: 'https://x/s',
      issuer: 'did:example:1',
      statusPurpose: 'revocation',
      list: createStatusList(),
    });
    ((small.credentialSubject as JsonObject).encodedList as string) =
      `u${base64UrlEncode(gzipSync(new Uint8Array(100)))}`;
    expect(code(revocationEntry, small)).toBe('STATUS_LIST_LENGTH_ERROR');
    expect(code(revocationEntry, { ...STATUS_LIST_EXAMPLE, type: ['VerifiableCredential'] })).toBe(
      'STATUS_VERIFICATION_ERROR',
    );
  });

  it('message purpose with statusSize 2 reports the message', () => {
    // entry 492847 of 2 bits each sits at bit 985694
    const list = createStatusList(1_000_000);
    expect(setStatus(list, 492847, 2, 2)).toBe(true);
    const cred = createStatusListCredential({
      id: 'https://example.com/credentials/status/8',
      issuer: 'did:example:12345',
      statusPurpose: 'message',
      list,
    });
    const entry = {
      id: 'https://example.com/credentials/status/8#492847',
      type: 'BitstringStatusListEntry',
      statusPurpose: 'message',
      statusListIndex: '492847',
      statusSize: 2,
      statusListCredential: 'https://example.com/credentials/status/8',
      statusMessage: [
        { status: '0x0', message: 'pending_review' },
        { status: '0x1', message: 'accepted' },
        { status: '0x2', message: 'rejected' },
        { status: '0x3', message: 'undefined' },
      ],
    };
    expect(readStatus(entry, cred)).toEqual({
      ok: true,
      value: { status: 2, purpose: 'message', valid: false, message: 'rejected' },
    });
  });
});
