import { AttributesManagerFactory, type HandlerInput } from 'ask-sdk-core';
import { loadConfig } from '../../lambda/config';
import { createDeps } from '../../lambda/deps';
import { UnhandledRequestHandler } from '../../lambda/handlers/UnhandledRequestHandler';
import { SUPPORTED_LOCALES } from '../../lambda/prompts';
import { CATALOGS } from '../../lambda/prompts/catalogs';
import { en } from '../../lambda/prompts/en';
import { contextInterceptor } from '../../lambda/requestContext';
import { HANDLERS } from '../../lambda/skill';
import { build, withAccessToken, withIntent, withLocale } from '../helpers/requests';
import { modelLocales, readModel } from './skillPackage';

const deps = createDeps(loadConfig({ RIDE_HAILER_API_URL: 'http://127.0.0.1:9', LOG_LEVEL: 'silent' }), {
  persistence: undefined,
});

/** The handler the routing table picks, asked after the context interceptor ran, as the skill does. */
function handlerFor(locale: string, intent: string) {
  const requestEnvelope = build('launch', withLocale(locale), withIntent(intent), withAccessToken('t'));
  const input = { requestEnvelope, attributesManager: AttributesManagerFactory.init({ requestEnvelope }) };
  contextInterceptor(deps).process(input as HandlerInput);
  return HANDLERS.find((handler) => handler.canHandle(input as HandlerInput));
}

describe('every intent in every model has a handler', () => {
  it.each(modelLocales())('%s', (locale) => {
    for (const { name } of readModel(locale).interactionModel.languageModel.intents) {
      expect([name, handlerFor(locale, name)]).not.toEqual([name, UnhandledRequestHandler]);
    }
  });
});

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const texts = (entry: unknown): string[] => (typeof entry === 'string' ? [entry] : Object.values(entry as object));

describe('speech catalogs', () => {
  it('exist for every supported locale’s language', () => {
    for (const locale of SUPPORTED_LOCALES) expect(CATALOGS[locale.slice(0, 2)]).toBeDefined();
  });

  it.each(Object.keys(CATALOGS))('%s uses the same placeholders as English in every message', (language) => {
    const catalog = CATALOGS[language] as Record<string, unknown>;
    for (const [key, entry] of Object.entries(en)) {
      const expected = placeholders(texts(entry).join(' '));
      for (const text of texts(catalog[key])) {
        expect([key, placeholders(text).filter((p) => p !== 'count')]).toEqual([
          key,
          expected.filter((p) => p !== 'count'),
        ]);
      }
    }
  });

  it.each(Object.keys(CATALOGS))('%s contains no SSML markup or characters that would break it', (language) => {
    for (const entry of Object.values(CATALOGS[language] as Record<string, unknown>)) {
      for (const text of texts(entry)) expect(text).not.toMatch(/[<>&]/);
    }
  });

  it('never tells English users to relink or to disable and enable the skill (certification)', () => {
    expect(en['link.prompt']).toMatch(/card/);
    expect(en['link.prompt']).toMatch(/Alexa app/);
    expect(en['link.prompt']).not.toMatch(/relink|re-link|disable|settings/i);
  });
});
