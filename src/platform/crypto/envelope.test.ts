import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { decryptSecret, encryptSecret } from './envelope.ts';

describe('secret envelope', () => {
  const kek = randomBytes(32);
  it('round-trips', () => {
    const sealed = encryptSecret(Buffer.from('private key'), kek, 'key-1');
    expect(sealed).not.toContain('private');
    expect(decryptSecret(sealed, kek, 'key-1').toString()).toBe('private key');
  });
  it('refuses a wrong key, a wrong context and tampering', () => {
    const sealed = encryptSecret(Buffer.from('private key'), kek, 'key-1');
    expect(() => decryptSecret(sealed, randomBytes(32), 'key-1')).toThrow();
    expect(() => decryptSecret(sealed, kek, 'key-2')).toThrow();
    const parts = sealed.split('.');
    const body = Buffer.from(parts[3]!, 'base64url');
    body[0]! ^= 1;
    parts[3] = body.toString('base64url');
    expect(() => decryptSecret(parts.join('.'), kek, 'key-1')).toThrow();
  });
});
