import type { ServerResponse } from 'node:http';
import { redirect, sendHtml } from '../../http/io';
import type { LwaState } from './LwaState';
import { consentPage, errorPage, signInPage } from './pages';
import type { LwaClient } from './types';

/**
 * The browser side of Login with Amazon (www.amazon.com): `/ap/oa` checks the client and return URL and shows
 * the sign-in page, then the consent page, then sends the user back with `code` (or `error`) and `state`.
 * @see https://developer.amazon.com/docs/login-with-amazon/authorization-code-grant.html
 */
export function signInRoutes(clients: readonly LwaClient[], state: LwaState) {
  const clientOf = (clientId: string | null | undefined) =>
    clients.find((candidate) => candidate.clientId === clientId);
  const backToApp = (res: ServerResponse, pendingId: string, params: Record<string, string>) => {
    const pending = state.pending.get(pendingId);
    if (pending === undefined) return sendHtml(res, 400, errorPage('This sign-in request has expired. Start again.'));
    const back = new URL(pending.redirectUri);
    for (const [key, value] of Object.entries(params)) back.searchParams.set(key, value);
    if (pending.state !== undefined) back.searchParams.set('state', pending.state);
    state.pending.delete(pendingId);
    redirect(res, back.toString());
  };

  return {
    authorize(res: ServerResponse, url: URL) {
      const q = url.searchParams;
      const client = clientOf(q.get('client_id'));
      if (client === undefined) return sendHtml(res, 400, errorPage('An unknown client_id was sent.'));
      const redirectUri = q.get('redirect_uri') ?? '';
      if (!client.redirectUris.includes(redirectUri)) {
        return sendHtml(res, 400, errorPage("The redirect_uri is not one of the application's Allowed Return URLs."));
      }
      if (q.get('response_type') !== 'code') {
        const back = new URL(redirectUri);
        back.searchParams.set('error', 'unsupported_response_type');
        const appState = q.get('state');
        if (appState !== null) back.searchParams.set('state', appState);
        return redirect(res, back.toString());
      }
      const pending = state.startAuthorization({
        clientId: client.clientId,
        redirectUri,
        scope: q.get('scope') ?? 'profile',
        state: q.get('state') ?? undefined,
        codeChallenge: q.get('code_challenge') ?? undefined,
      });
      sendHtml(res, 200, signInPage(pending));
    },

    signIn(res: ServerResponse, fields: Record<string, string>) {
      const pending = state.pending.get(fields.pendingId ?? '');
      if (pending === undefined) return sendHtml(res, 400, errorPage('This sign-in request has expired. Start again.'));
      const account = state.account(fields.email ?? '', fields.password ?? '');
      if (account === undefined) {
        pending.email = fields.email;
        return sendHtml(res, 200, signInPage(pending, 'Your email or password is incorrect.'));
      }
      pending.email = account.email;
      sendHtml(res, 200, consentPage(pending, clientOf(pending.clientId)?.appName ?? 'Ride Hailer'));
    },

    consent(res: ServerResponse, fields: Record<string, string>) {
      const pending = state.pending.get(fields.pendingId ?? '');
      if (pending?.email === undefined) return sendHtml(res, 400, errorPage('This sign-in request has expired.'));
      if (fields.consentApproved !== 'allow') {
        return backToApp(res, pending.id, { error: 'access_denied', error_description: 'The user denied the request' });
      }
      const code = state.issueCode(pending, pending.email);
      state.pending.set(pending.id, pending);
      backToApp(res, pending.id, { code, scope: pending.scope });
    },
  };
}
