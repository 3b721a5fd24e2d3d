import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Call, fakeProject } from '../../helpers/deploy/project';

const root = join(import.meta.dirname, '..', '..', '..');
const SECRET = 'Zq9-client_secret.of~the.Alexa-client-0123456789';
const COOKIE_KEYS = 'cookie-key-one-0123456789abcdefghij,cookie-key-two-0123456789abcdefghij';
const ENV = { ALEXA_VENDOR_ID: 'M2TESTVENDOR', ALEXA_CLIENT_SECRET: SECRET, COOKIE_KEYS };
const ISSUER = 'https://a1b2c3d4e5.execute-api.us-east-1.amazonaws.com';
const SKILL_ARN =
  'arn:aws:lambda:us-east-1:123456789012:function:ask-RideHailer-default-skillStack-SkillFunction-AbC123';

/** The commands of a whole first deploy, in order. */
const FIRST_DEPLOY = [
  'aws ssm put-parameter',
  'aws ssm put-parameter',
  'aws sts get-caller-identity',
  'aws s3api head-bucket',
  'aws s3api create-bucket',
  'aws s3api put-public-access-block',
  'aws s3 cp',
  'aws cloudformation describe-stacks',
  'aws cloudformation deploy',
  'aws cloudformation describe-stacks',
  'ask deploy',
  'ask smapi update-account-linking-info',
  'ask smapi get-account-linking-info',
];

const flag = (call: Call | undefined, name: string) => call?.args[(call?.args.indexOf(name) ?? 0) + 1];
const find = (calls: Call[], command: string) =>
  calls.find((c) => [c.cli, ...c.args].join(' ').startsWith(command)) as Call;
const committed = (file: string) => readFileSync(join(root, file), 'utf8');

describe('npm run deploy --dry-run', () => {
  it('needs no credentials, runs no AWS or ASK command, and prints every command and rendered file', async () => {
    const project = fakeProject();
    const run = await project.deploy(['--dry-run', '--skip-build']);
    expect(run.code).toBe(0);
    expect(project.calls()).toEqual([]);
    for (const expected of [
      'aws ssm describe-parameters --parameter-filters Key=Name,Option=Equals,Values=/ride-hailer/dev/alexa-client-secret',
      'aws s3api create-bucket',
      'aws cloudformation deploy --stack-name ride-hailer-dev-service --template-file infrastructure/service-stack.yaml',
      'AlexaVendorId=<ALEXA_VENDOR_ID>',
      '"RideHailerApiUrl": "https://api-id.execute-api.us-east-1.amazonaws.com"',
      '"RideHailerClientSecretParameter": "/ride-hailer/dev/alexa-client-secret"',
      '$ ask deploy -p default',
      '"authorizationUrl": "https://api-id.execute-api.us-east-1.amazonaws.com/auth"',
      "ask smapi update-account-linking-info -s '<skill id from the first ask deploy>' -g development -p default",
      'ask smapi get-account-linking-info',
      'Dry run complete: nothing was changed.',
    ]) {
      expect(run.stdout).toContain(expected);
    }
    expect(project.read('ask-resources.json')).toBe(committed('ask-resources.json'));
    expect(project.read('skill-package/skill.json')).toBe(committed('skill-package/skill.json'));
  }, 60_000);

  it('shows the secrets only masked', async () => {
    const project = fakeProject();
    const run = await project.deploy(['--dry-run', '--skip-build', '--stage', 'prod'], ENV);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      '"Name":"/ride-hailer/prod/alexa-client-secret","Type":"SecureString","Value":"********"',
    );
    expect(run.stdout).toContain('"clientSecret": "********"');
    expect(`${run.stdout}${run.stderr}`).not.toContain(SECRET);
    expect(`${run.stdout}${run.stderr}`).not.toContain('cookie-key-one');
    expect(project.calls()).toEqual([]);
  }, 60_000);
});

