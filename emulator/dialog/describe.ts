import type { Snapshot } from '../http/snapshot';

/** One line about the link: linked or not, token preview, lifetime left, refreshes. */
export function linkLine(state: Snapshot): string {
  const { link } = state;
  if (!link.linked) return 'Not linked: requests carry no access token.';
  const left = link.expiresInSeconds === undefined ? 'never expires' : `expires in ${link.expiresInSeconds} s`;
  return `Linked: access token ${link.accessToken}, ${left} (${link.expirySource}), refreshed ${link.refreshCount} time(s).`;
}

/** What a sign-in on the Echo Show (or a scan of its QR code) left linked. */
export function deviceLinkLine(state: Snapshot, person: string | undefined, how: 'device' | 'qr'): string {
  const where =
    how === 'qr'
      ? 'Scanned the QR code on the Echo Show and linked on the phone through the login and consent pages.'
      : `Signed in on the Echo Show${person ? ` as ${person}` : ''} through the login and consent pages.`;
  if (person === undefined) return `${where} ${linkLine(state)}`;
  return `${where} ${person}'s own profile is linked (personal link): requests carry context.System.person.accessToken while ${person} speaks.`;
}

/** Who has a link of their own, for `.state`. */
function personalLine(state: Snapshot): string {
  const { personalLinks } = state.household;
  return personalLinks.length === 0 ? 'No personal links.' : `Personal links: ${personalLinks.join(', ')}.`;
}

/** The `.state` output. */
export function stateLines(state: Snapshot): string[] {
  return [
    linkLine(state),
    personalLine(state),
    `Skill ${state.user.enabled ? 'enabled' : 'not enabled'}; locale ${state.user.locale}; ${state.user.inSession ? 'session open' : 'no open session'}.`,
    `Alexa user ${state.user.userId}; ${state.cards.length} card(s) in the feed.`,
  ];
}
