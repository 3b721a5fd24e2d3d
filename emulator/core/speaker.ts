import type { Household } from './Household';

/** What `.speaker off` and the page's "nobody recognized" choice send. */
export const NO_SPEAKER = 'off';

/** One line about who is talking, for the terminal and the page. */
export function describeSpeaker(household: Household): string {
  const speaker = household.speaker;
  const people = household.members.map((member) => member.name).join(', ');
  if (speaker === undefined) {
    return `Speaker: a voice Alexa does not recognize (no context.System.person). Household: ${people}.`;
  }
  return `Speaker: ${speaker.name}, recognized (context.System.person ${speaker.personId.slice(0, 24)}…). Household: ${people}.`;
}

/**
 * Chooses who is talking: a member's name, or `off` for a voice Alexa does not recognize; no choice only
 * describes. Throws UnknownSpeakerError for a name the household does not know.
 */
export function chooseSpeaker(household: Household, choice: string | undefined): string {
  const wanted = choice?.trim();
  if (wanted !== undefined && wanted !== '') {
    household.setSpeaker(wanted.toLowerCase() === NO_SPEAKER ? undefined : wanted);
  }
  return describeSpeaker(household);
}
