import { expect } from '@jest/globals';

/** The SSML tags the skill may use; anything else in speech came from input that was not escaped. */
const TAGS = new Set(['speak', 'break', 'say-as', 'lang', 'prosody', 'emphasis', 'p', 's', 'sub', 'phoneme', 'voice']);
const ENTITY = /&(?:amp|lt|gt|quot|apos);/g;

/** Alexa's limit for the text of one output speech. */
const MAX_SPEECH_CHARACTERS = 8000;

/** Checks one SSML string: wrapped in <speak>, only known tags, balanced, and no raw `<` or `&` in text. */
export function expectSafeSsml(ssml: string): void {
  expect(ssml.startsWith('<speak>') && ssml.endsWith('</speak>')).toBe(true);
  const open: string[] = [];
  for (const match of ssml.matchAll(/<(\/?)([a-zA-Z:-]+)[^<>]*?(\/?)>/g)) {
    const [, closing, name = '', selfClosing] = match;
    expect(TAGS.has(name) || name.startsWith('amazon:')).toBe(true);
    if (selfClosing) continue;
    if (closing) expect(open.pop()).toBe(name);
    else open.push(name);
  }
  expect(open).toEqual([]);
  const text = ssml.replace(/<[^<>]*>/g, '').replace(ENTITY, '');
  expect(text).not.toMatch(/[<>&]/);
  expect(text.length).toBeLessThanOrEqual(MAX_SPEECH_CHARACTERS);
}
