import Provider, { type errors } from 'oidc-provider';
import type { ServiceConfig } from '../config';
import { HSTS, htmlSecurityHeaders, redirectOrigins } from '../http/securityHeaders';
import type { Logger } from '../log';
import type { ItemStore } from '../store/itemStore';
import { negotiateCatalog } from './i18n';
import type { Middleware } from './middleware';
import { linkedPage } from './pages/linkedPage';
import { type ProviderConfigDeps, providerConfiguration } from './providerConfig';
import { advertiseServedResponseModes } from './responseModes';
import { answerStoreFaults } from './storeFaults';
import type { Throttle } from './throttle';
import { burnCodeOnFailedRedemption, tokenEndpointGuard } from './tokenEndpoint';
import { addReadHints } from './tokenReadHints';

/** What the provider needs beyond its configuration. */
export interface ProviderDeps extends ProviderConfigDeps {
  log: Logger;
  throttle: Throttle;
  /** The request-scoped table view the adapter writes through. */
  items: ItemStore;
}

/**
 * The outermost middleware: the records a request wrote (session, interaction, code, tokens) leave in one
 * BatchWriteItem before Koa sends the answer, whatever the outcome, as they would have one by one before.
 */
function writeBeforeAnswering(items: ItemStore): Middleware {
  return async (_ctx, next) => {
    try {
      await next();
    } finally {
      await items.flush();
    }
  };
}

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
 * Opt-in (LINKED_PAGE_REDIRECT_SECONDS > 0): turns the final redirect that carries a code into a localized "linked"
 * confirmation page that forwards to the same URL (meta refresh plus a link). Error redirects such as
 * `access_denied` go to Alexa directly.
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
  addReadHints(provider);
  provider.use(securityHeaders(config));
  // Inside the security headers (so its error pages get them), outside everything that touches the store,
  // including the final write: a batch that cannot be written turns the answer (and any token in it) into a 503.
  provider.use(answerStoreFaults(provider, deps.log));
  provider.use(writeBeforeAnswering(deps.items));
  provider.use(advertiseServedResponseModes);
  provider.use(tokenEndpointGuard(deps.throttle, deps.items));
  // By default the consent ends with oidc-provider's own 303 to Alexa's redirect URI (RFC 6749 §4.1.2).
  if (config.linkedPageRedirectSeconds > 0) {
    provider.use(linkedConfirmation(config.linkedPageRedirectSeconds, config.alexa.clientId));
  }
  provider.use(burnCodeOnFailedRedemption(() => provider));
  listen(provider, deps.log);
  return provider;
}
