/** A word of the user's text: its normalized form and where it stands in the source text. */
export interface Token {
  norm: string;
  start: number;
  end: number;
}

/** Text split into words; token offsets point into `source` (the NFC form of the input). */
export interface Words {
  source: string;
  tokens: Token[];
}

const COMBINING_LATIN_MARKS = /[\u0300-\u036f]/g;
/** Letters, digits and the combining marks scripts like Devanagari need inside a word. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * Case-, punctuation- and diacritics-insensitive form of one word. Only Latin combining accents are dropped
 * (é → e, ö → o); Devanagari vowel signs belong to the word and stay.
 */
export function normalizeWord(word: string): string {
  return word.normalize('NFD').replace(COMBINING_LATIN_MARKS, '').normalize('NFC').toLocaleLowerCase('und');
}

/** Splits text into words; apostrophes, hyphens and other punctuation separate words. */
export function words(text: string): Words {
  const source = text.normalize('NFC');
  const tokens: Token[] = [];
  for (const match of source.matchAll(WORD)) {
    const start = match.index ?? 0;
    tokens.push({ norm: normalizeWord(match[0]), start, end: start + match[0].length });
  }
  return { source, tokens };
}

/** The normalized words of a phrase, joined by single spaces. */
export function normalizePhrase(text: string): string {
  return words(text)
    .tokens.map((token) => token.norm)
    .join(' ');
}

/** The original text from token `from` up to (not including) token `to`. */
export function sourceSpan(input: Words, from: number, to: number): string {
  const first = input.tokens[from];
  const last = input.tokens[to - 1];
  if (first === undefined || last === undefined) return '';
  return input.source.slice(first.start, last.end);
}
