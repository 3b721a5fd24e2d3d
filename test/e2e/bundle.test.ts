import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { lazyDynamo } from '../../lambda/persistence/dynamo';
import { ensureSkillTable } from '../../lambda/persistence/table';
import { SUPPORTED_LOCALES, t } from '../../lambda/prompts';
import { type LocalDynamo, startDynalite } from '../helpers/dynalite';
import { type FakeLinkedService, startFakeLinkedService } from '../helpers/fakeLinkedService';
import { build, withAccessToken, withIntent, withLocale, withSlots } from '../helpers/requests';
import { speechOf } from '../helpers/skillHarness';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const TOKEN = 'Atza|bundle-smoke-secret-token-value';

let api: FakeLinkedService;
let dynamo: LocalDynamo;

beforeAll(async () => {
  await run(process.execPath, [join(root, 'scripts', 'build.mjs'), 'skill'], { cwd: root });
  [api, dynamo] = await Promise.all([startFakeLinkedService(TOKEN), startDynalite()]);
  await ensureSkillTable(await lazyDynamo({ region: 'us-east-1', endpoint: dynamo.endpoint, table: 'bundle-smoke' })());
}, 60_000);
afterAll(async () => {
  await Promise.all([api.close(), dynamo.close()]);
});

/** Runs envelopes through dist/skill/index.js in a fresh Node process; returns responses and everything it logged. */
async function invokeBundle(
  envelopes: RequestEnvelope[],
): Promise<{ responses: ResponseEnvelope[]; stdout: string; stderr: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'rh-bundle-'));
  writeFileSync(join(dir, 'in.json'), JSON.stringify(envelopes));
  const { stdout, stderr } = await run(
    process.execPath,
    [join(import.meta.dirname, 'invokeBundle.cjs'), join(dir, 'in.json'), join(dir, 'out.json')],
    {
      env: {
        PATH: process.env.PATH,
        RIDE_HAILER_API_URL: api.url,
        SKILL_TABLE: 'bundle-smoke',
        DYNAMODB_ENDPOINT: dynamo.endpoint,
        AWS_REGION: 'us-east-1',
        AWS_ACCESS_KEY_ID: 'local',
        AWS_SECRET_ACCESS_KEY: 'local',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        LINKED_SERVICE_BUDGET_MS: '1500',
        LOG_LEVEL: 'debug',
      },
    },
  );
  const results = JSON.parse(readFileSync(join(dir, 'out.json'), 'utf8')) as { response: ResponseEnvelope }[];
  return { responses: results.map((r) => r.response), stdout, stderr };
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
