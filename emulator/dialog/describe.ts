import type { Snapshot } from '../http/snapshot';

/** One line about the link: linked or not, token preview, lifetime left, refreshes. */
export function linkLine(state: Snapshot): string {
  const { link } = state;
  if (!link.linked) return 'Not linked: requests carry no access token.';
  const left = link.expiresInSeconds === undefined ? 'never expires' : `expires in ${link.expiresInSeconds} s`;
  return `Linked: access token ${link.accessToken}, ${left} (${link.expirySource}), refreshed ${link.refreshCount} time(s).`;
}

/** The `.state` output. */
export function stateLines(state: Snapshot): string[] {
  return [
    linkLine(state),
    `Skill ${state.user.enabled ? 'enabled' : 'not enabled'}; locale ${state.user.locale}; ${state.user.inSession ? 'session open' : 'no open session'}.`,
    `Alexa user ${state.user.userId}; ${state.cards.length} card(s) in the feed.`,
  ];
}
