import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeProject } from '../../helpers/deploy/project';

const ENV = {
  ALEXA_VENDOR_ID: 'M2TESTVENDOR',
  ALEXA_CLIENT_SECRET: 'Zq9-client_secret.of~the.Alexa-client-0123456789',
  COOKIE_KEYS: 'cookie-key-one-0123456789abcdefghij',
};

async function deployed() {
  const project = fakeProject();
  expect((await project.deploy(['--skip-build'], ENV)).code).toBe(0);
  project.resetCalls();
  return project;
}

describe('npm run destroy', () => {
  it('without --yes prints the plan, removes nothing and exits 2', async () => {
    const project = await deployed();
    const run = await project.destroy([]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('nothing was removed. Run it again with --yes');
    expect(run.stdout).toContain('$ aws cloudformation delete-stack --stack-name ride-hailer-dev-service');
    expect(project.calls()).toEqual([]);
  }, 60_000);

  it('removes both stacks, the secrets and the uploads, and names what it keeps', async () => {
    const project = await deployed();
    const run = await project.destroy(['--yes']);
    expect(run.code).toBe(0);
    expect(project.commands()).toEqual([
      'aws cloudformation describe-stacks',
      'aws cloudformation delete-stack',
      'aws cloudformation wait',
      'aws sts get-caller-identity',
      'aws cloudformation describe-stacks',
      'aws cloudformation delete-stack',
      'aws cloudformation wait',
      'aws ssm delete-parameters',
      'aws s3 rm',
      'aws s3api delete-bucket',
    ]);
    const deleted = project.calls().find((call) => call.args[1] === 'delete-parameters');
    expect(deleted?.args).toEqual(
      expect.arrayContaining([
        '/ride-hailer/dev/alexa-client-secret',
        '/ride-hailer/dev/cookie-keys',
        '/ride-hailer/dev/alexa-app-to-app-client-secret',
      ]),
    );
    const state = project.state();
    expect(state.stacks).toEqual({});
    expect(state.parameters).toEqual({});
    expect(state.buckets).toEqual({});
    expect(run.stdout).toContain('skill table ask-RideHailer-default-skillStack-SkillTable-9Z8Y7X');
    expect(run.stdout).toContain('service table ride-hailer-dev-service-ServiceTable-1A2B3C4D5E6F');
    expect(run.stdout).toContain('Alexa skill amzn1.ask.skill.11111111-2222-4333-8444-555555555555');
    expect(run.stdout).toContain('point-in-time recovery');

    // The next deploy creates a new skill stack instead of pointing skill.json at the deleted function.
    const states = JSON.parse(readFileSync(join(project.dir, '.ask/ask-states.json'), 'utf8'));
    expect(states.profiles.default).toEqual({ skillId: 'amzn1.ask.skill.11111111-2222-4333-8444-555555555555' });
    project.resetCalls();
    expect((await project.deploy(['--skip-build'], ENV)).code).toBe(0);
    const askDeploy = project.calls().find((call) => call.cli === 'ask' && call.args[0] === 'deploy');
    expect(askDeploy?.skillJson?.manifest.apis.custom.endpoint).toBeUndefined();
  }, 90_000);

  it('--delete-skill also deletes the Alexa skill and forgets its id', async () => {
    const project = await deployed();
    const run = await project.destroy(['--yes', '--delete-skill']);
    expect(run.code).toBe(0);
    expect(project.commands().at(-1)).toBe('ask smapi delete-skill');
    const states = JSON.parse(readFileSync(join(project.dir, '.ask/ask-states.json'), 'utf8'));
    expect(states.profiles.default).toEqual({});
    expect(existsSync(join(project.dir, '.ask/ask-states.json'))).toBe(true);
  }, 60_000);
});
