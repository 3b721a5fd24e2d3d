import type { RunningService } from '../../../service/server';
import { type AuthorizeParams, authorizeUrl, exchangeCode, isAlexaRedirect } from './alexa';
import { Browser, type Landing, parseForm } from './browser';

/** What the flow helpers need of a service: its URLs, whether it runs in this process or as the shipped bundle. */
export type ServiceUrls = Omit<RunningService, 'app'>;

/** The demo rider local mode seeds. */
export const DEMO = { email: 'rider@example.com', password: 'ride-hailer-demo', name: 'Alex Rider' };

/** Options for driving the linking flow through login and consent. */
export interface LinkOptions extends AuthorizeParams {
  browser?: Browser;
  email?: string;
  password?: string;
  decision?: 'allow' | 'deny';
}

/** Where the flow ended: Alexa's redirect URI with its query. */
export interface LinkResult {
  browser: Browser;
  redirect: URL;
  code: string;
  state: string | null;
  landing: Landing;
}

/** Submits the page's form with extra fields and follows the answer. */
export async function submitPage(browser: Browser, page: Landing, fields: Record<string, string>): Promise<Landing> {
  if (!page.html) throw new Error(`expected a page at ${page.url}, got a stop`);
  const form = parseForm(page.html, page.url);
  const response = await browser.post(form.action, { ...form.fields, ...fields });
  return browser.follow(form.action, response, isAlexaRedirect);
}

/** Opens the authorization URL like the Alexa app's browser and stops at the first page or at Alexa. */
export async function openAuthorize(service: ServiceUrls, options: LinkOptions = {}): Promise<Landing> {
  const browser = options.browser ?? new Browser();
  return browser.navigate(authorizeUrl(service.authorizationUrl, options), isAlexaRedirect);
}

/** Runs the whole linking flow (login, consent) and returns the redirect Alexa receives. */
export async function linkAccount(service: ServiceUrls, options: LinkOptions = {}): Promise<LinkResult> {
  return linkFromUrl(authorizeUrl(service.authorizationUrl, options), options);
}

/** Runs the linking flow from an authorization URL some client library built. */
export async function linkFromUrl(url: string, options: LinkOptions = {}): Promise<LinkResult> {
  const browser = options.browser ?? new Browser();
  let landing = await browser.navigate(url, isAlexaRedirect);
  if (landing.html?.includes('name="password"')) {
    landing = await submitPage(browser, landing, {
      email: options.email ?? DEMO.email,
      password: options.password ?? DEMO.password,
    });
  }
  if (landing.html?.includes('name="decision"')) {
    landing = await submitPage(browser, landing, { decision: options.decision ?? 'allow' });
  }
  if (!isAlexaRedirect(landing.url)) {
    throw new Error(`flow did not reach Alexa; ended at ${landing.url} (${landing.response?.status})`);
  }
  const redirect = new URL(landing.url);
  return {
    browser,
    redirect,
    code: redirect.searchParams.get('code') ?? '',
    state: redirect.searchParams.get('state'),
    landing,
  };
}

/** A token response as JSON. */
export interface TokenSet {
  access_token: string;
  refresh_token: string;
  token_type: string;
  expires_in: number;
  scope?: string;
}

/** Links through the browser and exchanges the code with Alexa's raw Basic request. */
export async function obtainTokens(
  service: ServiceUrls,
  options: LinkOptions = {},
): Promise<TokenSet & { browser: Browser }> {
  const linked = await linkAccount(service, options);
  const response = await exchangeCode(service.tokenUrl, linked.code, 'basic', {
    redirectUri: options.redirectUri,
  });
  if (response.status !== 200) throw new Error(`code exchange failed: ${response.status} ${await response.text()}`);
  return { ...((await response.json()) as TokenSet), browser: linked.browser };
}

/** Calls the rides API with a Bearer token. */
export function api(
  service: ServiceUrls,
  path: string,
  token: string | undefined,
  init: { method?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<Response> {
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  if (token !== undefined) headers.authorization = `Bearer ${token}`;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  return fetch(`${service.url}${path}`, {
    method: init.method ?? 'GET',
    headers,
    ...(init.body !== undefined ? { body: JSON.stringify(init.body) } : {}),
  });
}
