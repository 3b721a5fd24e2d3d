import { describe, expect, it } from '@jest/globals';
import {
  AlexaRequestRejectedError,
  AmazonCodeRejectedError,
  AmazonUnavailableError,
  EnablementFailedError,
  NoAlexaRegionError,
} from '../../../../service/mobile/errors';
import { MESSAGES, messageFor } from '../../../../service/mobile/messages';
import { en } from '../../../../service/mobile/messages/en';

describe('the app’s messages for Amazon errors', () => {
  it('speak the eight languages, each with exactly the English keys and none empty', () => {
    expect(Object.keys(MESSAGES).sort()).toEqual(['de', 'en', 'es', 'fr', 'hi', 'it', 'nl', 'pt']);
    for (const [lang, messages] of Object.entries(MESSAGES)) {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
      for (const text of Object.values(messages)) expect(text.trim()).not.toBe('');
      if (lang !== 'en')
        for (const key of Object.keys(en) as (keyof typeof en)[]) expect(messages[key]).not.toBe(en[key]);
    }
    for (const text of Object.values(MESSAGES.hi ?? {})) expect(text).toMatch(/[\u0900-\u097F]/);
  });

  it('have a message for every error code the endpoints answer with', () => {
    const errors = [
      new AmazonCodeRejectedError('x'),
      new AmazonUnavailableError('x'),
      new NoAlexaRegionError('x'),
      new EnablementFailedError([]),
      new AlexaRequestRejectedError('x'),
    ];
    for (const error of errors) expect(messageFor(error.code, undefined)).toBe(en[error.code as keyof typeof en]);
  });

  it('follow Accept-Language, and fall back to English', () => {
    expect(messageFor('amazon_unavailable', 'nl-NL,nl;q=0.9')).toBe(MESSAGES.nl?.amazon_unavailable);
    expect(messageFor('amazon_unavailable', 'ja-JP')).toBe(en.amazon_unavailable);
  });
});
