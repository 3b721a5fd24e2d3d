import type { Turn } from '../conversation/types';

/**
 * The lines of a turn in which Alexa spoke herself (voice-forward linking), in order: `Alexa > …` for her
 * words and the skill's, `[phone: 123456]` for a code texted to the phone. Undefined for an ordinary turn.
 */
export function heardLines(turn: Turn): string[] | undefined {
  if (!turn.heard?.some((line) => line.who !== 'skill')) return undefined;
  return turn.heard.map((line) => {
    if (line.who === 'phone') return `[phone: ${line.text}]`;
    return `Alexa > ${line.text}${line.card ? ` [card: ${line.card}]` : ''}`.replace('>  [', '> [');
  });
}
