import type { LanguagePack } from './languages/types';
import { normalizePhrase, normalizeWord, words } from './normalize';

/**
 * An answer to Alexa's consent question in voice-forward account linking: the language's approval and refusal
 * phrases first, then a plain yes or no; stop and cancel refuse. Undefined when it is none of these.
 */
export function consentAnswer(
  pack: LanguagePack,
  text: string,
  yesNo: 'yes' | 'no' | undefined,
  stops: boolean,
): 'approve' | 'deny' | undefined {
  const phrase = normalizePhrase(text);
  const said = (list: readonly string[]) => list.some((entry) => normalizePhrase(entry) === phrase);
  if (said(pack.consent.deny)) return 'deny';
  if (said(pack.consent.approve)) return 'approve';
  if (yesNo !== undefined) return yesNo === 'yes' ? 'approve' : 'deny';
  return stops ? 'deny' : undefined;
}

const DEVANAGARI_DIGITS = /[\u0966-\u096f]/g;

/**
 * The digits in an utterance, in order: numerals (Devanagari too) however they are grouped or separated
 * ("123 456", "1-2-3-4-5-6") and the language's digit words ("one two three"); other words are skipped.
 */
export function spokenDigits(pack: LanguagePack, text: string): string {
  const byWord = new Map<string, string>();
  pack.digits.forEach((names, digit) => {
    for (const name of names) byWord.set(normalizeWord(name), String(digit));
  });
  let digits = '';
  for (const { norm } of words(text).tokens) {
    const numeral = norm.replace(DEVANAGARI_DIGITS, (d) => String(d.charCodeAt(0) - 0x966));
    if (/^[0-9]+$/.test(numeral)) digits += numeral;
    else digits += byWord.get(norm) ?? '';
  }
  return digits;
}
