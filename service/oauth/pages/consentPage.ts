import type { Catalog } from '../i18n';
import { format } from '../i18n';
import { SCOPE_TEXT, type Scope } from '../scopes';
import { escapeHtml, layout } from './html';

/** What the consent page shows. */
export interface ConsentView {
  action: string;
  csrf: string;
  riderName: string;
  scopes: Scope[];
}

/** The consent form: what Alexa will be able to do, then Allow (primary) and Don't allow. */
export function consentPage(c: Catalog, view: ConsentView): string {
  const items = view.scopes.map((scope) => `<li>${escapeHtml(c[SCOPE_TEXT[scope]])}</li>`).join('\n');
  const body = `<h1>${escapeHtml(c.consentHeading)}</h1>
<p>${escapeHtml(format(c.signedInAs, { name: view.riderName }))}</p>
<p>${escapeHtml(c.consentIntro)}</p>
<ul class="scopes">
${items}
</ul>
<form method="post" action="${escapeHtml(view.action)}">
<input type="hidden" name="csrf" value="${escapeHtml(view.csrf)}">
<div class="actions">
<button type="submit" name="decision" value="allow" class="primary">${escapeHtml(c.allow)}</button>
<button type="submit" name="decision" value="deny" class="secondary">${escapeHtml(c.deny)}</button>
</div>
</form>
<p class="note">${escapeHtml(c.consentNote)}</p>`;
  return layout(c, c.consentTitle, body);
}
