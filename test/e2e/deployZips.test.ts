import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { lazyDynamo } from '../../lambda/persistence/dynamo';
import { ensureSkillTable } from '../../lambda/persistence/table';
import { createRider } from '../../service/riders/riderService';
import { dynamoRiderRepository } from '../../service/store/riders';
import { ensureTable } from '../../service/store/table';
import { type LocalDynamo, startDynalite } from '../helpers/dynalite';
import { type FakeSsm, startFakeSsm } from '../helpers/fakeSsm';
import { functionEnvironment } from '../helpers/infrastructure/stackEnv';
import { readTemplate } from '../helpers/infrastructure/template';
import { build, withAccessToken } from '../helpers/requests';
import { basicAuth, CLIENT_ID, REDIRECT_URIS } from '../helpers/service/alexa';
import { Browser } from '../helpers/service/browser';
import { type BundleGateway, spawnBundleGateway } from '../helpers/service/bundleService';
import { linkAccount, type ServiceUrls } from '../helpers/service/link';
import { speechOf } from '../helpers/skillHarness';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..');
const CLIENT_SECRET = 'Deployed-Alexa-client-secret.0123456789_abcdefgh';
const COOKIE_KEYS = 'deployed-cookie-key-0123456789abcdef';
const PARAMETERS = {
  secret: '/ride-hailer/e2e/alexa-client-secret',
  cookies: '/ride-hailer/e2e/cookie-keys',
  appToApp: '/ride-hailer/e2e/alexa-app-to-app-client-secret',
};
/** App-to-app linking on, as `npm run deploy --app-base-url https://app.example.com` sets it from the second deploy. */
const APP_TO_APP = {
  MobileAppRedirectUris: 'https://app.example.com/app/oauth/callback',
  MobileAlexaRedirectUris: 'https://app.example.com/app/alexa/linked',
  AlexaAppToAppClientId: 'amzn1.application-oa2-client.e2e0123456789',
  AlexaAppToAppClientSecretParameter: PARAMETERS.appToApp,
  AlexaSkillId: 'amzn1.ask.skill.00000000-0000-4000-8000-00000000ride',
  AlexaSkillStage: 'development',
};
const RIDER = { email: 'deployed@example.com', name: 'Dana Deployed', password: 'correct horse battery staple' };
const SKILL_ID = 'amzn1.ask.skill.00000000-0000-4000-8000-00000000ride';

let dynamo: LocalDynamo;
let ssm: FakeSsm;
let gateway: BundleGateway;
let service: ServiceUrls & { secureOrigin: string };
const unpacked = { service: '', skill: '' };

/** The AWS side a Lambda function gets besides the stack's variables, pointed at the loopback stand-ins. */
function awsEnvironment(): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
    AWS_ENDPOINT_URL_SSM: ssm.endpoint,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
}

/** Unzips with Python's zipfile, a reader independent of the writer, into an empty folder far from node_modules. */
async function unzip(zip: string): Promise<string> {
  if (!existsSync(zip)) throw new Error(`${zip} is missing: run npm run build first`);
  const dir = join(mkdtempSync(join(tmpdir(), 'rh-zip-')), 'function');
  await run('python3', ['-m', 'zipfile', '-e', zip, dir]);
  return dir;
}

/** The unpacked service zip behind a stand-in API Gateway, with the environment infrastructure/service-stack.yaml gives. */
async function startServiceZip(): Promise<typeof service> {
  const stackEnv = functionEnvironment(readTemplate('service-stack.yaml'), 'ServiceFunction', {
    parameters: {
      Stage: 'e2e',
      AlexaVendorId: 'M2RIDEHAILER',
      AlexaClientSecretParameter: PARAMETERS.secret,
      CookieKeysParameter: PARAMETERS.cookies,
      ...APP_TO_APP,
    },
    resources: { ServiceTable: 'zip-service', HttpApi: 'unused' },
    conditions: { HasCustomDomain: false, AppToAppOn: true },
  });
  // The stack's ISSUER is the API's own https origin; here the gateway's, which it sets once it listens.
  const { ISSUER, ...env } = stackEnv;
  gateway = await spawnBundleGateway(
    { ...awsEnvironment(), ...env, GATEWAY_BUNDLE: join(unpacked.service, 'index.js'), GATEWAY_HTTPS_ISSUER: '1' },
    unpacked.service,
  );
  const { url } = gateway;
  return {
    url,
    issuer: url,
    secureOrigin: url.replace(/^http:/, 'https:'),
    authorizationUrl: `${url}/auth`,
    tokenUrl: `${url}/token`,
    clientId: CLIENT_ID,
    close: async () => undefined,
  };
}

/** Runs envelopes through the unpacked skill zip in a fresh Node process with the skill stack's environment. */
async function invokeSkillZip(envelopes: RequestEnvelope[]): Promise<ResponseEnvelope[]> {
  const env = functionEnvironment(readTemplate('skill-stack.yaml'), 'SkillFunction', {
    parameters: {
      SkillId: SKILL_ID,
      RideHailerApiUrl: service.url,
      RideHailerClientSecretParameter: PARAMETERS.secret,
    },
    resources: { SkillTable: 'zip-skill' },
  });
  const input = join(mkdtempSync(join(tmpdir(), 'rh-skill-')), 'events.json');
  writeFileSync(input, JSON.stringify(envelopes));
  const script = `const { handler } = require('./index.js');
(async () => { const out = []; for (const e of require(${JSON.stringify(input)})) out.push(await handler(e, {})); process.stdout.write('\\n' + JSON.stringify(out)); })();`;
  const { stdout } = await run(process.execPath, ['-e', script], {
    cwd: unpacked.skill,
    env: { ...awsEnvironment(), ...env, LOG_LEVEL: 'error' },
  });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '[]') as ResponseEnvelope[];
}

