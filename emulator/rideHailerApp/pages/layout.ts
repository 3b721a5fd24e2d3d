import type { AppCatalog } from '../i18n';

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The app's frame: a phone-sized column with the Ride Hailer bar; one same-origin stylesheet, no script. */
export function appLayout(c: AppCatalog, title: string, body: string): string {
  return `<!doctype html>
<html lang="${escapeHtml(c.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – ${escapeHtml(c.appName)}</title>
<link rel="stylesheet" href="/app/assets/app.css">
</head>
<body>
<header class="app-bar"><span class="app-logo" aria-hidden="true">▲</span> ${escapeHtml(c.appName)} <span class="app-tag">${escapeHtml(c.standIn)}</span></header>
<main class="app-main">
${body}
</main>
</body>
</html>`;
}

/** A form that posts to the app and carries hidden fields; the server answers 303. */
export function appForm(action: string, fields: Record<string, string>, buttons: string): string {
  const hidden = Object.entries(fields)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}">`)
    .join('\n');
  return `<form method="post" action="${escapeHtml(action)}" class="app-form">
${hidden}
${buttons}
</form>`;
}

/** The app's stylesheet: phone first (390 px), 48 px touch targets, AA contrast, visible focus. */
export const APP_STAND_IN_CSS = `*{box-sizing:border-box}
body{margin:0;background:#f4f1ec;color:#1d1b19;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Sans Devanagari",sans-serif}
.app-bar{position:sticky;top:0;background:#1f3d2b;color:#fff;padding:.8rem 1rem;font-weight:700;display:flex;gap:.5rem;align-items:center}
.app-logo{color:#9be3b5}.app-tag{font-weight:400;font-size:.75rem;background:#2f5a40;border-radius:999px;padding:.1rem .6rem}
.app-main{max-width:28rem;margin:0 auto;padding:1rem;display:grid;gap:1rem}
.app-card{background:#fff;border-radius:14px;padding:1rem 1.1rem;box-shadow:0 1px 3px rgba(0,0,0,.12)}
h1{font-size:1.35rem;margin:0 0 .6rem}h2{font-size:1.05rem;margin:0 0 .5rem}p{margin:0 0 .8rem;color:#3b3732}
.app-form{display:grid;gap:.6rem;margin:.6rem 0 0}
.app-button{display:block;width:100%;min-height:48px;padding:.7rem 1rem;font:inherit;font-weight:600;text-align:center;text-decoration:none;border-radius:10px;border:2px solid #1f3d2b;background:#fff;color:#1f3d2b;cursor:pointer}
.app-button.primary{background:#1f3d2b;color:#fff}
.app-status{font-weight:600}.app-status.on{color:#146c2e}.app-status.off{color:#7a4b00}
.app-note{font-size:.88rem;color:#57514a}.app-error{border-left:4px solid #b00020;background:#fdecee;color:#5c0010;padding:.7rem .9rem;border-radius:6px}
.app-scopes{margin:0 0 .8rem;padding-left:1.2rem}
:focus-visible{outline:3px solid #f2a900;outline-offset:2px}
`;
