import { cardLabel } from '../conversation/speech';
import type { Turn } from '../conversation/types';
import type { EmulatedUser } from './EmulatedUser';

/** Adds a turn to the user's transcript: the words, notes, Alexa's answer and its card. */
export function recordTurn(user: EmulatedUser, turn: Turn): void {
  if (!turn.input.startsWith('.')) user.log({ who: 'user', text: turn.input });
  for (const note of turn.notes) user.log({ who: 'note', text: note });
  const card = cardLabel(turn.card);
  if (turn.heard?.some((line) => line.who === 'alexa')) {
    // Alexa spoke herself (voice-forward linking): her words and the skill's in order; codes are on the phone.
    for (const line of turn.heard) {
      if (line.who !== 'phone')
        user.log({ who: 'alexa', text: `${line.text}${line.card ? ` [card: ${line.card}]` : ''}` });
    }
  } else if (turn.speech !== undefined || card !== undefined) {
    user.log({ who: 'alexa', text: `${turn.speech ?? ''}${card ? ` [card: ${card}]` : ''}`.trim() });
  }
  if (turn.sessionEnded && !turn.input.startsWith('.')) user.log({ who: 'note', text: 'session ended' });
}
