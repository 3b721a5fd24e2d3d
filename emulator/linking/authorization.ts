import { createHash, randomBytes } from 'node:crypto';
import type { LinkingConfig } from './config';

/** A started authorization: the URL to open, and what the callback must match. */
export interface AuthorizationRequest {
  url: string;
  state: string;
  redirectUri: string;
  codeVerifier?: string;
}

/** Alexa's `state` values run to 200+ characters; ours do too, so a server that caps the length shows it. */
const STATE_BYTES = 150;

/** RFC 7636 §4.2: S256 code challenge of a verifier. */
export function codeChallenge(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

/**
 * The authorization request Alexa opens in the Alexa app: `client_id`, `response_type=code`, `scope`,
 * `redirect_uri`, a fresh `state`, and `code_challenge` (S256) when PKCE is on.
 * @see https://developer.amazon.com/docs/account-linking/configure-authorization-code-grant.html
 */
export function buildAuthorizationRequest(config: LinkingConfig, redirectUri: string): AuthorizationRequest {
  const state = randomBytes(STATE_BYTES).toString('base64url');
  const url = new URL(config.authorizationUrl);
  url.searchParams.set('client_id', config.clientId);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', config.scopes.join(' '));
  url.searchParams.set('redirect_uri', redirectUri);
  url.searchParams.set('state', state);
  if (!config.pkce) return { url: url.toString(), state, redirectUri };
  const codeVerifier = randomBytes(48).toString('base64url');
  url.searchParams.set('code_challenge', codeChallenge(codeVerifier));
  url.searchParams.set('code_challenge_method', 'S256');
  return { url: url.toString(), state, redirectUri, codeVerifier };
}
