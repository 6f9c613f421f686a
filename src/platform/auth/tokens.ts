import { createHash, randomBytes } from 'node:crypto';

/** A bearer secret and what is stored for it: only a SHA-256, so a database leak reveals no usable secret. */
export const newSecret = (bytes = 32): string => randomBytes(bytes).toString('base64url');
export const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');
