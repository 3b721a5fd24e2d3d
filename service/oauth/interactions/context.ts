import type { IncomingMessage, ServerResponse } from 'node:http';
import type Provider from 'oidc-provider';
import type { ServiceConfig } from '../../config';
import type { StoreUnavailableError } from '../../errors';
import { sendHtml } from '../../http/respond';
import type { Logger } from '../../log';
import type { RiderRepository } from '../../riders/rider';
import type { ItemStore } from '../../store/itemStore';
import { type Catalog, negotiateCatalog } from '../i18n';
import { type ErrorKind, errorPage } from '../pages/errorPage';
import type { Throttle } from '../throttle';

/** What the login and consent handlers need. */
export interface InteractionDeps {
  config: ServiceConfig;
  provider: Provider;
  riders: RiderRepository;
  throttle: Throttle;
  log: Logger;
  /** Headers for every HTML response (security headers, HSTS when https). */
  htmlHeaders: Record<string, string>;
  /** The request-scoped table view: what an interaction wrote leaves before the redirect does. */
  items: ItemStore;
}

/** The interaction being handled, as oidc-provider reports it. */
export type Interaction = Awaited<ReturnType<Provider['interactionDetails']>>;

/** One request to an interaction page. */
export interface InteractionRequest {
  req: IncomingMessage;
  res: ServerResponse;
  uid: string;
  interaction: Interaction;
  catalog: Catalog;
}

/** The page language for an interaction: `ui_locales` from the authorization request, then Accept-Language. */
export function catalogFor(req: IncomingMessage, interaction?: Interaction): Catalog {
  return negotiateCatalog(interaction?.params.ui_locales, req.headers['accept-language']);
}

/** Renders a page with the security headers. */
export function renderPage(
  deps: InteractionDeps,
  res: ServerResponse,
  status: number,
  html: string,
  extra: Record<string, string> = {},
): void {
  sendHtml(res, status, html, { ...deps.htmlHeaders, ...extra });
}

/**
 * Ends the interaction like oidc-provider's `interactionFinished` (the result stored, a 303 to the authorization
 * endpoint, RFC 9700 §4.12), but sends the request's writes before the redirect leaves, so the browser's next
 * request finds them. oidc-provider re-reads the interaction here, which this request has already read.
 */
export async function finishInteraction(
  deps: InteractionDeps,
  request: InteractionRequest,
  result: Parameters<Provider['interactionResult']>[2],
  options: Parameters<Provider['interactionResult']>[3],
): Promise<void> {
  const returnTo = await deps.provider.interactionResult(request.req, request.res, result, options);
  await deps.items.flush();
  request.res.writeHead(303, { Location: returnTo, 'Content-Length': '0' });
  request.res.end();
}

/** Renders an error page (never a redirect). */
export function renderError(
  deps: InteractionDeps,
  res: ServerResponse,
  catalog: Catalog,
  status: number,
  kind: ErrorKind,
  code?: string,
): void {
  renderPage(deps, res, status, errorPage(catalog, kind, code));
}

/** The error page for a store that could not answer: 503 with `Retry-After`, nothing changed, safe to retry. */
export function renderUnavailable(
  deps: InteractionDeps,
  res: ServerResponse,
  catalog: Catalog,
  error: StoreUnavailableError,
): void {
  renderPage(deps, res, error.status, errorPage(catalog, 'server', error.code), {
    'Retry-After': String(error.retryAfterSeconds),
  });
}
