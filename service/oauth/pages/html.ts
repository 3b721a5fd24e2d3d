import type { Catalog } from '../i18n';

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** Path of the one stylesheet; same-origin so the CSP can forbid inline styles and third-party assets. */
export const STYLESHEET_PATH = '/assets/pages.css';

/**
 * The page shell shared by login, consent, linked and error pages: server-rendered, no script, mobile viewport,
 * same-origin stylesheet only (RFC 9700 §4.2.4: nothing third-party on auth pages).
 */
export function layout(catalog: Catalog, title: string, body: string, extraHead = ''): string {
  return `<!doctype html>
<html lang="${escapeHtml(catalog.lang)}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="${STYLESHEET_PATH}">
${extraHead}</head>
<body>
<main class="card">
<p class="brand" aria-hidden="true">${escapeHtml(catalog.appName)}</p>
${body}
</main>
</body>
</html>
`;
}
