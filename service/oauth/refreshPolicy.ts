import type { KoaContextWithOIDC } from 'oidc-provider';
import type { ServiceConfig } from '../config';

/**
 * The retry-safe refresh-token policy for Alexa (service/README.md "Refresh-token policy"):
 * - idle lifetime: every successful refresh moves the refresh token's and the grant's expiry to now + idle;
 * - rotation: only once a refresh token is older than 70 % of the idle lifetime, with no absolute cap;
 * - grace: a rotated refresh token keeps working for `graceSeconds`, so a retry after a lost response succeeds;
 * - after the grace window, reuse of a rotated token is treated as theft and revokes the grant (RFC 9700 §4.14.2).
 */
export interface RefreshPolicy {
  idleSeconds: number;
  rotateAfterSeconds: number;
  graceSeconds: number;
}

/** Derives the policy from configuration. */
export function refreshPolicy(tokens: ServiceConfig['tokens']): RefreshPolicy {
  return {
    idleSeconds: tokens.refreshTokenIdleSeconds,
    rotateAfterSeconds: Math.floor(tokens.refreshTokenIdleSeconds * 0.7),
    graceSeconds: tokens.refreshGraceSeconds,
  };
}

/** Storage operation the policy needs: slide a live record's expiry (false if consumed, expired or gone). */
export type ExtendExpiry = (model: 'RefreshToken' | 'Grant', id: string, expiresAt: number) => Promise<boolean>;

/**
 * oidc-provider `rotateRefreshToken` hook implementing {@link RefreshPolicy}. A token that cannot be slid (it was
 * rotated moments ago and is being retried inside the grace window) is rotated again, so the caller always gets a
 * refresh token that stays valid.
 */
export function rotateRefreshTokenHook(
  policy: RefreshPolicy,
  extend: ExtendExpiry,
  now: () => number,
): (ctx: KoaContextWithOIDC) => Promise<boolean> {
  return async (ctx) => {
    const { RefreshToken: token, Grant: grant } = ctx.oidc.entities;
    if (!token) return false;
    const nowSeconds = Math.floor(now() / 1000);
    const expiresAt = nowSeconds + policy.idleSeconds;
    if (grant) await extend('Grant', grant.jti, expiresAt);
    // A public client (the Ride Hailer app) has no secret to bind its refresh token to: rotate on every use
    // (RFC 9700 §4.14.2), still inside the grace window for a lost response.
    if (ctx.oidc.client?.clientAuthMethod === 'none') return true;
    if (nowSeconds - token.iat >= policy.rotateAfterSeconds) return true;
    return !(await extend('RefreshToken', token.jti, expiresAt));
  };
}
