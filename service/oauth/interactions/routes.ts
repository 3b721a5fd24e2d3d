import type { IncomingMessage, ServerResponse } from 'node:http';
import { ContentTooLargeError, InvalidRequestError, StoreUnavailableError } from '../../errors';
import { readForm } from '../../http/body';
import { showConsent, submitConsent } from './consent';
import { catalogFor, type InteractionDeps, type InteractionRequest, renderError, renderUnavailable } from './context';
import { type FormName, isSameOrigin, verifyCsrfToken } from './csrf';
import { showLogin, submitLogin } from './login';

const PATH = /^\/interaction\/([^/]+)(?:\/(login|consent))?$/;

function decodeSegment(segment: string | undefined): string {
  try {
    return decodeURIComponent(segment ?? '');
  } catch {
    return '';
  }
}

function isSessionNotFound(error: unknown): boolean {
  return error instanceof Error && error.name === 'SessionNotFound';
}

/** True when `path` belongs to the interaction pages. */
export function isInteractionPath(path: string): boolean {
  return PATH.test(path);
}

/**
 * Login and consent pages (server-rendered HTML). The interaction comes from oidc-provider's path-scoped,
 * SameSite=Lax cookie and must match the URL; every POST also needs the form's CSRF token and a same-origin
 * `Origin` (RFC 6749 §10.12). A GET never changes state.
 */
export function createInteractionHandler(deps: InteractionDeps) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    const match = PATH.exec(url.pathname);
    const uid = decodeSegment(match?.[1]);
    const action = match?.[2] as FormName | undefined;
    let catalog = catalogFor(req);
    try {
      // A form is read before the interaction, so the rider a sign-in names comes in the same read as it.
      const form = req.method === 'POST' && action !== undefined ? await readForm(req) : undefined;
      const email = action === 'login' ? form?.get('email')?.trim() : undefined;
      if (email) deps.riders.readAheadEmail?.(email);
      const interaction = await deps.provider.interactionDetails(req, res);
      catalog = catalogFor(req, interaction);
      if (interaction.uid !== uid) return renderError(deps, res, catalog, 400, 'expired', 'invalid_request');
      const request: InteractionRequest = { req, res, uid, interaction, catalog };
      const prompt = interaction.prompt.name;
      if (req.method === 'GET' && action === undefined) {
        if (prompt === 'login') return showLogin(deps, request);
        if (prompt === 'consent') return await showConsent(deps, request);
        return renderError(deps, res, catalog, 400, 'invalidRequest', 'invalid_request');
      }
      if (form === undefined || action === undefined) {
        return renderError(deps, res, catalog, 405, 'invalidRequest', 'method_not_allowed');
      }
      if (
        !verifyCsrfToken(deps.config.cookieKeys, uid, action, form.get('csrf')) ||
        !isSameOrigin(req, deps.config.issuer)
      ) {
        return renderError(deps, res, catalog, 403, 'forbidden', 'csrf_check_failed');
      }
      if (action !== prompt) return renderError(deps, res, catalog, 400, 'expired', 'invalid_request');
      if (action === 'login') return await submitLogin(deps, request, form);
      return await submitConsent(deps, request, form);
    } catch (error) {
      if (isSessionNotFound(error)) return renderError(deps, res, catalog, 400, 'expired', 'session_not_found');
      if (error instanceof InvalidRequestError || error instanceof ContentTooLargeError)
        return renderError(deps, res, catalog, error.status, 'invalidRequest', error.code);
      if (error instanceof StoreUnavailableError && !res.headersSent) {
        deps.log.warn('store_unavailable', { path: url.pathname });
        return renderUnavailable(deps, res, catalog, error);
      }
      deps.log.error('interaction_error', { name: (error as Error).name, message: (error as Error).message });
      if (!res.headersSent) renderError(deps, res, catalog, 500, 'server', 'server_error');
      else res.end();
    }
  };
}
