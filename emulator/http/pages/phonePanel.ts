import { escapeHtml } from './html';

/** What the page shows about the emulated phone's apps. */
export interface PhoneView {
  rideHailerApp: boolean;
  /** Who is signed in to the Ride Hailer app, if anyone. */
  rider: string | undefined;
}

/**
 * The phone's other app: whether it has the Ride Hailer app (then "Link account" opens it, app-to-app linking
 * from the Alexa app), and a way to open the app for "Link with Alexa" (app-to-app linking from the app).
 */
export function phonePanel(view: PhoneView): string {
  const next = view.rideHailerApp ? 'false' : 'true';
  const label = view.rideHailerApp ? 'Remove the Ride Hailer app' : 'Install the Ride Hailer app';
  const state = view.rideHailerApp
    ? `Installed${view.rider ? `, signed in as ${escapeHtml(view.rider)}` : ', not signed in'}. "Link account" opens it.`
    : 'Not installed. "Link account" opens the web sign-in page.';
  return `<section class="card" id="phone-apps" aria-labelledby="phone-apps-title">
<h2 id="phone-apps-title">Apps on this phone <span class="chip ${view.rideHailerApp ? 'on' : 'off'}" data-testid="ride-hailer-app-state">${view.rideHailerApp ? 'Ride Hailer app' : 'no Ride Hailer app'}</span></h2>
<p class="muted small">${state}</p>
<div class="actions">
<form method="post" action="/api/phone/ride-hailer-app" class="inline"><input type="hidden" name="installed" value="${next}"><button type="submit" class="button" data-testid="toggle-ride-hailer-app">${label}</button></form>
${view.rideHailerApp ? '<a class="button primary" href="/app/" data-testid="open-ride-hailer-app">Open the Ride Hailer app</a>' : ''}
</div>
</section>`;
}
