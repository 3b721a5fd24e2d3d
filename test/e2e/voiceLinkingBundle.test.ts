import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { lazyDynamo } from '../../lambda/persistence/dynamo';
import { ensureSkillTable } from '../../lambda/persistence/table';
import { type LocalDynamo, startDynalite } from '../helpers/dynalite';
import { type FakeLinkedService, startFakeLinkedService } from '../helpers/fakeLinkedService';
import { build, withIntent, withPerson, withSessionAttributes, withUserId } from '../helpers/requests';
import { speechOf } from '../helpers/skillHarness';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const TABLE = 'voice-linking-bundle';

let lwa: FakeLinkedService;
let dynamo: LocalDynamo;

beforeAll(async () => {
  await run(process.execPath, [join(root, 'scripts', 'build.mjs'), 'skill'], { cwd: root });
  [lwa, dynamo] = await Promise.all([startFakeLinkedService(), startDynalite()]);
  await ensureSkillTable(await lazyDynamo({ region: 'us-east-1', endpoint: dynamo.endpoint, table: TABLE })());
}, 60_000);
afterAll(async () => {
  await Promise.all([lwa.close(), dynamo.close()]);
});

/** One cold start of dist/skill/index.js in LWA mode: a fresh Node process per call, state only in DynamoDB. */
async function coldStart(envelope: RequestEnvelope): Promise<ResponseEnvelope> {
  const dir = mkdtempSync(join(tmpdir(), 'rh-voice-'));
  writeFileSync(join(dir, 'event.json'), JSON.stringify(envelope));
  const bundle = JSON.stringify(join(root, 'dist', 'skill', 'index.js'));
  const event = JSON.stringify(join(dir, 'event.json'));
  const script = `require(${bundle}).handler(require(${event}), {}).then((r) => process.stdout.write('\\n' + JSON.stringify(r)))`;
  const { stdout } = await run(process.execPath, ['-e', script], {
    env: {
      PATH: process.env.PATH,
      LINKED_SERVICE: 'lwa',
      LWA_API_URL: lwa.url,
      SKILL_TABLE: TABLE,
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      LOG_LEVEL: 'silent',
    },
  });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as ResponseEnvelope;
}

describe('voice-forward linking in the built bundle (LWA mode, DynamoDB)', () => {
  it('offers by voice, remembers a "no" in the table, and sends the card instead on the next cold start', async () => {
    const user = withUserId('amzn1.ask.account.VOICEBUNDLE');
    const offer = await coldStart(build('order-ride', withPerson(), user));
    expect(speechOf(offer)).toMatch(/^I can do that as soon as your account is linked\./);
    expect(offer.response.shouldEndSession).toBe(false);

    const no = await coldStart(
      build(
        'launch',
        withIntent('AMAZON.NoIntent'),
        withPerson(),
        user,
        withSessionAttributes(offer.sessionAttributes ?? {}),
      ),
    );
    expect(speechOf(no)).toMatch(/^No problem\. You can still ask me what a ride costs/);

    const later = await coldStart(build('order-ride', withPerson(), user));
    expect(later.response.card).toEqual({ type: 'LinkAccount' });
    expect(later.response.shouldEndSession).toBe(true);
  }, 60_000);
});
