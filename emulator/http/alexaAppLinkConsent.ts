import type { IncomingMessage, ServerResponse } from 'node:http';
import type { LwaState } from '../amazon/lwa/LwaState';
import { readFields, redirect, sendHtml } from './io';
import { appLinkConsentPage } from './pages/appLinkConsentPage';
import { escapeHtml, layout } from './pages/html';

/** The skill as the Alexa app knows it for linking from the skill's app. */
export interface AppLinkSkill {
  name: string;
  /** The skill's "Alexa Client ID" (LWA client) the app must name. */
  clientId: string;
  /** The skill's "Your Redirect URLs": the only places the code may go. */
  redirectUrls: string[];
}

const SCOPE = 'alexa::skills:account_linking';

function errorPage(res: ServerResponse, message: string): void {
  sendHtml(
    res,
    400,
    layout(
      'Linking failed',
      `<section class="card result failed" data-testid="alexa-app-error"><h1>Linking failed</h1><p>${escapeHtml(message)}</p></section>`,
    ),
  );
}

/**
 * The Alexa app's `/spa/skill-account-linking-consent` universal link (app-to-app linking from the skill's app):
 * checks the skill's client id and redirect URL (a bad one gets an error page, never a redirect), asks the
 * signed-in user, and on Allow has Amazon (the LWA stand-in's memory) issue an authorization code for
 * `alexa::skills:account_linking`, bound to the redirect URL and PKCE challenge, sent back with the app's state.
 * @see https://developer.amazon.com/docs/account-linking/your-app-to-alexa-step4.html
 */
export function alexaAppLinkConsent(skill: AppLinkSkill, lwa: LwaState, amazonAccount: () => string | undefined) {
  return async (req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> => {
    if (req.method === 'GET') {
      const q = url.searchParams;
      if (q.get('client_id') !== skill.clientId)
        return errorPage(res, 'The client_id is not this skill’s Alexa client.');
      const redirectUri = q.get('redirect_uri') ?? '';
      if (!skill.redirectUrls.includes(redirectUri))
        return errorPage(res, 'The redirect_uri is not one of the skill’s redirect URLs.');
      const back = new URL(redirectUri);
      const state = q.get('state');
      if (state !== null) back.searchParams.set('state', state);
      if (q.get('response_type') !== 'code' || q.get('scope') !== SCOPE) {
        back.searchParams.set(
          'error',
          q.get('response_type') !== 'code' ? 'unsupported_response_type' : 'invalid_scope',
        );
        return redirect(res, back.toString());
      }
      const email = amazonAccount();
      if (email === undefined) return errorPage(res, 'Nobody is signed in to the Alexa app.');
      const pending = lwa.startAuthorization({
        clientId: skill.clientId,
        redirectUri,
        scope: SCOPE,
        state: state ?? undefined,
        codeChallenge: q.get('code_challenge') ?? undefined,
      });
      pending.email = email;
      return sendHtml(
        res,
        200,
        appLinkConsentPage({ skillName: skill.name, amazonAccount: email, pendingId: pending.id }),
      );
    }
    const fields = await readFields(req);
    const pending = lwa.pending.get(fields.pendingId ?? '');
    if (pending?.email === undefined) return errorPage(res, 'This request has expired. Start again in the app.');
    const back = new URL(pending.redirectUri);
    if (fields.decision === 'allow') back.searchParams.set('code', lwa.issueCode(pending, pending.email));
    else {
      lwa.pending.delete(pending.id);
      back.searchParams.set('error', 'access_denied');
    }
    if (pending.state !== undefined) back.searchParams.set('state', pending.state);
    redirect(res, back.toString());
  };
}