describe('npm run deploy', () => {
  it('runs the steps in order with the parameters each needs, keeps secrets out of arguments and output, and puts the files back', async () => {
    const project = fakeProject();
    const run = await project.deploy(['--skip-build'], ENV);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(project.commands()).toEqual(FIRST_DEPLOY);
    const calls = project.calls();

    const puts = calls.filter((c) => c.args[1] === 'put-parameter').map((c) => JSON.parse(c.stdin ?? '{}'));
    expect(puts).toEqual([
      {
        Name: '/ride-hailer/dev/alexa-client-secret',
        Type: 'SecureString',
        Value: SECRET,
        Overwrite: true,
        Description: 'ALEXA_CLIENT_SECRET',
      },
      {
        Name: '/ride-hailer/dev/cookie-keys',
        Type: 'SecureString',
        Value: COOKIE_KEYS,
        Overwrite: true,
        Description: 'COOKIE_KEYS',
      },
    ]);
    for (const call of calls) expect(call.args.join(' ')).not.toContain(SECRET);
    expect(`${run.stdout}${run.stderr}`).not.toContain(SECRET);

    const zipHash = createHash('sha256')
      .update(readFileSync(join(project.dir, 'dist/service.zip')))
      .digest('hex');
    const key = `service/dev/${zipHash.slice(0, 16)}.zip`;
    expect(project.state().buckets['ride-hailer-artifacts-123456789012-us-east-1']).toEqual({ [key]: zipHash });

    const stack = find(calls, 'aws cloudformation deploy');
    expect(flag(stack, '--template-file')).toBe('infrastructure/service-stack.yaml');
    expect(project.state().stacks['ride-hailer-dev-service'].parameters).toEqual({
      Stage: 'dev',
      CodeBucket: 'ride-hailer-artifacts-123456789012-us-east-1',
      CodeKey: key,
      AlexaVendorId: 'M2TESTVENDOR',
      AlexaClientSecretParameter: '/ride-hailer/dev/alexa-client-secret',
      CookieKeysParameter: '/ride-hailer/dev/cookie-keys',
    });
    expect(stack.args).toEqual(
      expect.arrayContaining(['--capabilities', 'CAPABILITY_IAM', '--no-fail-on-empty-changeset']),
    );

    // ask deploy saw the API URL and secret name in its parameters, and a first-deploy skill.json without endpoints.
    const askDeploy = find(calls, 'ask deploy');
    const userConfig = askDeploy.askResources?.profiles.default?.skillInfrastructure.userConfig;
    expect(userConfig).toMatchObject({
      awsRegion: 'us-east-1',
      cfn: {
        parameters: {
          RideHailerApiUrl: ISSUER,
          RideHailerClientSecretParameter: '/ride-hailer/dev/alexa-client-secret',
        },
      },
    });
    expect(askDeploy.skillJson?.manifest.apis.custom.endpoint).toBeUndefined();
    expect(askDeploy.skillJson?.manifest.events).toBeUndefined();

    const sent = find(calls, 'ask smapi update-account-linking-info').sent?.accountLinkingRequest;
    expect(sent).toMatchObject({
      authorizationUrl: `${ISSUER}/auth`,
      accessTokenUrl: `${ISSUER}/token`,
      clientSecret: SECRET,
    });
    expect(flag(find(calls, 'ask smapi get-account-linking-info'), '-s')).toBe(
      'amzn1.ask.skill.11111111-2222-4333-8444-555555555555',
    );

    expect(project.read('ask-resources.json')).toBe(committed('ask-resources.json'));
    expect(project.read('skill-package/skill.json')).toBe(committed('skill-package/skill.json'));
    expect(run.stdout).toContain(`Deployed. Issuer ${ISSUER}`);
  }, 60_000);

  it('runs again without the secrets in the environment: checks the parameters, reads the client secret back, and points skill.json at the existing function', async () => {
    const project = fakeProject();
    expect((await project.deploy(['--skip-build'], ENV)).code).toBe(0);
    project.resetCalls();
    const again = await project.deploy(['--skip-build'], { ALEXA_VENDOR_ID: 'M2TESTVENDOR' });
    expect(again.code).toBe(0);
    expect(project.commands()).toEqual([
      'aws ssm describe-parameters',
      'aws ssm describe-parameters',
      'aws sts get-caller-identity',
      'aws s3api head-bucket',
      'aws s3 cp',
      'aws cloudformation describe-stacks',
      'aws cloudformation deploy',
      'aws cloudformation describe-stacks',
      'ask deploy',
      'aws ssm get-parameter',
      'ask smapi update-account-linking-info',
      'ask smapi get-account-linking-info',
    ]);
    expect(again.stdout).toContain('No changes to deploy. Stack ride-hailer-dev-service is up to date');
    const askDeploy = find(project.calls(), 'ask deploy');
    expect(askDeploy.skillJson?.manifest.apis.custom.endpoint).toEqual({ uri: SKILL_ARN });
    expect(askDeploy.skillJson?.manifest.events).toMatchObject({ endpoint: { uri: SKILL_ARN } });
    expect(
      find(project.calls(), 'ask smapi update-account-linking-info').sent?.accountLinkingRequest.clientSecret,
    ).toBe(SECRET);
    expect(`${again.stdout}${again.stderr}`).not.toContain(SECRET);
  }, 60_000);

  it('stops before any AWS command without a vendor id, and when a secret is neither set nor stored', async () => {
    const project = fakeProject();
    const noVendor = await project.deploy(['--skip-build'], { ALEXA_CLIENT_SECRET: SECRET, COOKIE_KEYS });
    expect(noVendor.code).toBe(2);
    expect(noVendor.stderr).toContain('set ALEXA_VENDOR_ID (or --vendor-id)');
    expect(project.calls()).toEqual([]);
    const noSecret = await project.deploy(['--skip-build'], { ALEXA_VENDOR_ID: 'M2TESTVENDOR', COOKIE_KEYS });
    expect(noSecret.code).toBe(1);
    expect(noSecret.stderr).toContain(
      'step 3/9 (store the secrets in SSM Parameter Store) failed: ALEXA_CLIENT_SECRET is not set',
    );
    expect(noSecret.stderr).toContain('export ALEXA_CLIENT_SECRET=');
    const tooShort = await project.deploy(['--skip-build'], { ...ENV, ALEXA_CLIENT_SECRET: 'short' });
    expect(tooShort.stderr).toContain('ALEXA_CLIENT_SECRET: must be at least 43 characters in production');
    expect(project.commands()).toEqual(['aws ssm describe-parameters']);
  }, 60_000);

  it.each([
    ['aws ssm put-parameter', 0, 3, 'store the secrets'],
    ['aws s3 cp', 0, 4, 'upload the service zip'],
    ['aws cloudformation deploy', 0, 5, 'describe-stack-events --stack-name ride-hailer-dev-service'],
    ['aws cloudformation describe-stacks', 1, 6, 'read the service stack outputs'],
    ['ask deploy', 0, 7, '`ask configure` must link an AWS profile'],
    ['ask smapi update-account-linking-info', 0, 8, 'apply the account-linking settings'],
    ['ask smapi get-account-linking-info', 0, 9, 'check the account-linking settings'],
  ])(
    'after `%s` fails, says what to do, runs nothing after it, and a re-run completes',
    async (command, skip, step, words) => {
      const project = fakeProject();
      const failed = await project.deploy(['--skip-build'], {
        ...ENV,
        FAKE_FAIL: command,
        FAKE_FAIL_SKIP: String(skip),
      });
      expect(failed.code).toBe(1);
      expect(failed.stderr).toContain(`step ${step}/9`);
      expect(failed.stderr).toContain(words);
      expect(failed.stderr).toContain('What to do:');
      const commands = project.commands();
      expect(commands.at(-1)).toBe(command);
      expect(commands.filter((c) => c === command)).toHaveLength(skip + 1);
      expect(project.read('ask-resources.json')).toBe(committed('ask-resources.json'));
      expect(project.read('skill-package/skill.json')).toBe(committed('skill-package/skill.json'));

      project.resetCalls();
      const again = await project.deploy(['--skip-build'], ENV);
      expect(again.code).toBe(0);
      expect(project.commands().at(-1)).toBe('ask smapi get-account-linking-info');
      if (command === 'aws cloudformation deploy') {
        // The failed first create left ROLLBACK_COMPLETE, which only deleting clears.
        expect(project.commands()).toEqual(
          expect.arrayContaining(['aws cloudformation delete-stack', 'aws cloudformation wait']),
        );
      }
    },
    90_000,
  );

  it('reports drift when Alexa keeps other settings than accountLinking.json', async () => {
    const project = fakeProject();
    expect((await project.deploy(['--skip-build'], ENV)).code).toBe(0);
    const state = project.state();
    state.skill.drift = { accessTokenScheme: 'REQUEST_BODY_CREDENTIALS' };
    project.write('.fake/state.json', JSON.stringify(state));
    const run = await project.deploy(['--skip-build'], {
      ...ENV,
      FAKE_FAIL: 'ask smapi update-account-linking-info',
      FAKE_FAIL_SKIP: '99',
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('drift: accessTokenScheme: file "HTTP_BASIC", Alexa "REQUEST_BODY_CREDENTIALS"');
    expect(run.stderr).toContain('step 9/9');
  }, 90_000);

  it('refuses a service zip without the x86-64 argon2 binding before anything is uploaded', async () => {
    const project = fakeProject();
    project.write('dist/service.zip', readFileSync(join(project.dir, 'dist/skill.zip')));
    const run = await project.deploy(['--skip-build'], ENV);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('step 2/9 (check the zips) failed');
    expect(run.stderr).toContain('has no node_modules/@node-rs/argon2/index.js');
    expect(project.calls()).toEqual([]);
  }, 60_000);
});

describe('npm run deploy --app-base-url (app-to-app linking)', () => {
  const APP = ['--skip-build', '--app-base-url', 'https://app.example.com'];
  const APP_SECRET = 'amzn-app-to-app-secret.0123456789abcdef';
  const APP_CLIENT_ID = 'amzn1.application-oa2-client.0123456789abcdef';
  const APP_PARAMETER = '/ride-hailer/dev/alexa-app-to-app-client-secret';
  const APP_ENV = { ...ENV, ALEXA_APP_TO_APP_CLIENT_ID: APP_CLIENT_ID, ALEXA_APP_TO_APP_CLIENT_SECRET: APP_SECRET };
  const stackParameters = (project: ReturnType<typeof fakeProject>) =>
    project.state().stacks['ride-hailer-dev-service'].parameters as Record<string, string>;

  it('stays off on the first deploy (no skill yet) and says so; the second deploy turns it on with the recorded skill id', async () => {
    const project = fakeProject();
    const first = await project.deploy(APP, APP_ENV);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('App-to-app linking: off this time: the skill does not exist yet');
    expect(first.stdout).toContain('run npm run deploy again with the same --app-base-url to turn it on');
    expect(Object.keys(stackParameters(project)).filter((key) => /Mobile|AppToApp|Skill/.test(key))).toEqual([]);
    // The secret given early is stored already, and Alexa has the app links the service will accept.
    expect(project.state().parameters[APP_PARAMETER]).toMatchObject({ value: APP_SECRET, type: 'SecureString' });
    expect(find(project.calls(), 'ask smapi update-account-linking-info').sent?.accountLinkingRequest).toMatchObject({
      redirectUrls: ['https://app.example.com/app/alexa/linked'],
    });

    project.resetCalls();
    const second = await project.deploy(APP, {
      ALEXA_VENDOR_ID: 'M2TESTVENDOR',
      ALEXA_APP_TO_APP_CLIENT_ID: APP_CLIENT_ID,
    });
    expect(second.stderr).toBe('');
    expect(second.code).toBe(0);
    expect(second.stdout).toContain(
      'App-to-app linking: on, for skill amzn1.ask.skill.11111111-2222-4333-8444-555555555555',
    );
    expect(project.commands().filter((c) => c === 'aws ssm describe-parameters')).toHaveLength(3);
    expect(stackParameters(project)).toMatchObject({
      MobileAppRedirectUris: 'https://app.example.com/app/oauth/callback',
      MobileAlexaRedirectUris: 'https://app.example.com/app/alexa/linked',
      AlexaAppToAppClientId: APP_CLIENT_ID,
      AlexaAppToAppClientSecretParameter: APP_PARAMETER,
      AlexaSkillId: 'amzn1.ask.skill.11111111-2222-4333-8444-555555555555',
      AlexaSkillStage: 'development',
    });
    for (const call of project.calls()) expect(call.args.join(' ')).not.toContain(APP_SECRET);
    expect(`${first.stdout}${first.stderr}${second.stdout}`).not.toContain(APP_SECRET);
  }, 90_000);

  it('stays off without the Alexa client id, and says where it comes from', async () => {
    const project = fakeProject();
    expect((await project.deploy(['--skip-build'], ENV)).code).toBe(0);
    const run = await project.deploy(APP, ENV);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('App-to-app linking: off this time: ALEXA_APP_TO_APP_CLIENT_ID is not set');
    expect(Object.keys(stackParameters(project)).filter((key) => /Mobile|AppToApp/.test(key))).toEqual([]);
  }, 90_000);

  it('shows its secret only masked in a dry run', async () => {
    const project = fakeProject();
    const run = await project.deploy(['--dry-run', ...APP], APP_ENV);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`"Name":"${APP_PARAMETER}","Type":"SecureString","Value":"********"`);
    expect(run.stdout).toContain('"https://app.example.com/app/alexa/linked"');
    expect(run.stdout).toContain('--app-base-url https://app.example.com');
    expect(`${run.stdout}${run.stderr}`).not.toContain(APP_SECRET);
    expect(project.calls()).toEqual([]);
  }, 60_000);

  it('refuses its settings without --app-base-url, a base URL that is not https, and a missing secret once on', async () => {
    const project = fakeProject();
    const noBase = await project.deploy(['--skip-build'], { ...ENV, ALEXA_APP_TO_APP_CLIENT_ID: APP_CLIENT_ID });
    expect(noBase.code).toBe(2);
    expect(noBase.stderr).toContain('go with --app-base-url');
    const http = await project.deploy(['--skip-build', '--app-base-url', 'http://app.example.com'], APP_ENV);
    expect(http.code).toBe(2);
    expect(http.stderr).toContain('--app-base-url must be an https URL');
    expect(project.calls()).toEqual([]);

    expect((await project.deploy(['--skip-build'], ENV)).code).toBe(0);
    project.resetCalls();
    const noSecret = await project.deploy(APP, { ...ENV, ALEXA_APP_TO_APP_CLIENT_ID: APP_CLIENT_ID });
    expect(noSecret.code).toBe(1);
    expect(noSecret.stderr).toContain(
      `step 3/9 (store the secrets in SSM Parameter Store) failed: ALEXA_APP_TO_APP_CLIENT_SECRET is not set and ${APP_PARAMETER} does not exist yet`,
    );
    expect(project.commands()).not.toContain('aws cloudformation deploy');
  }, 90_000);
});
