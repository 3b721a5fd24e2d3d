import { consentPage } from '../pages/consentPage';
import { supportedScopes } from '../scopes';
import { finishInteraction, type InteractionDeps, type InteractionRequest, renderError, renderPage } from './context';
import { csrfToken } from './csrf';

/** Where the consent form posts. */
export function consentAction(uid: string): string {
  return `/interaction/${encodeURIComponent(uid)}/consent`;
}

function requestedScopes(request: InteractionRequest): string[] {
  const missing = request.interaction.prompt.details.missingOIDCScope;
  if (Array.isArray(missing)) return missing.map(String);
  const scope = request.interaction.params.scope;
  return typeof scope === 'string' ? scope.split(' ') : [];
}

/** GET: what Alexa asks for, for the signed-in rider, with Allow and Don't allow. */
export async function showConsent(deps: InteractionDeps, request: InteractionRequest): Promise<void> {
  const { uid, catalog, res, interaction } = request;
  const rider = interaction.session?.accountId ? await deps.riders.findById(interaction.session.accountId) : undefined;
  if (!rider) {
    renderError(deps, res, catalog, 400, 'expired', 'login_required');
    return;
  }
  renderPage(
    deps,
    res,
    200,
    consentPage(catalog, {
      action: consentAction(uid),
      csrf: csrfToken(deps.config.cookieKeys, uid, 'consent'),
      riderName: rider.name,
      scopes: supportedScopes(requestedScopes(request)),
    }),
  );
}

/**
 * POST: "allow" records the requested scopes on the grant and resumes; "deny" ends the request with
 * `access_denied`, which reaches Alexa's redirect URI with the original `state` (RFC 6749 §4.1.2.1).
 */
export async function submitConsent(deps: InteractionDeps, request: InteractionRequest, form: URLSearchParams) {
  const { res, interaction, catalog } = request;
  const decision = form.get('decision');
  if (decision === 'deny') {
    await finishInteraction(
      deps,
      request,
      { error: 'access_denied', error_description: 'the rider did not allow Alexa to use the account' },
      { mergeWithLastSubmission: false },
    );
    return;
  }
  if (decision !== 'allow') {
    renderError(deps, res, catalog, 400, 'invalidRequest', 'invalid_request');
    return;
  }
  const { Grant } = deps.provider;
  const accountId = interaction.session?.accountId;
  const clientId = interaction.params.client_id;
  const grant = interaction.grantId
    ? await Grant.find(interaction.grantId)
    : accountId && typeof clientId === 'string'
      ? new Grant({ accountId, clientId })
      : undefined;
  if (!grant) {
    renderError(deps, res, catalog, 400, 'expired', 'login_required');
    return;
  }
  const requested = requestedScopes(request);
  const scopes = supportedScopes(requested);
  if (scopes.length > 0) grant.addOIDCScope(scopes.join(' '));
  // Anything else (for example `openid`) is recorded as refused, so the consent prompt does not come back.
  const refused = requested.filter((scope) => !(scopes as string[]).includes(scope));
  if (refused.length > 0) grant.rejectOIDCScope(refused.join(' '));
  const grantId = await grant.save();
  await finishInteraction(deps, request, { consent: { grantId } }, { mergeWithLastSubmission: true });
}
