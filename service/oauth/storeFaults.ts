import type Provider from 'oidc-provider';
import type { KoaContextWithOIDC } from 'oidc-provider';
import { StoreUnavailableError } from '../errors';
import type { Logger } from '../log';
import { negotiateCatalog } from './i18n';
import type { Middleware } from './middleware';
import { errorPage } from './pages/errorPage';
import { TOKEN_PATHS } from './tokenEndpoint';

function answerUnavailable(ctx: KoaContextWithOIDC, error: StoreUnavailableError): void {
  ctx.status = error.status;
  ctx.remove('WWW-Authenticate');
  ctx.remove('Location');
  ctx.set({ 'Retry-After': String(error.retryAfterSeconds), 'Cache-Control': 'no-store' });
  if (!TOKEN_PATHS.has(ctx.path) && ctx.accepts('json', 'html') === 'html') {
    const catalog = negotiateCatalog(ctx.oidc?.params?.ui_locales, ctx.get('accept-language'));
    ctx.type = 'html';
    ctx.body = errorPage(catalog, 'server', error.code);
    return;
  }
  ctx.body = { error: error.code, error_description: 'the service is briefly unavailable; retry later' };
}

/**
 * Every oidc-provider route answers a store that could not answer with 503 and `Retry-After` instead of
 * `server_error`: JSON `{"error":"temporarily_unavailable"}` on the token and revocation endpoints (RFC 6749 §5.2
 * style), the localized error page for browsers. oidc-provider renders most failures itself and reports the cause
 * in its `server_error` event; failures outside its error handler (saving the session, the token guard's
 * counters) arrive here as exceptions. A response that failed this way carries no token.
 */
export function answerStoreFaults(provider: Provider, log: Logger): Middleware {
  const failed = new WeakMap<object, StoreUnavailableError>();
  provider.on('server_error', (ctx, error) => {
    if (error instanceof StoreUnavailableError) failed.set(ctx, error);
  });
  return async (ctx, next) => {
    try {
      await next();
    } catch (error) {
      if (!(error instanceof StoreUnavailableError)) throw error;
      failed.set(ctx, error);
    }
    const error = failed.get(ctx);
    if (error === undefined) return;
    log.warn('store_unavailable', { path: ctx.path });
    answerUnavailable(ctx, error);
  };
}
