import { describe, expect, it } from '@jest/globals';
import {
  CURRENT_HASH_PREFIX,
  dummyHash,
  hashPassword,
  needsRehash,
  verifyPassword,
} from '../../../../service/riders/passwords';

describe('Argon2id password hashing (OWASP parameters)', () => {
  it('hashes with argon2id, m=19456, t=2, p=1 and a fresh salt each time', async () => {
    const a = await hashPassword('correct horse');
    const b = await hashPassword('correct horse');
    expect(a.startsWith(CURRENT_HASH_PREFIX)).toBe(true);
    expect(a).not.toBe(b);
    expect(needsRehash(a)).toBe(false);
    expect(needsRehash('$argon2id$v=19$m=65536,t=3,p=4$abc$def')).toBe(true);
  });

  it('verifies the right password only, and treats a malformed hash as a mismatch', async () => {
    const stored = await hashPassword('correct horse');
    await expect(verifyPassword(stored, 'correct horse')).resolves.toBe(true);
    await expect(verifyPassword(stored, 'wrong horse')).resolves.toBe(false);
    await expect(verifyPassword('not-a-hash', 'x')).resolves.toBe(false);
  });

  it('reuses one dummy hash for unknown users', async () => {
    const first = await dummyHash();
    expect(first.startsWith(CURRENT_HASH_PREFIX)).toBe(true);
    await expect(dummyHash()).resolves.toBe(first);
  });
});
