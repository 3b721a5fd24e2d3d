import { type AppCatalog, fill } from '../i18n';
import { appForm, appLayout, escapeHtml } from './layout';

/** What the home screen shows about the link with Alexa. */
export interface HomeView {
  rider: { name: string; email: string } | undefined;
  linked: boolean | undefined;
  /** A message from the backend when the status could not be read. */
  problem?: string;
}

/** Home and settings: sign in, or the signed-in rider with "Link with Alexa" (both ways) and "Unlink". */
export function homeScreen(c: AppCatalog, view: HomeView): string {
  if (view.rider === undefined) {
    const body = `<section class="app-card"><h1>${escapeHtml(c.appName)}</h1>
<p>${escapeHtml(c.signedOutIntro)}</p>
<a class="app-button primary" href="/app/signin" data-testid="app-sign-in">${escapeHtml(c.signIn)}</a></section>`;
    return appLayout(c, c.appName, body);
  }
  const status =
    view.linked === undefined
      ? `<p class="app-error" role="alert">${escapeHtml(view.problem ?? c.genericError)}</p>`
      : `<p class="app-status ${view.linked ? 'on' : 'off'}" data-testid="app-link-status">${escapeHtml(view.linked ? c.alexaLinked : c.alexaNotLinked)}</p>`;
  const actions = view.linked
    ? appForm(
        '/app/alexa/unlink',
        {},
        `<button type="submit" class="app-button" data-testid="app-unlink">${escapeHtml(c.unlink)}</button>`,
      )
    : appForm(
        '/app/alexa/link',
        {},
        `<button type="submit" name="via" value="alexa-app" class="app-button primary" data-testid="app-link-alexa">${escapeHtml(c.linkWithAlexa)}</button>
<button type="submit" name="via" value="lwa" class="app-button" data-testid="app-link-lwa">${escapeHtml(c.linkWithLwa)}</button>
<p class="app-note">${escapeHtml(c.lwaHint)}</p>`,
      );
  const body = `<section class="app-card"><h1>${escapeHtml(c.appName)}</h1>
<p data-testid="app-rider">${escapeHtml(fill(c.signedInAs, { name: view.rider.name }))}</p></section>
<section class="app-card" aria-labelledby="alexa-heading"><h2 id="alexa-heading">${escapeHtml(c.settingsHeading)} · ${escapeHtml(c.alexaHeading)}</h2>
${status}
${actions}
</section>
<section class="app-card">${appForm('/app/signout', {}, `<button type="submit" class="app-button">${escapeHtml(c.signOut)}</button>`)}</section>`;
  return appLayout(c, c.settingsHeading, body);
}

const SCOPE_TEXT: Record<string, keyof AppCatalog> = {
  profile: 'scopeProfile',
  'rides:read': 'scopeRidesRead',
  'rides:write': 'scopeRidesWrite',
};

/** The consent screen for Alexa's request (app-to-app from the Alexa app): no password, the app is signed in. */
export function consentScreen(c: AppCatalog, riderName: string, request: URLSearchParams): string {
  const scopes = (request.get('scope') ?? 'profile rides:read rides:write')
    .split(' ')
    .flatMap((scope) => (SCOPE_TEXT[scope] ? [`<li>${escapeHtml(c[SCOPE_TEXT[scope]])}</li>`] : []))
    .join('\n');
  const fields = Object.fromEntries(request);
  const buttons = `<button type="submit" name="decision" value="allow" class="app-button primary" data-testid="app-allow">${escapeHtml(c.allow)}</button>
<button type="submit" name="decision" value="deny" class="app-button" data-testid="app-deny">${escapeHtml(c.deny)}</button>`;
  const body = `<section class="app-card"><h1>${escapeHtml(c.consentHeading)}</h1>
<p>${escapeHtml(fill(c.signedInAs, { name: riderName }))}</p>
<p>${escapeHtml(c.consentIntro)}</p>
<ul class="app-scopes">${scopes}</ul>
${appForm('/app/alexa/authorize', fields, buttons)}
</section>`;
  return appLayout(c, c.consentTitle, body);
}

/** A result screen: linked, unlinked, refused, or an error with the message the backend gave. */
export function resultScreen(
  c: AppCatalog,
  view: { ok: boolean; heading: string; body: string; testId: string },
): string {
  const body = `<section class="app-card" data-testid="${escapeHtml(view.testId)}"><h1>${escapeHtml(view.heading)}</h1>
<p${view.ok ? '' : ' class="app-error" role="alert"'}>${escapeHtml(view.body)}</p>
<a class="app-button primary" href="/app/" data-testid="app-back">${escapeHtml(c.back)}</a></section>`;
  return appLayout(c, view.heading, body);
}
