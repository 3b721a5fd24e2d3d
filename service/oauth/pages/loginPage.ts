import type { Catalog } from '../i18n';
import { escapeHtml, layout } from './html';

/** What the login page shows. `error` is a catalog message rendered inline (no pop-ups, no alerts). */
export interface LoginView {
  action: string;
  csrf: string;
  email?: string;
  error?: string;
}

/** The sign-in form: labelled fields in focus order email, password, submit; the error is announced inline. */
export function loginPage(c: Catalog, view: LoginView): string {
  const invalid = view.error ? ' aria-invalid="true" aria-describedby="form-error"' : '';
  const error = view.error ? `<p class="error" id="form-error" role="alert">${escapeHtml(view.error)}</p>\n` : '';
  const body = `<h1>${escapeHtml(c.loginHeading)}</h1>
<p>${escapeHtml(c.loginIntro)}</p>
${error}<form method="post" action="${escapeHtml(view.action)}" novalidate>
<input type="hidden" name="csrf" value="${escapeHtml(view.csrf)}">
<label for="email">${escapeHtml(c.emailLabel)}</label>
<input id="email" name="email" type="email" inputmode="email" autocomplete="username" autocapitalize="none" spellcheck="false" required value="${escapeHtml(view.email ?? '')}"${invalid}>
<label for="password">${escapeHtml(c.passwordLabel)}</label>
<input id="password" name="password" type="password" autocomplete="current-password" required${invalid}>
<div class="actions">
<button type="submit" class="primary">${escapeHtml(c.signIn)}</button>
</div>
</form>`;
  return layout(c, c.loginTitle, body);
}
