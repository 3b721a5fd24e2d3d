import { expect } from '@jest/globals';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { expectSafeSsml } from './ssml';

/** A response Alexa accepts: version 1.0, speech and reprompt as safe SSML, a boolean or absent session end. */
export function expectValidAlexaResponse(envelope: ResponseEnvelope): void {
  expect(envelope.version).toBe('1.0');
  expect(typeof envelope.response).toBe('object');
  const { outputSpeech, reprompt, shouldEndSession, card, directives } = envelope.response;
  for (const speech of [outputSpeech, reprompt?.outputSpeech]) {
    if (speech === undefined) continue;
    expect(speech.type).toBe('SSML');
    if (speech.type === 'SSML') expectSafeSsml(speech.ssml);
  }
  expect([undefined, true, false]).toContain(shouldEndSession);
  if (card !== undefined)
    expect(['Simple', 'Standard', 'LinkAccount', 'AskForPermissionsConsent']).toContain(card.type);
  if (directives !== undefined) expect(Array.isArray(directives)).toBe(true);
  expect(JSON.stringify(envelope)).not.toMatch(/\bat .+\.(js|ts):\d+|[A-Z]\w+Error\b/);
}
