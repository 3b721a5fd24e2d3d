import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { SUPPORTED_LOCALES, t } from '../../lambda/prompts';
import { defineBundleDynamoSuite } from '../helpers/bundleDynamoSuite';
import { type FakeLinkedService, startFakeLinkedService } from '../helpers/fakeLinkedService';
import {
  build,
  withAccessToken,
  withConfirmation,
  withIntent,
  withLocale,
  withoutContext,
  withRequestType,
  withSlots,
} from '../helpers/requests';
import { startSilentServer } from '../helpers/silentServer';
import { DIST_SKILL, invokeBundle as invokeBundleIn } from '../helpers/skillBundle';
import { speechOf } from '../helpers/skillHarness';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const TOKEN = 'Atza|bundle-smoke-secret-token-value';

let api: FakeLinkedService;

beforeAll(async () => {
  await run(process.execPath, [join(root, 'scripts', 'build.mjs'), 'skill'], { cwd: root });
  api = await startFakeLinkedService(TOKEN);
}, 60_000);
afterAll(() => api.close());

/** Runs envelopes through dist/skill/index.js in a fresh Node process (no DynamoDB needed for these). */
function invokeBundle(envelopes: RequestEnvelope[]) {
  return invokeBundleIn(DIST_SKILL, envelopes, { RIDE_HAILER_API_URL: api.url, LINKED_SERVICE_BUDGET_MS: '1500' });
}

const plain = (ssml: string) => speechOf({ version: '1.0', response: { outputSpeech: { type: 'SSML', ssml } } });

describe('the built bundle dist/skill/index.js', () => {
  it('rejects an event that is not an Alexa request with a named error', async () => {
    const failure = await invokeBundle([{ httpMethod: 'GET' } as unknown as RequestEnvelope]).catch(
      (error: { stderr: string }) => error,
    );
    expect((failure as { stderr: string }).stderr).toContain('MalformedRequestError');
    expect((failure as { stderr: string }).stderr).toContain('event has no request.type');
  });

  it('answers every locale’s unlinked OrderRide with the localized link response and a LinkAccount card, and its Launch with the open welcome', async () => {
    const envelopes = SUPPORTED_LOCALES.flatMap((locale) => [
      build('launch', withLocale(locale)),
      build('launch', withLocale(locale), withIntent('OrderRideIntent'), withSlots({ destination: 'airport' })),
    ]);
    const { responses } = await invokeBundle(envelopes);
    expect(responses).toHaveLength(SUPPORTED_LOCALES.length * 2);
    responses.forEach((response, index) => {
      const locale = SUPPORTED_LOCALES[Math.floor(index / 2)];
      const launch = index % 2 === 0;
      expect(speechOf(response)).toBe(plain(t(locale, launch ? 'launch.unlinked' : 'link.prompt')));
      expect(response.response.card).toEqual(launch ? undefined : { type: 'LinkAccount' });
      expect(response.response.shouldEndSession).toBe(!launch);
    });
  });

  it('loads only the catalog of the language it speaks, and English from the main file', async () => {
    const german = await invokeBundle([
      build('launch', withLocale('de-DE')),
      build('launch', withLocale('de-DE'), withIntent('AMAZON.HelpIntent')),
    ]);
    expect(german.loaded).toEqual([
      ['index.js', 'prompts/de.js'],
      ['index.js', 'prompts/de.js'],
    ]);
    expect(speechOf(german.responses[0] as ResponseEnvelope)).toBe(plain(t('de-DE', 'launch.unlinked')));
    const mixed = await invokeBundle([build('launch', withLocale('en-GB')), build('launch', withLocale('hi-IN'))]);
    expect(mixed.loaded).toEqual([['index.js'], ['index.js', 'prompts/hi.js']]);
    expect(speechOf(mixed.responses[1] as ResponseEnvelope)).toBe(plain(t('hi-IN', 'launch.unlinked')));
  });

  it('keeps its main file within 30 KB gzip: catalogs, the DynamoDB client and ask-sdk’s service clients load later', () => {
    expect(gzipSync(readFileSync(join(DIST_SKILL, 'index.js')), { level: 9 }).length).toBeLessThanOrEqual(30_000);
    for (const file of ['vendor/client-dynamodb.js', 'vendor/ask-sdk-model.js', 'prompts/fr.js']) {
      expect(existsSync(join(DIST_SKILL, file))).toBe(true);
    }
  });

  it('gives the same link response for a token the API rejects, an apology for a hung API, and logs no token', async () => {
    api.mode = 'unauthorized';
    const rejected = await invokeBundle([build('launch', withAccessToken(TOKEN))]);
    api.mode = 'hang';
    const hung = await invokeBundle([build('launch', withAccessToken(TOKEN))]);
    api.mode = 'ok';
    const linked = await invokeBundle([build('launch', withAccessToken(TOKEN))]);

    expect(rejected.responses[0]?.response.card).toEqual({ type: 'LinkAccount' });
    expect(speechOf(hung.responses[0] as ResponseEnvelope)).toBe(plain(t('en-US', 'error.serviceUnavailable')));
    expect(speechOf(linked.responses[0] as ResponseEnvelope)).toMatch(/^Welcome back, Alex Rider\./);
    const logs = [rejected, hung, linked].map((r) => r.stdout + r.stderr).join('\n');
    expect(logs).toContain('"message":"request"');
    expect(logs).not.toContain(TOKEN);
    expect(logs).not.toContain('bundle-smoke-secret');
  }, 30_000);
});

