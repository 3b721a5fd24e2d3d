import * as oauth from 'oauth4webapi';
import { AuthorizationCode } from 'simple-oauth2';
import type { RunningService } from '../../../service/server';
import { CLIENT_ID, CLIENT_SECRET, REDIRECT_URIS, SCOPE } from './alexa';

/** The two client-authentication schemes Alexa offers (RFC 6749 §2.3.1). */
export type AuthScheme = 'basic' | 'post';

const insecure = { [oauth.allowInsecureRequests]: true } as const;

/** oauth4webapi against the service: discovery by RFC 8414 metadata, strict response validation. */
export async function oauth4(service: RunningService, secret = CLIENT_SECRET) {
  const issuer = new URL(service.issuer);
  const as = await oauth.processDiscoveryResponse(
    issuer,
    await oauth.discoveryRequest(issuer, { algorithm: 'oauth2', ...insecure }),
  );
  const client: oauth.Client = { client_id: CLIENT_ID };
  const auth = (scheme: AuthScheme) =>
    scheme === 'basic' ? oauth.ClientSecretBasic(secret) : oauth.ClientSecretPost(secret);
  return {
    as,
    client,
    /** Authorization URL with state (and PKCE challenge when given). */
    authorizeUrl(state: string, options: { redirectUri?: string; challenge?: string } = {}): string {
      const url = new URL(as.authorization_endpoint ?? '');
      url.searchParams.set('client_id', CLIENT_ID);
      url.searchParams.set('response_type', 'code');
      url.searchParams.set('redirect_uri', options.redirectUri ?? REDIRECT_URIS.pitangui);
      url.searchParams.set('scope', SCOPE);
      url.searchParams.set('state', state);
      if (options.challenge) {
        url.searchParams.set('code_challenge', options.challenge);
        url.searchParams.set('code_challenge_method', 'S256');
      }
      return url.toString();
    },
    /** Validates the callback (state, iss) and redeems the code. */
    async exchange(
      callback: URL,
      state: string,
      scheme: AuthScheme,
      options: { redirectUri?: string; verifier?: string } = {},
    ) {
      const params = oauth.validateAuthResponse(as, client, callback, state);
      const response = await oauth.authorizationCodeGrantRequest(
        as,
        client,
        auth(scheme),
        params,
        options.redirectUri ?? REDIRECT_URIS.pitangui,
        options.verifier ?? oauth.nopkce,
        insecure,
      );
      return oauth.processAuthorizationCodeResponse(as, client, response);
    },
    async refresh(refreshToken: string, scheme: AuthScheme) {
      const response = await oauth.refreshTokenGrantRequest(as, client, auth(scheme), refreshToken, insecure);
      return oauth.processRefreshTokenResponse(as, client, response);
    },
    async revoke(token: string, scheme: AuthScheme) {
      const response = await oauth.revocationRequest(as, client, auth(scheme), token, insecure);
      return oauth.processRevocationResponse(response);
    },
  };
}

/** simple-oauth2 (hapi/wreck lineage), with `header` (Basic) or `body` credentials like Alexa's two schemes. */
export function simpleOauth2(service: RunningService, method: 'header' | 'body', secret = CLIENT_SECRET) {
  return new AuthorizationCode({
    client: { id: CLIENT_ID, secret },
    auth: {
      tokenHost: service.url,
      tokenPath: '/token',
      authorizeHost: service.url,
      authorizePath: '/auth',
      revokePath: '/token/revocation',
    },
    options: { authorizationMethod: method },
  });
}