async function tokens(): Promise<{ access_token: string }> {
  const linked = await linkAccount(service, {
    browser: new Browser({}, service.secureOrigin),
    email: RIDER.email,
    password: RIDER.password,
  });
  const response = await fetch(service.tokenUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: basicAuth(CLIENT_ID, CLIENT_SECRET),
    },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code: linked.code,
      redirect_uri: REDIRECT_URIS.pitangui,
    }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as { access_token: string };
}

beforeAll(async () => {
  [unpacked.service, unpacked.skill] = await Promise.all([
    unzip(join(root, 'dist', 'service.zip')),
    unzip(join(root, 'dist', 'skill.zip')),
  ]);
  [dynamo, ssm] = await Promise.all([
    startDynalite(),
    startFakeSsm({
      [PARAMETERS.secret]: CLIENT_SECRET,
      [PARAMETERS.cookies]: COOKIE_KEYS,
      [PARAMETERS.appToApp]: 'app-to-app-client-secret-from-ssm',
    }),
  ]);
  const client = new DynamoDBClient({ region: 'us-east-1', endpoint: dynamo.endpoint });
  await ensureTable(client, 'zip-service');
  await createRider(dynamoRiderRepository(client, 'zip-service'), RIDER, new Date());
  client.destroy();
  await ensureSkillTable(await lazyDynamo({ region: 'us-east-1', endpoint: dynamo.endpoint, table: 'zip-skill' })());
  service = await startServiceZip();
}, 60_000);

afterAll(async () => {
  await gateway?.stop();
  await Promise.all([dynamo?.close(), ssm?.close()]);
});

describe('the deployable zips, unpacked and run with only what they ship', () => {
  it('hold nothing but the bundles, the service with @node-rs/argon2 and its binding beside it', () => {
    expect(readdirSync(unpacked.skill).sort()).toEqual([
      'index.js',
      'index.js.map',
      'package.json',
      'prompts',
      'vendor',
    ]);
    expect(readdirSync(unpacked.service).sort()).toEqual(['index.js', 'index.js.map', 'node_modules', 'package.json']);
    expect(readdirSync(join(unpacked.service, 'node_modules', '@node-rs')).sort()).toEqual([
      'argon2',
      'argon2-linux-x64-gnu',
    ]);
  });

  it('service: a start that cannot read its secrets fails that event only; the next one starts it', async () => {
    ssm.denyNext = 1;
    const first = await fetch(`${service.url}/.well-known/oauth-authorization-server`);
    expect(first.status).toBe(502);
    const second = await fetch(`${service.url}/.well-known/oauth-authorization-server`);
    expect(second.status).toBe(200);
    expect(await second.json()).toMatchObject({
      issuer: service.secureOrigin,
      authorization_endpoint: `${service.secureOrigin}/auth`,
      token_endpoint: `${service.secureOrigin}/token`,
    });
    expect(ssm.calls.filter((call) => call.operation === 'GetParameters')).toHaveLength(2);
  });

  it("service: with the stack's app-to-app settings, the mobile endpoints are on and refuse a request without the app's token", async () => {
    const reads = ssm.calls.filter((call) => call.operation === 'GetParameters');
    expect(reads.at(-1)?.body).toEqual({
      Names: [PARAMETERS.secret, PARAMETERS.cookies, PARAMETERS.appToApp],
      WithDecryption: true,
    });
    for (const [method, path] of [
      ['GET', '/v1/mobile/alexa/link'],
      ['POST', '/v1/mobile/alexa/link'],
      ['POST', '/v1/mobile/alexa/authorizations'],
    ] as const) {
      const response = await fetch(`${service.url}${path}`, {
        method,
        headers: { 'content-type': 'application/json' },
        ...(method === 'POST' ? { body: '{}' } : {}),
      });
      expect([path, response.status]).toEqual([path, 401]);
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    }
  });

  it('service: /auth → sign-in → consent → a real code exchange with the secret from SSM → /v1/me', async () => {
    const { access_token } = await tokens();
    const me = await fetch(`${service.url}/v1/me`, { headers: { authorization: `Bearer ${access_token}` } });
    expect(me.status).toBe(200);
    expect(await me.json()).toMatchObject({ name: RIDER.name, email: RIDER.email });
    const wrongSecret = await fetch(service.tokenUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: basicAuth(CLIENT_ID, 'local-dev-secret'),
      },
      body: 'grant_type=refresh_token&refresh_token=whatever',
    });
    expect(wrongSecret.status).toBe(401);
  }, 30_000);

  it('skill: links, greets the rider from the service, and on SkillDisabled revokes with the secret it reads from SSM', async () => {
    const { access_token } = await tokens();
    const linked = build('skill-account-linked');
    (linked.request as unknown as { body: { accessToken: string } }).body.accessToken = access_token;
    const launch = build('launch', withAccessToken(access_token));
    const [, welcome] = await invokeSkillZip([linked, launch]);
    expect(speechOf(welcome as ResponseEnvelope)).toMatch(new RegExp(`^Welcome back, ${RIDER.name}\\.`));

    const reads = ssm.calls.length;
    await invokeSkillZip([build('skill-disabled')]);
    expect(ssm.calls.slice(reads)).toEqual([
      { operation: 'GetParameter', body: { Name: PARAMETERS.secret, WithDecryption: true }, signed: true },
    ]);
    const me = await fetch(`${service.url}/v1/me`, { headers: { authorization: `Bearer ${access_token}` } });
    expect(me.status).toBe(401);
  }, 30_000);
});
