import type { PendingAuthorization } from './LwaState';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font-family:system-ui,sans-serif;margin:0;background:#f3f3f3;color:#111}
main{max-width:380px;margin:2rem auto;background:#fff;border:1px solid #ddd;border-radius:8px;padding:1.5rem}
.brand{font-weight:700;font-size:1.4rem;margin-bottom:1rem}.brand small{font-weight:400;color:#777;font-size:.8rem;display:block}
label{display:block;margin:.8rem 0 .3rem;font-weight:600}input{width:100%;box-sizing:border-box;padding:.6rem;font-size:1rem}
button{margin-top:1rem;padding:.7rem 1rem;font-size:1rem;border-radius:6px;border:1px solid #a88734;background:#f0c14b;width:100%}
button.secondary{background:#eee;border-color:#bbb}.error{color:#b12704;border:1px solid #b12704;padding:.6rem;border-radius:6px}
</style></head><body><main><div class="brand">amazon <small>Login with Amazon — local stand-in, not Amazon</small></div>
${body}</main></body></html>`;
}

/** The sign-in page at `/ap/oa`; the pending request travels in a hidden field, errors show inline. */
export function signInPage(pending: PendingAuthorization, error?: string): string {
  return page(
    'Amazon Sign-In',
    `<h1>Sign in</h1>
${error ? `<p class="error" role="alert">${escapeHtml(error)}</p>` : ''}
<form method="post" action="/ap/signin">
<input type="hidden" name="pendingId" value="${escapeHtml(pending.id)}">
<label for="ap_email">Email</label><input id="ap_email" type="email" name="email" autocomplete="username" value="${escapeHtml(pending.email ?? '')}">
<label for="ap_password">Password</label><input id="ap_password" type="password" name="password" autocomplete="current-password">
<button type="submit" id="signInSubmit">Sign in</button>
</form>`,
  );
}

/** What a scope lets the app do, as the consent page lists it. */
function scopeText(scope: string): string {
  if (scope.split(' ').includes('alexa::skills:account_linking')) {
    return 'Enable its Alexa skill and link it to your Alexa account';
  }
  return 'Your name and email address';
}

/** The consent page LWA shows the first time an app asks for a customer's profile (or to link its skill). */
export function consentPage(pending: PendingAuthorization, appName: string): string {
  return page(
    'Amazon Consent',
    `<h1>${escapeHtml(appName)} would like to access</h1>
<ul><li>${escapeHtml(scopeText(pending.scope))} (${escapeHtml(pending.scope)})</li></ul>
<form method="post" action="/ap/consent">
<input type="hidden" name="pendingId" value="${escapeHtml(pending.id)}">
<button type="submit" name="consentApproved" value="allow">Allow</button>
<button type="submit" name="consentApproved" value="cancel" class="secondary">Cancel</button>
</form>`,
  );
}

/** LWA's error page for a request it cannot send back to the app (unknown client, bad redirect). */
export function errorPage(message: string): string {
  return page('Amazon Error', `<h1>We're sorry</h1><p class="error" role="alert">${escapeHtml(message)}</p>`);
}
