import {
  decodeEntities,
  type FormField,
  type HtmlForm,
  links,
  metaRefresh,
  pageMessage,
  pageSummary,
  parseForms,
} from './htmlForms';
import { matchesSelector, type SimpleSelector } from './selectors';
import { shownUrl } from './trace';

/** The login the headless client types in. */
export interface Credentials {
  username: string;
  password: string;
}

/**
 * Where the form filler finds the login and consent controls when its guesses do not fit a server's pages
 * (`--login-username-selector` and friends); each is optional.
 */
export interface LoginForm {
  /** The username (or email) field of the login form. */
  username?: SimpleSelector;
  /** The password field; a form with it is the login form. */
  password?: SimpleSelector;
  /** The button that submits the login form. */
  submit?: SimpleSelector;
  /** The consent page's button that allows access. */
  consent?: SimpleSelector;
}

/** Thrown when the pages cannot be driven to the redirect URI; `pages` says how far it got. */
export class HeadlessLoginError extends Error {
  constructor(
    message: string,
    readonly pages: string[],
    /** The HTTP status of an error page, and whether it answered the authorization request itself. */
    readonly refused?: { status: number; atAuthorization: boolean; message: string },
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

const matches = (selector: SimpleSelector | undefined, field: FormField) =>
  selector !== undefined && matchesSelector(selector, field);

function isLogin(form: HtmlForm, chosen: LoginForm): boolean {
  return form.fields.some((f) => (chosen.password ? matches(chosen.password, f) : f.type === 'password'));
}

const isButton = (f: FormField) => f.type === 'submit' || f.type === 'image';

function submitButton(form: HtmlForm, want: 'allow' | 'any', chosen?: SimpleSelector): FormField | undefined {
  if (chosen !== undefined) return form.fields.find((f) => matches(chosen, f));
  const buttons = form.fields.filter(isButton);
  const text = (b: FormField) => `${b.label} ${b.name ?? ''} ${b.value}`;
  const allow = buttons.find((b) => ALLOW.test(text(b)) && !DENY.test(text(b)));
  if (want === 'allow') return allow;
  return allow ?? buttons.find((b) => !DENY.test(text(b))) ?? buttons[0];
}

function isPassword(f: FormField, chosen: LoginForm): boolean {
  return chosen.password ? matches(chosen.password, f) : f.type === 'password';
}

function isUsername(f: FormField, chosen: LoginForm): boolean {
  if (chosen.username) return matches(chosen.username, f);
  return (
    f.type === 'email' || (/user|login|email|name/i.test(`${f.name} ${f.autocomplete ?? ''}`) && f.type === 'text')
  );
}

/** The form fields to send: hidden and prefilled fields as they are, the login filled in, the chosen button. */
function formBody(
  form: HtmlForm,
  button: FormField | undefined,
  credentials: Credentials,
  chosen: LoginForm,
): URLSearchParams {
  const body = new URLSearchParams();
  for (const f of form.fields) {
    if (f.name === undefined || isButton(f) || f.type === 'button') continue;
    if ((f.type === 'checkbox' || f.type === 'radio') && f.value === '') continue;
    if (isPassword(f, chosen)) body.set(f.name, credentials.password);
    else if (isUsername(f, chosen)) body.set(f.name, credentials.username);
    else body.set(f.name, f.value);
  }
  if (button?.name !== undefined) body.set(button.name, button.value);
  return body;
}

/** The login form has no field for the username: name the selector that found nothing, or the fields there are. */
function noUsername(form: HtmlForm, chosen: LoginForm, pages: string[]): HeadlessLoginError {
  if (chosen.username) {
    return new HeadlessLoginError(
      `the login form has no field matching the username selector "${chosen.username.source}"`,
      pages,
    );
  }
  const named = form.fields.filter((f) => f.name !== undefined && !isButton(f) && f.type !== 'hidden');
  const example = named.find((f) => f.type !== 'password')?.name;
  return new HeadlessLoginError(
    `the login form has no field the form filler takes for the username (its fields: ${named.map((f) => f.name).join(', ') || 'none'}): ` +
      `give --login-username-selector${example ? `, for example input[name=${example}]` : ''}`,
    pages,
  );
}

/** Why a page offered nothing to fill in or press: the selectors that could help, or that all found nothing. */
function noFormMessage(html: string, chosen: LoginForm): string {
  const page = pageMessage(html) ?? 'no title';
  const missing = [chosen.password ? '' : '--login-password-selector', chosen.consent ? '' : '--consent-selector'];
  const give = missing.filter((flag) => flag !== '');
  const hint =
    give.length > 0
      ? `give ${give.join(' or ')} if the page has a form the filler did not recognize`
      : 'nothing on it matches the password or consent selector';
  return `no login or consent form on the page (${page}): ${hint}`;
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
  chosen: LoginForm = {},
  fetcher: typeof fetch = fetch,
): Promise<string> {
  const jar = new CookieJar();
  let url = new URL(authorizationUrl);
  let init: RequestInit = { method: 'GET' };
  let logins = 0;
  let submitted = false;
  /** The label of the button the last login form was sent with, until another page moves on. */
  let pressedAtLogin: string | undefined;
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
      pressedAtLogin = undefined;
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
    const login = forms.find((candidate) => isLogin(candidate, chosen));
    const consent = forms.find((candidate) => submitButton(candidate, 'allow', chosen.consent) !== undefined);
    const form = login ?? consent;
    if (response.status >= 400 && form === undefined) {
      const message = pageSummary(html) ?? 'no message';
      throw new HeadlessLoginError(`the server answered ${response.status}: ${message}`, pages, {
        status: response.status,
        atAuthorization: !submitted,
        message,
      });
    }
    if (form === undefined && pressedAtLogin !== undefined) {
      throw new HeadlessLoginError(
        `the login did not go through: ${pageMessage(html) ?? 'no message'} (the filler pressed "${pressedAtLogin}"; if that is the wrong button, give --login-submit-selector)`,
        pages,
      );
    }
    if (form === undefined) throw new HeadlessLoginError(noFormMessage(html, chosen), pages);
    if (form === login && ++logins > 1) {
      throw new HeadlessLoginError(`login failed: ${pageMessage(html) ?? 'the login form came back'}`, pages);
    }
    if (form === login && !form.fields.some((f) => isUsername(f, chosen))) throw noUsername(form, chosen, pages);
    const button =
      form === login ? submitButton(form, 'any', chosen.submit) : submitButton(form, 'allow', chosen.consent);
    if (form === login && chosen.submit && button === undefined) {
      throw new HeadlessLoginError(
        `the login form has no button matching the submit selector "${chosen.submit.source}"`,
        pages,
      );
    }
    const body = formBody(form, button, credentials, chosen);
    const target = new URL(decodeEntities(form.action ?? url.toString()), url);
    pages.push(
      `  ${form === login ? 'login form: filled in the username and password, pressed' : 'consent form: pressed'} "${button?.label || button?.value || 'enter'}"`,
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
    submitted = true;
    pressedAtLogin = form === login ? button?.label || button?.value || 'enter' : undefined;
  }
  throw new HeadlessLoginError(`gave up after ${MAX_STEPS} pages without reaching the redirect URI`, pages);
}
