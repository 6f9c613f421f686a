import { describe, expect, it } from 'vitest';
import { canonicalizeJson, canonicalizeJsonResult, JcsError } from './jcs.ts';
import type { JsonValue } from './types.ts';

function fromBits(hex: string): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setBigUint64(0, BigInt(`0x${hex}`));
  return view.getFloat64(0);
}

describe('RFC 8785 JCS', () => {
  it('§3.2.2 example: numbers, escaping and literals', () => {
    // The input as JSON text, so the number literals go through a real JSON parser as in the RFC.
    const input = JSON.parse(
      '{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],' +
        ' "string": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/", "literals": [null, true, false]}',
    );
    const out = canonicalizeJson(input);
    expect(out).toBe(
      '{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/"}',
    );
    // §3.2.4: the UTF-8 bytes the RFC prints for this output (its last line and a half).
    const tail =
      '2c 31 65 2b 33 30 2c 34 2e 35 2c 30 2e 30 30 32 2c 31 65 2d 32 37 5d 2c 22 73 74 72 69 6e 67 22 3a 22 ' +
      'e2 82 ac 24 5c 75 30 30 30 66 5c 6e 41 27 42 5c 22 5c 5c 5c 5c 5c 22 2f 22 7d';
    const hex = Buffer.from(out, 'utf8').toString('hex');
    expect(hex.endsWith(tail.replaceAll(' ', ''))).toBe(true);
  });

  it('§3.2.3 sorts property names by UTF-16 code units', () => {
    const input = {
      '€': 'Euro Sign',
      '\r': 'Carriage Return',
      '\ufb33': 'Hebrew Letter Dalet With Dagesh',
      '1': 'One',
      '\ud83d\ude00': 'Emoji: Grinning Face',
      '\u0080': 'Control',
      ö: 'Latin Small Letter O With Diaeresis',
    };
    const keys = Object.keys(JSON.parse(canonicalizeJson(input)) as object);
    // JSON.parse would reorder the integer-like key "1"; read the order from the text instead.
    const order = [...canonicalizeJson(input).matchAll(/"([^"]*)":"/g)].map((m) => m[1]);
    expect(order).toEqual(['\\r', '1', '\u0080', 'ö', '€', '\ud83d\ude00', '\ufb33']);
    expect(keys).toHaveLength(7);
  });

  it('Appendix B: IEEE 754 values serialise as ECMAScript does', () => {
    const table: Array<[string, string]> = [
      ['0000000000000000', '0'],
      ['8000000000000000', '0'],
      ['0000000000000001', '5e-324'],
      ['8000000000000001', '-5e-324'],
      ['7fefffffffffffff', '1.7976931348623157e+308'],
      ['ffefffffffffffff', '-1.7976931348623157e+308'],
      ['4340000000000000', '9007199254740992'],
      ['c340000000000000', '-9007199254740992'],
      ['4430000000000000', '295147905179352830000'],
      ['44b52d02c7e14af5', '9.999999999999997e+22'],
      ['44b52d02c7e14af6', '1e+23'],
      ['44b52d02c7e14af7', '1.0000000000000001e+23'],
      ['444b1ae4d6e2ef4e', '999999999999999700000'],
      ['444b1ae4d6e2ef4f', '999999999999999900000'],
      ['444b1ae4d6e2ef50', '1e+21'],
      ['3eb0c6f7a0b5ed8c', '9.999999999999997e-7'],
      ['3eb0c6f7a0b5ed8d', '0.000001'],
      ['41b3de4355555553', '333333333.3333332'],
      ['41b3de4355555554', '333333333.33333325'],
      ['41b3de4355555555', '333333333.3333333'],
      ['41b3de4355555556', '333333333.3333334'],
      ['41b3de4355555557', '333333333.33333343'],
      ['becbf647612f3696', '-0.0000033333333333333333'],
      ['43143ff3c1cb0959', '1424953923781206.2'],
    ];
    for (const [bits, text] of table) expect(canonicalizeJson(fromBits(bits)), bits).toBe(text);
  });

  it('Appendix B: NaN and Infinity are errors', () => {
    expect(() => canonicalizeJson(fromBits('7fffffffffffffff'))).toThrow(JcsError);
    expect(() => canonicalizeJson(fromBits('7ff0000000000000'))).toThrow(JcsError);
    const r = canonicalizeJsonResult({ a: [1, Number.NEGATIVE_INFINITY] });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]).toMatchObject({ code: 'JCS_INVALID_NUMBER', path: 'a[1]' });
  });

  it('sorts recursively, keeps array order, drops undefined members', () => {
    const v = { b: [3, { z: 1, a: 2 }, 1], a: { d: null, c: true }, u: undefined } as unknown as JsonValue;
    expect(canonicalizeJson(v)).toBe('{"a":{"c":true,"d":null},"b":[3,{"a":2,"z":1},1]}');
  });

  it('refuses lone surrogates (§3.2.2.2), non-JSON values and hostile nesting', () => {
    expect(canonicalizeJsonResult('\ud800').ok).toBe(false);
    expect(canonicalizeJsonResult({ '\udc00x': 1 }).ok).toBe(false);
    expect(canonicalizeJsonResult('\ud83d\ude00').ok).toBe(true);
    expect(canonicalizeJsonResult({ d: new Date(0) }).ok).toBe(false);
    expect(canonicalizeJsonResult({ f: () => 1 }).ok).toBe(false);
    expect(canonicalizeJsonResult(10n).ok).toBe(false);
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const r = canonicalizeJsonResult(deep);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0]!.code).toBe('JCS_TOO_DEEP');
  });

  it('escapes control characters as ECMAScript JSON.stringify does', () => {
    expect(canonicalizeJson('\u0000\b\t\n\f\r\u001f"\\/\u007f')).toBe(
      '"\\u0000\\b\\t\\n\\f\\r\\u001f\\"\\\\/\u007f"',
    );
  });
});
