import { randomBytes } from 'node:crypto';
import { type Algorithm, hash, verify } from '@node-rs/argon2';

/** OWASP Password Storage Cheat Sheet minimum for Argon2id: m=19 MiB, t=2, p=1. */
const ARGON2ID = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/** PHC prefix of a hash made with the current parameters; any other prefix is rehashed at the next login. */
export const CURRENT_HASH_PREFIX = '$argon2id$v=19$m=19456,t=2,p=1$';

/** Hashes a password with Argon2id and the current parameters. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2ID);
}

/** Verifies a password against a stored hash; a malformed hash counts as a mismatch. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/** True when the stored hash was made with other parameters and should be replaced after a successful login. */
export function needsRehash(storedHash: string): boolean {
  return !storedHash.startsWith(CURRENT_HASH_PREFIX);
}

let dummy: Promise<string> | undefined;

/**
 * A hash of a random value, verified for unknown emails so a login costs the same work whether or not the account
 * exists (no user enumeration by timing; RFC 6819 §5.1.4.2).
 */
export function dummyHash(): Promise<string> {
  dummy ??= hashPassword(randomBytes(32).toString('base64url'));
  return dummy;
}
