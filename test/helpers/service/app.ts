import { createHash, randomBytes } from 'node:crypto';
import type { RunningService } from '../../../service/server';
import { REDIRECT_URIS } from './alexa';
import { Browser, type Landing, parseForm } from './browser';
import { DEMO } from './link';

/** The Ride Hailer app as the service's local defaults register it. */
export const APP = {
  clientId: 'ride-hailer-app',
  redirectUri: 'https://ridehailer.example/app/oauth/callback',
  /** The app link Alexa and LWA return the Amazon code to (MOBILE_ALEXA_REDIRECT_URIS). */
  alexaLink: 'https://ridehailer.example/app/alexa/linked',
} as const;

/** The URLs of a service under test: in this process, or the built bundle behind the test gateway. */
export type ServiceUrls = Pick<RunningService, 'url' | 'authorizationUrl' | 'tokenUrl'>;

/** A PKCE pair (RFC 7636 §4.1-4.2). */
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

async function submit(browser: Browser, page: Landing, fields: Record<string, string>, stop: (url: string) => boolean) {
  const form = parseForm(page.html ?? '', page.url);
  return browser.follow(form.action, await browser.post(form.action, { ...form.fields, ...fields }), stop);
}

/** Where the app's sign-in ended: the app's redirect with the code, and every page on the way. */
export interface AppSignIn {
  redirect: URL;
  pages: string[];
  verifier: string;
}

/** The app's sign-in in a browser tab: /auth with PKCE, the login page, back to the app link (no consent page). */
export async function appAuthorize(
  service: ServiceUrls,
  options: { challenge?: boolean; browser?: Browser } = {},
): Promise<AppSignIn> {
  const browser = options.browser ?? new Browser();
  const { verifier, challenge } = pkcePair();
  const url = new URL(service.authorizationUrl);
  url.searchParams.set('client_id', APP.clientId);
  url.searchParams.set('response_type', 'code');
  url.searchParams.set('scope', 'profile rides:read rides:write');
  url.searchParams.set('redirect_uri', APP.redirectUri);
  url.searchParams.set('state', 'app-state');
  if (options.challenge !== false) {
    url.searchParams.set('code_challenge', challenge);
    url.searchParams.set('code_challenge_method', 'S256');
  }
  const atApp = (next: string) => next.startsWith(APP.redirectUri);
  const pages: string[] = [];
  let landing = await browser.navigate(url.toString(), atApp);
  while (landing.html !== undefined) {
    const page = landing.html.includes('name="password"')
      ? 'login'
      : landing.html.includes('name="decision"')
        ? 'consent'
        : 'other';
    pages.push(page);
    if (page === 'other') break;
    const fields: Record<string, string> =
      page === 'login' ? { email: DEMO.email, password: DEMO.password } : { decision: 'allow' };
    landing = await submit(browser, landing, fields, atApp);
    if (atApp(landing.url)) break;
  }
  return { redirect: new URL(landing.url), pages, verifier };
}

/** The app's code exchange: a public client sends its id and the PKCE verifier, no secret. */
export function appTokenRequest(service: ServiceUrls, form: Record<string, string>): Promise<Response> {
  return fetch(service.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({ client_id: APP.clientId, ...form }).toString(),
  });
}

/** Signs the app in as the demo rider and returns its access token. */
export async function appAccessToken(service: ServiceUrls): Promise<string> {
  const signIn = await appAuthorize(service);
  const response = await appTokenRequest(service, {
    grant_type: 'authorization_code',
    code: signIn.redirect.searchParams.get('code') ?? '',
    redirect_uri: APP.redirectUri,
    code_verifier: signIn.verifier,
  });
  if (response.status !== 200) throw new Error(`app sign-in failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

/** Calls a mobile endpoint with the app's token (or another one). */
export function mobile(
  service: ServiceUrls,
  path: string,
  token: string | undefined,
  init: { method?: string; body?: unknown; language?: string } = {},
): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  if (init.language) headers['accept-language'] = init.language;
  return fetch(`${service.url}${path}`, {
    method: init.method ?? 'GET',
    headers,
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
}

/** Alexa's authorization request as the Alexa app opens our app link with it (flow A), plus the rider's answer. */
export function alexaRequest(overrides: Record<string, string | undefined> = {}): Record<string, string> {
  const request: Record<string, string | undefined> = {
    client_id: 'ride-hailer-alexa',
    response_type: 'code',
    scope: 'profile rides:read rides:write',
    state: 'alexa-state-'.padEnd(220, 'x'),
    redirect_uri: REDIRECT_URIS.layla,
    decision: 'allow',
    ...overrides,
  };
  return Object.fromEntries(
    Object.entries(request).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/** Live grants for a client in the service's table (white-box "no leftover grant" check). */
export async function liveGrants(
  service: { scanTable(): Promise<string[]> },
  clientId = 'ride-hailer-alexa',
  nowMs = Date.now(),
): Promise<number> {
  const items = (await service.scanTable()).map((line) => JSON.parse(line) as Record<string, Record<string, string>>);
  return items.filter((item) => {
    if (!item.pk?.S?.startsWith('Grant#')) return false;
    const payload = JSON.parse(item.payload?.S ?? '{}') as { clientId?: string };
    const expiresAt = Number(item.expiresAt?.N ?? Number.POSITIVE_INFINITY);
    return payload.clientId === clientId && expiresAt > Math.floor(nowMs / 1000);
  }).length;
}
