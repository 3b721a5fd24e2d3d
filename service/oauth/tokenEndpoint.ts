import type Provider from 'oidc-provider';
import { errors, type KoaContextWithOIDC } from 'oidc-provider';
import { clientAddress } from '../http/clientAddress';
import type { ItemStore } from '../store/itemStore';
import type { Middleware } from './middleware';
import { CLIENT_AUTH_RULE, type Throttle } from './throttle';

/** The token and revocation endpoints: their clients are programs that read JSON whatever `Accept` says. */
export const TOKEN_PATHS: ReadonlySet<string> = new Set(['/token', '/token/revocation']);

function errorCode(ctx: KoaContextWithOIDC): string | undefined {
  const body = ctx.body as { error?: unknown } | undefined;
  return typeof body?.error === 'string' ? body.error : undefined;
}

/**
 * True when oidc-provider authenticated the client of this token or revocation request. It records the client
 * before it compares the secret, so a recorded client whose request still failed with `invalid_client` did not
 * authenticate; neither did one without credentials, malformed ones or mismatched client ids (none recorded).
 */
function clientAuthenticated(ctx: KoaContextWithOIDC): boolean {
  return ctx.oidc?.client !== undefined && errorCode(ctx) !== 'invalid_client';
}

function tooManyFailures(ctx: KoaContextWithOIDC, wait: number): void {
  ctx.status = 429;
  ctx.remove('WWW-Authenticate');
  ctx.set({ 'Retry-After': String(wait), 'Cache-Control': 'no-store' });
  ctx.body = {
    error: 'invalid_client',
    error_description: 'too many failed client authentications from this address; retry later',
  };
}

/** RFC 6749 §3.2: the token endpoint takes POST only; any other method gets a JSON error, not a router's text. */
function onlyPost(ctx: KoaContextWithOIDC): void {
  ctx.status = 405;
  ctx.set({ Allow: 'POST', 'Cache-Control': 'no-store' });
  ctx.body = { error: 'invalid_request', error_description: 'use POST' };
}

/** Thrown before a locked address's first write: oidc-provider answers it like any protocol error. */
class AddressLockedError extends errors.OIDCProviderError {
  constructor() {
    super(429, 'invalid_client');
    this.error_description = 'too many failed client authentications from this address; retry later';
  }
}

/**
 * Token and revocation endpoints: JSON whatever `Accept` says (RFC 6749 §5.1, §5.2; RFC 7009 §2.2.1),
 * `Pragma: no-cache` next to oidc-provider's `Cache-Control: no-store`, 401 for a request without client
 * authentication (RFC 6749 §5.2), and a per-address lock after repeated failed client authentication
 * (RFC 6749 §2.3.1). The address is the TCP peer (API Gateway's sourceIp on Lambda), never X-Forwarded-For, so it
 * cannot be spoofed.
 *
 * Comparing a client secret costs nothing, so the verdict is what the lock guards. The lock's counter is read with
 * the request's own reads (the code or token comes with it in one BatchGetItem, after oidc-provider authenticated
 * the client), so checking it costs no round trip of its own: a locked address is refused before it changes
 * anything (no code consumed, no token issued or revoked), and a success answers 429 if the latest read found the
 * address locked. A failure is counted by one atomic update that refuses past the limit, and a request it refuses
 * answers 429 instead of 401. So a burst learns at most `limit` wrong secrets (and the right one only while the
 * address is not locked), while right secrets are never counted: Alexa's parallel token calls from few addresses
 * cannot lock each other out.
 */
export function tokenEndpointGuard(throttle: Throttle, items: ItemStore): Middleware {
  return async (ctx, next) => {
    if (!TOKEN_PATHS.has(ctx.path)) return next();
    // oidc-provider renders errors as an HTML page for a client that prefers HTML; then the body is a string and
    // neither the lock nor the code rules could read the error. These endpoints speak JSON only.
    ctx.req.headers.accept = 'application/json';
    ctx.set('Pragma', 'no-cache');
    // No browser calls these endpoints (Alexa's servers do), so there is no CORS preflight to answer either.
    if (ctx.method !== 'POST') return onlyPost(ctx);
    const subjects = [{ rule: CLIENT_AUTH_RULE, value: clientAddress(ctx.req) }];
    const lockWait = throttle.watch(subjects);
    let guarding = true;
    let refused = 0;
    items.beforeFirstWrite(async () => {
      if (!guarding) return;
      refused = await lockWait();
      if (refused > 0) throw new AddressLockedError();
    });
    await next();
    guarding = false;
    if (refused > 0) return tooManyFailures(ctx, refused);
    if (clientAuthenticated(ctx)) {
      const lockedMeanwhile = await lockWait();
      if (lockedMeanwhile > 0) tooManyFailures(ctx, lockedMeanwhile);
      return;
    }
    const params = ctx.oidc?.params;
    const anonymous = params !== undefined && !ctx.get('authorization') && !params.client_id && !params.client_secret;
    if (ctx.status === 400 && anonymous && errorCode(ctx) === 'invalid_request') {
      // RFC 6749 §5.2: "no client authentication included" is invalid_client; advertise Basic (§2.3.1).
      ctx.status = 401;
      ctx.set('WWW-Authenticate', `Basic realm="${ctx.oidc?.issuer}"`);
      ctx.body = { error: 'invalid_client', error_description: 'client authentication is required' };
    }
    const full = await throttle.recordFailure(subjects);
    if (full > 0) tooManyFailures(ctx, full);
  };
}

/**
 * One attempt per code: a redemption that fails with 400 (wrong or malformed PKCE verifier, wrong redirect_uri)
 * still consumes the code, so a stolen code cannot be retried against the verifier (RFC 7636 §4.6, RFC 9700
 * §4.8.2). Only the client the code was issued to, authenticated, can burn it (RFC 6749 §4.1.3, §5.2): a request
 * without or with bad credentials, or from another client, leaves the code to its owner.
 */
export function burnCodeOnFailedRedemption(provider: () => Provider): Middleware {
  return async (ctx, next) => {
    await next();
    if (ctx.path !== '/token' || ctx.status !== 400 || !clientAuthenticated(ctx)) return;
    const params = ctx.oidc?.params;
    if (params?.grant_type !== 'authorization_code' || typeof params.code !== 'string') return;
    const error = errorCode(ctx);
    if (error !== 'invalid_grant' && error !== 'invalid_request') return;
    const codes = provider().AuthorizationCode.adapter;
    const code = await codes.find(params.code).catch(() => undefined);
    if (code?.clientId !== ctx.oidc?.client?.clientId) return;
    await codes.consume(params.code).catch(() => undefined);
  };
}
