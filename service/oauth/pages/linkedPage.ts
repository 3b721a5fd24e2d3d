import type { Catalog } from '../i18n';
import { escapeHtml, layout } from './html';

/**
 * The confirmation shown once linking succeeded: it says so, then returns to Alexa's redirect URI (which carries
 * the code and `state`) by meta refresh, with a `#continue` link for anyone who prefers to tap.
 */
export function linkedPage(c: Catalog, redirectTo: string, delaySeconds: number): string {
  const href = escapeHtml(redirectTo);
  const head = `<meta http-equiv="refresh" content="${delaySeconds};url=${href}">\n`;
  const body = `<h1>${escapeHtml(c.linkedHeading)}</h1>
<p>${escapeHtml(c.linkedBody)}</p>
<div class="actions">
<a id="continue" class="button primary" href="${href}">${escapeHtml(c.continue)}</a>
</div>`;
  return layout(c, c.linkedTitle, body, head);
}
