/**
 * Key material for tests and the benchmark: the VC-DI-EdDSA Appendix B key pair, and fresh did:key issuers.
 * Not used by production code (randomness lives here, in test helpers, never in the verifier).
 */
import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { didKeyFromEd25519 } from './did-key.ts';
import { ed25519PrivateKeyFromSeed, ed25519RawFromKeyObject } from './keys.ts';
import { multibaseDecode, multicodecUnwrap } from './multibase.ts';
import { DI_EDDSA_KEY } from './vectors.ts';

export interface TestIssuer {
  privateKey: KeyObject;
  publicKey: KeyObject;
  did: string;
  /** did:key verification method id. */
  vm: string;
  raw: Uint8Array;
}

function fromPrivate(privateKey: KeyObject, publicKey: KeyObject): TestIssuer {
  const raw = ed25519RawFromKeyObject(publicKey)!;
  const did = didKeyFromEd25519(raw);
  return { privateKey, publicKey, did, vm: `${did}#${did.slice('did:key:'.length)}`, raw };
}

/** The spec's key pair (secretKeyMultibase is multicodec ed25519-priv 0x1300 + the 32-byte seed). */
export function specIssuer(): TestIssuer {
  const seed = multicodecUnwrap(multibaseDecode(DI_EDDSA_KEY.secretKeyMultibase)!.bytes)!.data;
  const privateKey = ed25519PrivateKeyFromSeed(seed);
  return fromPrivate(privateKey, createPublicKey(privateKey));
}

export function newIssuer(): TestIssuer {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return fromPrivate(privateKey, publicKey);
}
