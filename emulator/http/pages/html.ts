/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A POST form with one button; the server answers 303 back to the page. */
export function actionButton(action: string, label: string, options: { testId: string; primary?: boolean }): string {
  const cls = options.primary ? 'button primary' : 'button';
  return `<form method="post" action="${action}" class="inline"><button type="submit" class="${cls}" data-testid="${options.testId}">${escapeHtml(label)}</button></form>`;
}

/** The page frame: same-origin stylesheet and script only, no third-party assets. */
export function layout(title: string, body: string, lang = 'en'): string {
  return `<!doctype html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="stylesheet" href="/assets/app.css">
<script src="/assets/app.js" defer></script>
</head>
<body>
<header class="bar"><span class="logo" aria-hidden="true">◯</span> Alexa <span class="tag">local emulator</span></header>
<main>
${body}
</main>
</body>
</html>`;
}
