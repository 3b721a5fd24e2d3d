import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SUPPORTED_LOCALES } from '../../lambda/prompts';
import { RIDE_TYPES } from '../../lambda/rides/types';
import { BUILT_IN_INTENTS, CUSTOM_INTENTS, modelLocales, readManifest, readModel } from './skillPackage';

const locales = [...SUPPORTED_LOCALES].sort();
const manifest = readManifest();

describe('locales agree', () => {
  it('interaction models = supported locales', () => {
    expect(modelLocales()).toEqual(locales);
  });

  it('skill.json publishing and privacy locales = supported locales', () => {
    expect(Object.keys(manifest.publishingInformation.locales).sort()).toEqual(locales);
    expect(Object.keys(manifest.privacyAndCompliance.locales).sort()).toEqual(locales);
  });
});

describe('skill.json', () => {
  it('has exactly one api, custom, and subscribes to the account-linking events', () => {
    expect(Object.keys(manifest.apis)).toEqual(['custom']);
    expect(manifest.events.subscriptions.map((s: { eventName: string }) => s.eventName).sort()).toEqual([
      'SKILL_ACCOUNT_LINKED',
      'SKILL_DISABLED',
      'SKILL_ENABLED',
    ]);
    expect(manifest.events.endpoint.uri).toBeTruthy();
    expect(manifest.accountLinking).toBeUndefined();
  });

  it('gives test credentials to certification', () => {
    expect(manifest.publishingInformation.testingInstructions).toContain('rider@example.com');
    expect(manifest.publishingInformation.testingInstructions).toContain('ride-hailer-demo');
  });

  it.each(locales)('%s has name, summary, description, keywords and https privacy/terms URLs', (locale) => {
    const info = manifest.publishingInformation.locales[locale];
    expect(info.name).toBe('Ride Hailer');
    expect(info.summary.length).toBeGreaterThan(10);
    expect(info.description.length).toBeGreaterThan(info.summary.length);
    expect(info.keywords.length).toBeGreaterThanOrEqual(3);
    const privacy = manifest.privacyAndCompliance.locales[locale];
    expect(privacy.privacyPolicyUrl).toMatch(/^https:\/\//);
    expect(privacy.termsOfUseUrl).toMatch(/^https:\/\//);
  });
});

describe('account-linking request files', () => {
  const read = (file: string) => JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', file), 'utf8'));

  it.each(['accountLinking.json', 'accountLinking.lwa.json'])(
    '%s is in the SMAPI wrapper form, AUTH_CODE, Basic, no secret',
    (file) => {
      const { accountLinkingRequest: request, ...rest } = read(file);
      expect(rest).toEqual({});
      expect(request).toMatchObject({ type: 'AUTH_CODE', accessTokenScheme: 'HTTP_BASIC', skipOnEnablement: true });
      expect(request.defaultTokenExpirationInSeconds).toBeGreaterThanOrEqual(360);
      expect(request.clientSecret).toBeUndefined();
      expect(request.authorizationUrl).not.toMatch(/state=/);
    },
  );

  it('asks our server for the scopes the skill uses, and LWA for profile', () => {
    expect(read('accountLinking.json').accountLinkingRequest.scopes).toEqual(['profile', 'rides:read', 'rides:write']);
    expect(read('accountLinking.lwa.json').accountLinkingRequest).toMatchObject({
      authorizationUrl: 'https://www.amazon.com/ap/oa',
      accessTokenUrl: 'https://api.amazon.com/auth/o2/token',
      scopes: ['profile'],
    });
  });
});

describe.each(locales)('interaction model %s', (locale) => {
  const { languageModel, dialog, prompts } = readModel(locale).interactionModel;
  const intents = new Map(languageModel.intents.map((intent) => [intent.name, intent]));

  it('is invoked as "ride hailer" and declares every intent the skill handles', () => {
    expect(languageModel.invocationName).toBe('ride hailer');
    expect([...intents.keys()].sort()).toEqual([...CUSTOM_INTENTS, ...BUILT_IN_INTENTS].sort());
  });

  it('has at least 12 distinct samples per custom intent, none repeated across intents', () => {
    const seen = new Map<string, string>();
    for (const name of CUSTOM_INTENTS) {
      const samples = intents.get(name)?.samples ?? [];
      expect(new Set(samples).size).toBeGreaterThanOrEqual(12);
      for (const sample of samples) {
        expect(seen.get(sample) ?? name).toBe(name);
        seen.set(sample, name);
      }
    }
  });

  it('only references slots the intent declares, in samples and slot samples', () => {
    for (const intent of languageModel.intents) {
      const declared = new Set((intent.slots ?? []).map((slot) => slot.name));
      const all = [...(intent.samples ?? []), ...(intent.slots ?? []).flatMap((slot) => slot.samples ?? [])];
      for (const sample of all) {
        for (const [, slot] of sample.matchAll(/\{(\w+)\}/g)) expect(declared).toContain(slot);
        expect(sample).not.toMatch(/\d/);
      }
    }
  });

  it('types the order and fare slots, with ride-type ids the skill understands', () => {
    for (const name of ['OrderRideIntent', 'FareEstimateIntent']) {
      expect(
        intents
          .get(name)
          ?.slots?.map((s) => [s.name, s.type])
          .sort(),
      ).toEqual([
        ['destination', 'DESTINATION'],
        ['rideType', 'RIDE_TYPE'],
      ]);
    }
    const rideType = languageModel.types?.find((type) => type.name === 'RIDE_TYPE');
    expect(rideType?.values?.map((v) => v.id).sort()).toEqual([...RIDE_TYPES].sort());
    for (const value of rideType?.values ?? []) expect(value.name.synonyms?.length).toBeGreaterThanOrEqual(2);
    expect(languageModel.types?.find((type) => type.name === 'DESTINATION')?.values?.length).toBeGreaterThanOrEqual(20);
  });

  it('lets the skill elicit the destination with prompts that exist', () => {
    expect(dialog?.delegationStrategy).toBe('SKILL_RESPONSE');
    const promptIds = new Set((prompts ?? []).map((p) => p.id));
    for (const name of ['OrderRideIntent', 'FareEstimateIntent']) {
      const destination = dialog?.intents.find((i) => i.name === name)?.slots?.find((s) => s.name === 'destination');
      expect(destination?.elicitationRequired).toBe(true);
      expect(promptIds).toContain(destination?.prompts?.elicitation);
    }
  });
});
