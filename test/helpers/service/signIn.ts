import { Browser, type Landing, parseForm } from './browser';
import { openAuthorize, type ServiceUrls } from './link';

/** A sign-in page in its own browser; its form can be posted many times, in parallel too. */
export interface SignInForm {
  browser: Browser;
  page: Landing;
}

/** The answer to one sign-in post: 303 on success, 400 for a wrong password, 429 when throttled. */
export interface SignInAnswer {
  status: number;
  html: string;
}

/** Opens the authorization URL in a fresh browser and stops at the sign-in form. */
export async function openSignIn(service: ServiceUrls): Promise<SignInForm> {
  const browser = new Browser();
  return { browser, page: await openAuthorize(service, { browser }) };
}

/** Posts the sign-in form with an email and password. */
export async function signIn(form: SignInForm, email: string, password: string): Promise<SignInAnswer> {
  const { action, fields } = parseForm(form.page.html ?? '', form.page.url);
  const response = await form.browser.post(action, { ...fields, email, password });
  return { status: response.status, html: await response.text() };
}

/** The inline error of a re-rendered sign-in form. */
export function inlineError(html: string): string | undefined {
  return /<p class="error" id="form-error" role="alert">([^<]*)<\/p>/.exec(html)?.[1];
}
