import { describe, expect, it } from '@jest/globals';
import type { KoaContextWithOIDC } from 'oidc-provider';
import { refreshPolicy, rotateRefreshTokenHook } from '../../../../service/oauth/refreshPolicy';

const DAY = 86_400;
const policy = refreshPolicy({
  accessTokenTtlSeconds: 3600,
  refreshTokenIdleSeconds: 90 * DAY,
  refreshGraceSeconds: 120,
});

function context(iat: number) {
  return {
    oidc: { entities: { RefreshToken: { iat, jti: 'rt' }, Grant: { jti: 'grant' } } },
  } as unknown as KoaContextWithOIDC;
}

describe('refresh-token policy', () => {
  it('rotates after 70 % of the idle lifetime (63 days of 90)', () => {
    expect(policy).toEqual({ idleSeconds: 90 * DAY, rotateAfterSeconds: 63 * DAY, graceSeconds: 120 });
  });

  it('slides a young token and its grant instead of rotating', async () => {
    const calls: string[] = [];
    const now = 1_000 * DAY;
    const hook = rotateRefreshTokenHook(
      policy,
      async (model, id, exp) => {
        calls.push(`${model}:${id}:${exp - now}`);
        return true;
      },
      () => now * 1000,
    );
    await expect(hook(context(now - 62 * DAY))).resolves.toBe(false);
    expect(calls).toEqual([`Grant:grant:${90 * DAY}`, `RefreshToken:rt:${90 * DAY}`]);
  });

  it('rotates an old token (no absolute cap) and still extends the grant', async () => {
    const calls: string[] = [];
    const now = 5_000 * DAY;
    const hook = rotateRefreshTokenHook(
      policy,
      async (model) => {
        calls.push(model);
        return true;
      },
      () => now * 1000,
    );
    await expect(hook(context(now - 4_000 * DAY))).resolves.toBe(true);
    expect(calls).toEqual(['Grant']);
  });

  it('rotates a young token that can no longer be slid (a retry inside the grace window)', async () => {
    const hook = rotateRefreshTokenHook(
      policy,
      async (model) => model === 'Grant',
      () => 10 * DAY * 1000,
    );
    await expect(hook(context(9 * DAY))).resolves.toBe(true);
  });
});
