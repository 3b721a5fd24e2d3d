import type { Catalog } from '../i18n';
import { escapeHtml, layout } from './html';

/** Which message an error page leads with. */
export type ErrorKind = 'expired' | 'invalidRequest' | 'forbidden' | 'server';

const MESSAGE = {
  expired: 'errorExpired',
  invalidRequest: 'errorInvalidRequest',
  forbidden: 'errorForbidden',
  server: 'errorServer',
} as const satisfies Record<ErrorKind, keyof Catalog>;

/**
 * An error page that never redirects (RFC 6749 §4.1.2.1: a bad redirect_uri must not be followed). It names the
 * OAuth error code for support, and the description when one is safe to show.
 */
export function errorPage(c: Catalog, kind: ErrorKind, code?: string, description?: string): string {
  const details = code
    ? `<p class="note">${escapeHtml(c.errorCode)}: <span class="code">${escapeHtml(code)}</span>${
        description ? ` – ${escapeHtml(description)}` : ''
      }</p>`
    : '';
  const body = `<h1>${escapeHtml(c.errorHeading)}</h1>
<p role="alert">${escapeHtml(c[MESSAGE[kind]])}</p>
${details}`;
  return layout(c, c.errorTitle, body);
}
