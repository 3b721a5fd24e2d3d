import type { RequestEnvelope } from 'ask-sdk-model';
import { SUPPORTED_LOCALES, t } from '../../../lambda/prompts';
import { build, withAccessToken, withIntent, withLocale, withSlots } from '../../helpers/requests';
import { speechOf, useSkillHarness } from '../../helpers/skillHarness';

const harness = useSkillHarness();

type Gated = { name: string; envelope: (locale: string) => RequestEnvelope; linkedKey: Parameters<typeof t>[1] };

const GATED: Gated[] = [
  {
    name: 'OrderRideIntent',
    envelope: (l) =>
      build('launch', withLocale(l), withIntent('OrderRideIntent'), withSlots({ destination: undefined })),
    linkedKey: 'order.askDestination',
  },
  {
    name: 'RideStatusIntent',
    envelope: (l) => build('launch', withLocale(l), withIntent('RideStatusIntent')),
    linkedKey: 'status.none',
  },
  {
    name: 'CancelRideIntent',
    envelope: (l) => build('launch', withLocale(l), withIntent('CancelRideIntent')),
    linkedKey: 'cancel.none',
  },
];

const plain = (ssml: string) => speechOf({ version: '1.0', response: { outputSpeech: { type: 'SSML', ssml } } });

describe.each(GATED)('$name', ({ envelope, linkedKey }) => {
  describe.each(SUPPORTED_LOCALES)('in %s', (locale) => {
    it('sends the localized link response and a LinkAccount card when not linked', async () => {
      harness.api.mode = 'ok';
      const response = await harness.invoke(envelope(locale));
      expect(speechOf(response)).toBe(plain(t(locale, 'link.prompt')));
      expect(response.response.card).toEqual({ type: 'LinkAccount' });
      expect(response.response.shouldEndSession).toBe(true);
    });

    it('serves the request in the locale’s language when linked', async () => {
      harness.api.mode = 'no-current-ride';
      const response = await harness.invoke(withAccessToken(harness.api.validToken)(envelope(locale)));
      expect(response.response.card).toBeUndefined();
      expect(speechOf(response)).toBe(plain(t(locale, linkedKey, { name: 'Alex Rider' })));
    });

    it('gives the same link response when the API rejects the token', async () => {
      harness.api.mode = 'unauthorized';
      const rejected = await harness.invoke(withAccessToken('revoked-token')(envelope(locale)));
      const unlinked = await harness.invoke(envelope(locale));
      expect(rejected.response).toEqual(unlinked.response);
    });
  });
});

describe.each(SUPPORTED_LOCALES)('LaunchRequest in %s (not gated: linking is optional)', (locale) => {
  it('welcomes an unlinked user, says what works without an account and how to link, and keeps listening', async () => {
    harness.api.mode = 'ok';
    const response = await harness.invoke(build('launch', withLocale(locale)));
    expect(speechOf(response)).toBe(plain(t(locale, 'launch.unlinked')));
    expect(response.response.card).toBeUndefined();
    expect(response.response.shouldEndSession).toBe(false);
  });

  it('greets a linked rider by name', async () => {
    harness.api.mode = 'ok';
    const response = await harness.invoke(build('launch', withLocale(locale), withAccessToken(harness.api.validToken)));
    expect(speechOf(response)).toBe(plain(t(locale, 'launch.welcome', { name: 'Alex Rider' })));
  });

  it('answers a rejected token with the link response and its card', async () => {
    harness.api.mode = 'unauthorized';
    const response = await harness.invoke(build('launch', withLocale(locale), withAccessToken('revoked-token')));
    expect(speechOf(response)).toBe(plain(t(locale, 'link.prompt')));
    expect(response.response.card).toEqual({ type: 'LinkAccount' });
  });
});

describe('the link prompt', () => {
  it.each(SUPPORTED_LOCALES.filter((l) => !l.startsWith('en')))('is translated for %s', (locale) => {
    expect(t(locale, 'link.prompt')).not.toBe(t('en-US', 'link.prompt'));
  });
});
