import Provider, { type errors, type KoaContextWithOIDC } from 'oidc-provider';
import type { ServiceConfig } from '../config';
import { clientAddress } from '../http/clientAddress';
import { HSTS, htmlSecurityHeaders, redirectOrigins } from '../http/securityHeaders';
import type { Logger } from '../log';
import { negotiateCatalog } from './i18n';
import { linkedPage } from './pages/linkedPage';
import { type ProviderConfigDeps, providerConfiguration } from './providerConfig';
import { CLIENT_AUTH_RULE, type Throttle } from './throttle';

/** What the provider needs beyond its configuration. */
export interface ProviderDeps extends ProviderConfigDeps {
  log: Logger;
  throttle: Throttle;
}

type Middleware = (ctx: KoaContextWithOIDC, next: () => Promise<void>) => Promise<void>;

const TOKEN_PATHS = new Set(['/token', '/token/revocation']);

/** Security headers on every provider response; the full HTML set on HTML ones (error pages included). */
function securityHeaders(config: ServiceConfig): Middleware {
  const html = htmlSecurityHeaders(redirectOrigins(config.alexa.redirectUris));
  return async (ctx, next) => {
    await next();
    ctx.set('X-Content-Type-Options', 'nosniff');
    if (ctx.secure) ctx.set('Strict-Transport-Security', HSTS);
    if (ctx.response.is('html')) ctx.set(html);
  };
}

/**
 * Token and revocation endpoints: `Pragma: no-cache` next to oidc-provider's `Cache-Control: no-store`
 * (RFC 6749 §5.1), and a per-address lock after repeated failed client authentication (RFC 6749 §2.3.1). The
 * address is the TCP peer (API Gateway's sourceIp on Lambda), never X-Forwarded-For, so it cannot be spoofed.
 */
function tokenEndpointGuard(throttle: Throttle): Middleware {
  return async (ctx, next) => {
    if (!TOKEN_PATHS.has(ctx.path)) return next();
    ctx.set('Pragma', 'no-cache');
    const subjects = [{ rule: CLIENT_AUTH_RULE, value: clientAddress(ctx.req) }];
    const wait = ctx.method === 'POST' ? await throttle.lockedFor(subjects) : 0;
    if (wait > 0) {
      ctx.status = 429;
      ctx.set({ 'Retry-After': String(wait), 'Cache-Control': 'no-store' });
      ctx.body = {
        error: 'invalid_client',
        error_description: 'too many failed client authentications from this address; retry later',
      };
      return;
    }
    await next();
    const params = ctx.oidc?.params;
    const anonymous = params !== undefined && !ctx.get('authorization') && !params.client_id && !params.client_secret;
    if (ctx.status === 400 && anonymous && (ctx.body as { error?: string }).error === 'invalid_request') {
      // RFC 6749 §5.2: "no client authentication included" is invalid_client; advertise Basic (§2.3.1).
      ctx.status = 401;
      ctx.set('WWW-Authenticate', `Basic realm="${ctx.oidc?.issuer}"`);
      ctx.body = { error: 'invalid_client', error_description: 'client authentication is required' };
    }
    if (ctx.status === 401) await throttle.recordFailure(subjects);
  };
}

/**
 * Turns the final redirect that carries a code into a localized "linked" confirmation page that forwards to the
 * same URL (meta refresh plus a link). Error redirects such as `access_denied` go to Alexa directly.
 */
function linkedConfirmation(delaySeconds: number, alexaClientId: string): Middleware {
  return async (ctx, next) => {
    await next();
    // Only Alexa's linking ends on "linked with Alexa"; the Ride Hailer app's own sign-in goes straight back to it.
    if (ctx.oidc?.client?.clientId !== alexaClientId) return;
    const route = ctx.oidc?.route;
    if ((route !== 'resume' && route !== 'authorization') || (ctx.status !== 302 && ctx.status !== 303)) return;
    const location = ctx.response.get('Location');
    if (!location || !URL.canParse(location) || !new URL(location).searchParams.has('code')) return;
    const catalog = negotiateCatalog(ctx.oidc?.params?.ui_locales, ctx.get('accept-language'));
    ctx.remove('Location');
    ctx.status = 200;
    ctx.type = 'html';
    ctx.body = linkedPage(catalog, location, delaySeconds);
  };
}

/**
 * One attempt per code: a redemption that fails with 400 (wrong or malformed PKCE verifier, wrong redirect_uri or
 * client) still consumes the code, so a stolen code cannot be retried against the verifier (RFC 7636 §4.6,
 * RFC 9700 §4.8.2). Failed client authentication (401) does not touch the code.
 */
function burnCodeOnFailedRedemption(provider: () => Provider): Middleware {
  return async (ctx, next) => {
    await next();
    if (ctx.path !== '/token' || ctx.status !== 400) return;
    const params = ctx.oidc?.params;
    const body = ctx.body as { error?: string } | undefined;
    if (params?.grant_type !== 'authorization_code' || typeof params.code !== 'string') return;
    if (body?.error !== 'invalid_grant' && body?.error !== 'invalid_request') return;
    await provider()
      .AuthorizationCode.adapter.consume(params.code)
      .catch(() => undefined);
  };
}

/** Logs protocol failures by code only: no tokens, codes or secrets ever reach the log. */
function listen(provider: Provider, log: Logger): void {
  const info = (event: string) => (_ctx: unknown, error: errors.OIDCProviderError) =>
    log.info(event, { error: error.error, description: error.error_description, detail: error.error_detail });
  provider.on('grant.error', info('grant.error'));
  provider.on('authorization.error', info('authorization.error'));
  provider.on('revocation.error', info('revocation.error'));
  provider.on('server_error', (_ctx, error) => log.error('server_error', { name: error.name, message: error.message }));
}

/** Builds the oidc-provider instance behind a trusted proxy (API Gateway / Function URL). */
export function createProvider(config: ServiceConfig, deps: ProviderDeps): Provider {
  const provider = new Provider(config.issuer, providerConfiguration(config, deps));
  provider.proxy = true;
  provider.use(securityHeaders(config));
  provider.use(tokenEndpointGuard(deps.throttle));
  provider.use(linkedConfirmation(config.linkedPageRedirectSeconds, config.alexa.clientId));
  provider.use(burnCodeOnFailedRedemption(() => provider));
  listen(provider, deps.log);
  return provider;
}
