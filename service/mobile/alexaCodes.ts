import type Provider from 'oidc-provider';
import type { KoaContextWithOIDC } from 'oidc-provider';
import { CODE_TTL_SECONDS } from '../oauth/providerConfig';
import type { ExtendExpiry } from '../oauth/refreshPolicy';
import type { Scope } from '../oauth/scopes';

/** What an authorization code for Alexa is bound to (RFC 6749 §4.1.3: client, redirect URI; RFC 7636). */
export interface AlexaCodeRequest {
  riderId: string;
  redirectUri: string;
  scopes: readonly Scope[];
  codeChallenge?: string;
}

/** A code for Alexa and the grant behind it; revoking the grant takes the code back too. */
export interface IssuedCode {
  code: string;
  grantId: string;
}

/** What issuing needs: the provider, the Alexa client id, storage's expiry update, and the clock. */
export interface AlexaCodeDeps {
  provider: Provider;
  alexaClientId: string;
  extend: ExtendExpiry;
  now: () => number;
}

/** A grant waits this long for its code's redemption: the code's own lifetime plus a little clock slack. */
export const PENDING_GRANT_SECONDS = CODE_TTL_SECONDS + 30;

/**
 * Issues an authorization code for the Alexa client on behalf of a rider the app already authenticated, exactly
 * as the consent page would (same grant, same single-use 60 s code), so Alexa redeems it at /token like any other.
 * The grant lives only as long as the code until Alexa redeems it ({@link activateGrantOnRedemption}), so a code
 * Alexa never redeems (wrong state, the user went away) leaves nothing usable behind.
 */
export async function issueAlexaCode(deps: AlexaCodeDeps, request: AlexaCodeRequest): Promise<IssuedCode> {
  const { provider } = deps;
  const client = await provider.Client.find(deps.alexaClientId);
  if (!client) throw new Error('the Alexa client is not registered');
  const grant = new provider.Grant({ accountId: request.riderId, clientId: deps.alexaClientId });
  grant.addOIDCScope(request.scopes.join(' '));
  const grantId = await grant.save();
  const nowSeconds = Math.floor(deps.now() / 1000);
  await deps.extend('Grant', grantId, nowSeconds + PENDING_GRANT_SECONDS);
  const code = new provider.AuthorizationCode({
    accountId: request.riderId,
    client,
    grantId,
    redirectUri: request.redirectUri,
    scope: request.scopes.join(' '),
    authTime: nowSeconds,
    gty: 'authorization_code',
    ...(request.codeChallenge ? { codeChallenge: request.codeChallenge, codeChallengeMethod: 'S256' } : {}),
  });
  return { code: await code.save(), grantId };
}

type Middleware = (ctx: KoaContextWithOIDC, next: () => Promise<void>) => Promise<void>;

/**
 * Once a code is redeemed at /token, its grant gets the normal idle lifetime (a no-op for grants the consent page
 * made, which already have it). Without this, a grant from {@link issueAlexaCode} would expire minutes after
 * linking.
 */
export function activateGrantOnRedemption(extend: ExtendExpiry, idleSeconds: number, now: () => number): Middleware {
  return async (ctx, next) => {
    await next();
    if (ctx.path !== '/token' || ctx.status !== 200 || ctx.oidc?.params?.grant_type !== 'authorization_code') return;
    const grant = ctx.oidc.entities.Grant;
    if (grant?.jti) await extend('Grant', grant.jti, Math.floor(now() / 1000) + idleSeconds);
  };
}
