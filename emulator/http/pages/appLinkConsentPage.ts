import { escapeHtml, layout } from './html';

/** What the Alexa app's consent page for linking from the skill's app shows. */
export interface AppLinkConsentView {
  skillName: string;
  amazonAccount: string;
  pendingId: string;
}

/**
 * The Alexa app's own consent page for app-to-app linking started in the skill's app: the user is already
 * signed in to Alexa, so it only asks; Allow sends an Amazon authorization code back to the skill's app link.
 */
export function appLinkConsentPage(view: AppLinkConsentView): string {
  return layout(
    `Link ${view.skillName} with Alexa`,
    `<section class="card result" data-testid="alexa-app-consent">
<h1>Link ${escapeHtml(view.skillName)} with Alexa?</h1>
<p>${escapeHtml(view.skillName)} will enable its skill and link your Ride Hailer account with the Alexa account ${escapeHtml(view.amazonAccount)}.</p>
<form method="post" action="/spa/skill-account-linking-consent" class="actions">
<input type="hidden" name="pendingId" value="${escapeHtml(view.pendingId)}">
<button type="submit" name="decision" value="allow" class="button primary" data-testid="alexa-app-allow">Allow</button>
<button type="submit" name="decision" value="cancel" class="button" data-testid="alexa-app-cancel">Cancel</button>
</form>
</section>`,
  );
}
