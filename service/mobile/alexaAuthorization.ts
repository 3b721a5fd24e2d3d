import { SCOPES, supportedScopes } from '../oauth/scopes';
import { issueAlexaCode } from './alexaCodes';
import type { MobileDeps } from './deps';
import { AlexaRequestRejectedError } from './errors';

/** Alexa's authorization request as the app received it on its link, plus the rider's answer. */
export interface AlexaAuthorizationRequest {
  clientId: string;
  responseType: string;
  scope: string | undefined;
  state: string | undefined;
  redirectUri: string;
  codeChallenge: string | undefined;
  codeChallengeMethod: string | undefined;
  decision: 'allow' | 'deny';
}

/** RFC 7636 §4.2: a S256 challenge is 43 base64url characters; §4.1 allows 43-128 for the verifier family. */
const CHALLENGE = /^[A-Za-z0-9\-._~]{43,128}$/;

/**
 * App-to-app linking from the Alexa app (Amazon's "Step 3" and "Step 4"): the signed-in rider allowed or denied
 * Alexa's request in our app, and this builds the URL the app opens to go back to the Alexa app. The client and
 * redirect URI are checked first and a bad one is refused without a redirect (RFC 6749 §4.1.2.1); every later
 * problem, and a refusal, goes back to Alexa as an error with the same `state`. On "allow" the code comes from our
 * authorization server, bound to Alexa's redirect URI, client and PKCE challenge, and Alexa redeems it at /token
 * as in the web flow. Only the app's own token reaches this (routes.ts), so nothing else skips the login page.
 * @see https://developer.amazon.com/docs/account-linking/alexa-to-your-app-step4.html
 */
export async function answerAlexa(
  deps: MobileDeps,
  riderId: string,
  request: AlexaAuthorizationRequest,
): Promise<string> {
  const { alexa } = deps.config;
  if (request.clientId !== alexa.clientId) throw new AlexaRequestRejectedError('client_id is not the Alexa client');
  if (!alexa.redirectUris.includes(request.redirectUri)) {
    throw new AlexaRequestRejectedError('redirect_uri is not a registered Alexa redirect URI');
  }
  const back = (params: Record<string, string>) => {
    const url = new URL(request.redirectUri);
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    if (request.state !== undefined) url.searchParams.set('state', request.state);
    url.searchParams.set('source', 'app');
    return url.toString();
  };
  if (request.responseType !== 'code') {
    return back({
      error: 'unsupported_response_type',
      error_description: 'only the authorization code grant is supported',
    });
  }
  const method = request.codeChallengeMethod;
  if (
    request.codeChallenge === undefined
      ? method !== undefined
      : method !== 'S256' || !CHALLENGE.test(request.codeChallenge)
  ) {
    return back({
      error: 'invalid_request',
      error_description: 'PKCE needs a code_challenge with code_challenge_method S256',
    });
  }
  if (alexa.requirePkce && request.codeChallenge === undefined) {
    return back({ error: 'invalid_request', error_description: 'PKCE (S256) is required' });
  }
  if (request.decision === 'deny') {
    return back({ error: 'access_denied', error_description: 'the rider did not allow Alexa to use the account' });
  }
  const scopes = request.scope === undefined ? [...SCOPES] : supportedScopes(request.scope.split(' '));
  if (scopes.length === 0)
    return back({ error: 'invalid_scope', error_description: 'no supported scope was requested' });
  const { code } = await issueAlexaCode(deps.codes, {
    riderId,
    redirectUri: request.redirectUri,
    scopes,
    codeChallenge: request.codeChallenge,
  });
  return back({ code });
}