describe('the built bundle and envelopes in every shape Alexa and its test tools send', () => {
  it('answers the older format (no context) from the session: token from session.user, locale from the request', async () => {
    api.reset();
    const run = await invokeBundleIn(
      DIST_SKILL,
      [
        build('launch', withLocale('de-DE'), withAccessToken(TOKEN, 'session'), withoutContext()),
        build('order-ride', withLocale('fr-FR'), withoutContext()),
        build('session-ended', withoutContext()),
      ],
      // The skill id check reads the application id, which this format carries only in the session.
      { RIDE_HAILER_API_URL: api.url, SKILL_ID: 'amzn1.ask.skill.00000000-0000-4000-8000-00000000ride' },
    );
    const [linked, unlinked, ended] = run.responses as ResponseEnvelope[];
    expect(speechOf(linked as ResponseEnvelope)).toBe(plain(t('de-DE', 'launch.welcome', { name: 'Alex Rider' })));
    expect(api.requests[0]?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(speechOf(unlinked as ResponseEnvelope)).toBe(plain(t('fr-FR', 'link.prompt')));
    expect(unlinked?.response.card).toEqual({ type: 'LinkAccount' });
    expect(ended?.response).toEqual({});
  });

  it('speaks en-US for a locale that is not a string, and says nothing to System.ExceptionEncountered', async () => {
    api.mode = 'hang';
    const run = await invokeBundle([
      build('order-ride', withLocale(42 as unknown as string)),
      build('launch', withLocale({ code: 'de-DE' } as unknown as string), withAccessToken(TOKEN)),
      build('launch', withRequestType('System.ExceptionEncountered', { error: { type: 'INVALID_RESPONSE' } })),
    ]);
    api.mode = 'ok';
    const [link, apology, exception] = run.responses as ResponseEnvelope[];
    expect(speechOf(link as ResponseEnvelope)).toBe(plain(t('en-US', 'link.prompt')));
    expect(speechOf(apology as ResponseEnvelope)).toBe(plain(t('en-US', 'error.serviceUnavailable')));
    expect(exception?.response).toEqual({});
  });

  it('still refuses a session without a request with the named error', async () => {
    const session = build('launch').session;
    const failure = await invokeBundle([{ session } as unknown as RequestEnvelope]).catch(
      (error: { stderr: string }) => error,
    );
    expect((failure as { stderr: string }).stderr).toContain('MalformedRequestError');
  });
});

describe('the built bundle when DynamoDB accepts connections and never answers', () => {
  it('books without the preference in ridehailer mode and apologizes in LWA mode', async () => {
    api.reset();
    const silent = await startSilentServer();
    try {
      const env = {
        RIDE_HAILER_API_URL: api.url,
        LWA_API_URL: api.url,
        DYNAMODB_ENDPOINT: silent.url,
        // The hung preference read takes its 1 s cap; the rest must leave the API call room on a loaded machine.
        LINKED_SERVICE_BUDGET_MS: '3000',
      };
      const token = withAccessToken(TOKEN);
      const ridehailer = await invokeBundleIn(
        DIST_SKILL,
        [build('order-ride', withConfirmation('CONFIRMED'), token)],
        env,
      );
      const lwa = await invokeBundleIn(DIST_SKILL, [build('launch', withIntent('RideStatusIntent'), token)], {
        ...env,
        LINKED_SERVICE: 'lwa',
      });

      expect(speechOf(ridehailer.responses[0] as ResponseEnvelope)).toMatch(/^Your ride is booked\./);
      expect(ridehailer.stdout).toContain('"message":"could not read preferences"');
      expect(speechOf(lwa.responses[0] as ResponseEnvelope)).toBe(plain(t('en-US', 'error.serviceUnavailable')));
      expect(lwa.responses[0]?.response.shouldEndSession).toBe(true);
      expect(silent.connections).toBeGreaterThanOrEqual(2);
    } finally {
      await silent.close();
    }
  }, 30_000);
});

defineBundleDynamoSuite('the built bundle dist/skill', () => DIST_SKILL);
