import type { Response, ui } from 'ask-sdk-model';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** What a speaker would say for an output speech: SSML tags dropped, entities decoded, spaces collapsed. */
export function spokenText(speech: ui.OutputSpeech | undefined): string | undefined {
  if (speech === undefined) return undefined;
  const raw = speech.type === 'SSML' ? speech.ssml : speech.text;
  return raw
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A one-line label for a card, as the transcript shows it: `LinkAccount`, `Simple "Title"`. */
export function cardLabel(card: ui.Card | undefined): string | undefined {
  if (card === undefined) return undefined;
  const title = 'title' in card && typeof card.title === 'string' ? ` "${card.title}"` : '';
  return `${card.type}${title}`;
}

/** The skill's speech, reprompt and card from a response. */
export function describeResponse(response: Response | undefined) {
  return {
    speech: spokenText(response?.outputSpeech),
    reprompt: spokenText(response?.reprompt?.outputSpeech),
    card: response?.card,
  };
}
