/** Alexa-shaped constants and raw "replay" requests: byte-for-byte what Alexa sends. */
export const VENDOR_ID = 'M2RIDEHAILER';
export const CLIENT_ID = 'ride-hailer-alexa';
export const CLIENT_SECRET = 'local-dev-secret';
export const SCOPE = 'profile rides:read rides:write';

/** The three regional Alexa redirect URLs for our vendor id. */
export const REDIRECT_URIS = {
  pitangui: `https://pitangui.amazon.com/api/skill/link/${VENDOR_ID}`,
  layla: `https://layla.amazon.com/api/skill/link/${VENDOR_ID}`,
  jp: `https://alexa.amazon.co.jp/api/skill/link/${VENDOR_ID}`,
} as const;

/** The user agent Alexa's token client sends (alexa-skills-kit-sdk-for-nodejs#213). */
export const ALEXA_USER_AGENT = 'Apache-HttpClient/4.5.x (Java/1.8.0_152)';

/** A 512-character state using every RFC 3986 unreserved character, like Alexa's long opaque values. */
export const LONG_STATE = (() => {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~';
  return Array.from({ length: 512 }, (_, i) => alphabet[(i * 7) % alphabet.length]).join('');
})();

/** True when `url` is one of Alexa's redirect URIs (where a browser flow ends). */
export function isAlexaRedirect(url: string): boolean {
  return Object.values(REDIRECT_URIS).some((uri) => url === uri || url.startsWith(`${uri}?`));
}

/** HTTP Basic credentials, form-encoded first as RFC 6749 §2.3.1 / Appendix B requires. */
export function basicAuth(id: string, secret: string): string {
  const enc = (v: string) => encodeURIComponent(v).replace(/%20/g, '+');
  return `Basic ${Buffer.from(`${enc(id)}:${enc(secret)}`).toString('base64')}`;
}

/** Parameters of an Alexa authorization request. */
export interface AuthorizeParams {
  state?: string;
  redirectUri?: string;
  scope?: string;
  clientId?: string;
  responseType?: string;
  codeChallenge?: string;
  codeChallengeMethod?: string;
  uiLocales?: string;
  extra?: Record<string, string>;
}

/** The authorization URL Alexa opens: state, client_id, response_type, scope, redirect_uri (+ PKCE). */
export function authorizeUrl(authorizationEndpoint: string, params: AuthorizeParams = {}): string {
  const url = new URL(authorizationEndpoint);
  url.searchParams.set('state', params.state ?? 'state-123');
  url.searchParams.set('client_id', params.clientId ?? CLIENT_ID);
  url.searchParams.set('response_type', params.responseType ?? 'code');
  url.searchParams.set('scope', params.scope ?? SCOPE);
  url.searchParams.set('redirect_uri', params.redirectUri ?? REDIRECT_URIS.pitangui);
  if (params.codeChallenge) {
    url.searchParams.set('code_challenge', params.codeChallenge);
    url.searchParams.set('code_challenge_method', params.codeChallengeMethod ?? 'S256');
  }
  if (params.uiLocales) url.searchParams.set('ui_locales', params.uiLocales);
  for (const [key, value] of Object.entries(params.extra ?? {})) url.searchParams.set(key, value);
  return url.toString();
}

/** How the replayed token request authenticates. */
export type ReplayScheme = 'body' | 'basic';

/** Sends a form to the token endpoint exactly like Alexa's Java client does. */
export function replayTokenRequest(
  tokenUrl: string,
  form: Record<string, string>,
  scheme: ReplayScheme,
  credentials: { id?: string; secret?: string } = {},
): Promise<Response> {
  const id = credentials.id ?? CLIENT_ID;
  const secret = credentials.secret ?? CLIENT_SECRET;
  const body = new URLSearchParams(scheme === 'body' ? { ...form, client_id: id, client_secret: secret } : form);
  const headers: Record<string, string> = {
    'content-type': 'application/x-www-form-urlencoded',
    'user-agent': ALEXA_USER_AGENT,
    accept: 'application/json',
  };
  if (scheme === 'basic') headers.authorization = basicAuth(id, secret);
  return fetch(tokenUrl, { method: 'POST', headers, body: body.toString() });
}

/** Alexa's code exchange: grant_type, code, redirect_uri (and code_verifier with PKCE). */
export function exchangeCode(
  tokenUrl: string,
  code: string,
  scheme: ReplayScheme,
  options: { redirectUri?: string; codeVerifier?: string; id?: string; secret?: string } = {},
): Promise<Response> {
  const form: Record<string, string> = {
    grant_type: 'authorization_code',
    code,
    redirect_uri: options.redirectUri ?? REDIRECT_URIS.pitangui,
  };
  if (options.codeVerifier) form.code_verifier = options.codeVerifier;
  return replayTokenRequest(tokenUrl, form, scheme, options);
}

/** Alexa's refresh: grant_type=refresh_token&refresh_token=… */
export function refresh(
  tokenUrl: string,
  refreshToken: string,
  scheme: ReplayScheme = 'basic',
  options: { scope?: string; id?: string; secret?: string } = {},
): Promise<Response> {
  const form: Record<string, string> = { grant_type: 'refresh_token', refresh_token: refreshToken };
  if (options.scope) form.scope = options.scope;
  return replayTokenRequest(tokenUrl, form, scheme, options);
}
