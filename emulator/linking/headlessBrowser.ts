import {
  decodeEntities,
  type FormField,
  type HtmlForm,
  links,
  metaRefresh,
  pageMessage,
  parseForms,
} from './htmlForms';
import { shownUrl } from './trace';

/** The login the headless client types in. */
export interface Credentials {
  username: string;
  password: string;
}

/** Thrown when the pages cannot be driven to the redirect URI; `pages` says how far it got. */
export class HeadlessLoginError extends Error {
  constructor(
    message: string,
    readonly pages: string[],
  ) {
    super(message);
    this.name = 'HeadlessLoginError';
  }
}

const MAX_STEPS = 25;
const ALLOW =
  /allow|accept|approve|authori[sz]e|confirm|continue|consent|grant|agree|yes|zulassen|erlauben|autoriser|accepter|permitir|aceptar|autorizar|consenti|autorizza|toestaan|akkoord|अनुमति|स्वीकार/i;
const DENY =
  /deny|reject|cancel|decline|abort|refuse|\bno\b|ablehnen|abbrechen|refuser|annuler|rechazar|cancelar|negar|rifiuta|annulla|weiger|annuleren|अस्वीकार|रद्द/i;

/** A minimal cookie jar: one store per origin, enough for the service's session and interaction cookies. */
class CookieJar {
  private readonly cookies = new Map<string, Map<string, string>>();

  header(url: URL): string | undefined {
    const jar = this.cookies.get(url.host);
    return jar && jar.size > 0 ? [...jar].map(([name, value]) => `${name}=${value}`).join('; ') : undefined;
  }

  store(url: URL, response: Response): void {
    const jar = this.cookies.get(url.host) ?? new Map<string, string>();
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attrs] = line.split(';');
      const index = pair.indexOf('=');
      const name = pair.slice(0, index).trim();
      const expired = attrs.some(
        (attr) => /^\s*max-age=0\s*$/i.test(attr) || /^\s*expires=thu, 01 jan 1970/i.test(attr),
      );
      if (expired) jar.delete(name);
      else jar.set(name, pair.slice(index + 1).trim());
    }
    this.cookies.set(url.host, jar);
  }
}

function isLogin(form: HtmlForm): boolean {
  return form.fields.some((f) => f.type === 'password');
}

function submitButton(form: HtmlForm, want: 'allow' | 'any'): FormField | undefined {
  const buttons = form.fields.filter((f) => f.type === 'submit' || f.type === 'image');
  const text = (b: FormField) => `${b.label} ${b.name ?? ''} ${b.value}`;
  const allow = buttons.find((b) => ALLOW.test(text(b)) && !DENY.test(text(b)));
  if (want === 'allow') return allow;
  return allow ?? buttons.find((b) => !DENY.test(text(b))) ?? buttons[0];
}

/** The form fields to send: hidden and prefilled fields as they are, the login filled in, the chosen button. */
function formBody(form: HtmlForm, button: FormField | undefined, credentials: Credentials): URLSearchParams {
  const body = new URLSearchParams();
  for (const f of form.fields) {
    if (f.name === undefined || f.type === 'submit' || f.type === 'image' || f.type === 'button') continue;
    if ((f.type === 'checkbox' || f.type === 'radio') && f.value === '') continue;
    if (f.type === 'password') body.set(f.name, credentials.password);
    else if (
      f.type === 'email' ||
      (/user|login|email|name/i.test(`${f.name} ${f.autocomplete ?? ''}`) && f.type === 'text')
    ) {
      body.set(f.name, credentials.username);
    } else body.set(f.name, f.value);
  }
  if (button?.name !== undefined) body.set(button.name, button.value);
  return body;
}

/**
 * Drives a login and consent flow without a browser: follows redirects (HTTP, meta refresh) with a cookie jar,
 * fills the login form, presses the consent page's Allow button, and stops at the first step to `redirectUri`,
 * which it returns.
 * Fields are found in the HTML (hidden CSRF fields are sent back as they are). `fetcher` replaces the global
 * fetch, e.g. to send from another loopback address or to time each exchange.
 */
export async function authorizeHeadless(
  authorizationUrl: string,
  redirectUri: string,
  credentials: Credentials,
  pages: string[] = [],
  fetcher: typeof fetch = fetch,
): Promise<string> {
  const jar = new CookieJar();
  let url = new URL(authorizationUrl);
  let init: RequestInit = { method: 'GET' };
  let logins = 0;
  for (let step = 0; step < MAX_STEPS; step++) {
    const headers = new Headers(init.headers);
    const cookie = jar.header(url);
    if (cookie !== undefined) headers.set('Cookie', cookie);
    const response = await fetcher(url, { ...init, headers, redirect: 'manual', signal: AbortSignal.timeout(10_000) });
    jar.store(url, response);
    const location = response.headers.get('location');
    pages.push(
      `${init.method} ${shownUrl(url.toString())} → ${response.status}${location ? ` ${shownUrl(new URL(location, url).toString())}` : ''}`,
    );
    if (location !== null && response.status >= 300 && response.status < 400) {
      const next = new URL(location, url);
      if (next.toString().startsWith(redirectUri)) return next.toString();
      url = next;
      init = { method: 'GET' };
      continue;
    }
    const html = await response.text();
    const onward =
      metaRefresh(html) ?? links(html).find((href) => new URL(href, url).toString().startsWith(redirectUri));
    if (response.status === 200 && onward !== undefined) {
      const next = new URL(onward, url);
      pages.push(`  the page moves on by itself (meta refresh or link) to ${shownUrl(next.toString())}`);
      if (next.toString().startsWith(redirectUri)) return next.toString();
      url = next;
      init = { method: 'GET' };
      continue;
    }
    const forms = parseForms(html);
    const login = forms.find(isLogin);
    const consent = forms.find((form) => submitButton(form, 'allow') !== undefined);
    const form = login ?? consent;
    if (response.status >= 400 && form === undefined) {
      throw new HeadlessLoginError(
        `the server answered ${response.status}: ${pageMessage(html) ?? 'no message'}`,
        pages,
      );
    }
    if (form === undefined)
      throw new HeadlessLoginError(`no login or consent form on the page (${pageMessage(html) ?? 'no title'})`, pages);
    if (form === login && ++logins > 1) {
      throw new HeadlessLoginError(`login failed: ${pageMessage(html) ?? 'the login form came back'}`, pages);
    }
    const button = form === login ? submitButton(form, 'any') : submitButton(form, 'allow');
    const body = formBody(form, button, credentials);
    const target = new URL(decodeEntities(form.action ?? url.toString()), url);
    pages.push(
      `  ${form === login ? 'login form: filled in the username and password' : `consent form: pressed "${button?.label || button?.value}"`}`,
    );
    init =
      form.method === 'post'
        ? {
            method: 'POST',
            body,
            headers: {
              'Content-Type': 'application/x-www-form-urlencoded',
              Origin: url.origin,
              Referer: url.toString(),
            },
          }
        : { method: 'GET' };
    if (form.method !== 'post') target.search = body.toString();
    url = target;
  }
  throw new HeadlessLoginError(`gave up after ${MAX_STEPS} pages without reaching the redirect URI`, pages);
}
