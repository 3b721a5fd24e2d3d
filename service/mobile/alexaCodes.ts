import type Provider from 'oidc-provider';
import type { Middleware } from '../oauth/middleware';
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
  /** Sends the request's pending writes: Amazon may redeem the code before this request answers. */
  flush: () => Promise<void>;
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
  const value = await code.save();
  await deps.flush();
  return { code: value, grantId };
}

/**
 * Once a code is redeemed at /token, a grant still pending from {@link issueAlexaCode} (it expires within
 * {@link PENDING_GRANT_SECONDS}) gets the normal idle lifetime; without this it would expire minutes after
 * linking. Grants the consent page made already have that lifetime, so their redemption costs no write.
 */
export function activateGrantOnRedemption(extend: ExtendExpiry, idleSeconds: number, now: () => number): Middleware {
  return async (ctx, next) => {
    await next();
    if (ctx.path !== '/token' || ctx.status !== 200 || ctx.oidc?.params?.grant_type !== 'authorization_code') return;
    const grant = ctx.oidc.entities.Grant;
    const nowSeconds = Math.floor(now() / 1000);
    const pending = typeof grant?.exp !== 'number' || grant.exp <= nowSeconds + PENDING_GRANT_SECONDS;
    if (grant?.jti && pending) await extend('Grant', grant.jti, nowSeconds + idleSeconds);
  };
}
