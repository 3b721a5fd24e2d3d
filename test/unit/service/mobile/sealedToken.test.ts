import { describe, expect, it } from '@jest/globals';
import { openToken, sealToken } from '../../../../service/mobile/sealedToken';

const KEY_A = 'a'.repeat(32);
const KEY_B = 'b'.repeat(32);
const TOKEN = 'Atzr|refresh-token-value';

describe('sealed Amazon refresh tokens', () => {
  it('stores no readable token and opens again with the same key', () => {
    const sealed = sealToken([KEY_A], TOKEN);
    expect(sealed).not.toContain('refresh-token-value');
    expect(openToken([KEY_A], sealed)).toBe(TOKEN);
  });

  it('opens with an older key after rotation, and not at all once that key is gone', () => {
    const sealed = sealToken([KEY_A], TOKEN);
    expect(openToken([KEY_B, KEY_A], sealed)).toBe(TOKEN);
    expect(openToken([KEY_B], sealed)).toBeUndefined();
  });

  it('refuses a tampered or malformed value', () => {
    const sealed = sealToken([KEY_A], TOKEN);
    const parts = sealed.split('.');
    const flipped = `${parts[0]}.${parts[1]}.${parts[2]}.${(parts[3] ?? '').replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}`;
    expect(openToken([KEY_A], flipped)).toBeUndefined();
    expect(openToken([KEY_A], 'not-sealed')).toBeUndefined();
  });
});
