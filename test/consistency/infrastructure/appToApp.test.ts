import { appToAppOn, loadConfig } from '../../../service/config';
import { resolveSecrets } from '../../../service/secrets';
import { functionEnvironment } from '../../helpers/infrastructure/stackEnv';
import { readTemplate } from '../../helpers/infrastructure/template';

const service = readTemplate('service-stack.yaml');
const SECRETS: Record<string, string> = {
  '/ride-hailer/dev/alexa-client-secret': 'S'.repeat(43),
  '/ride-hailer/dev/cookie-keys': 'k'.repeat(32),
  '/ride-hailer/dev/alexa-app-to-app-client-secret': 'app-to-app-secret',
};
const BASE = {
  Stage: 'dev',
  AlexaVendorId: 'M2RIDEHAILER',
  AlexaClientSecretParameter: '/ride-hailer/dev/alexa-client-secret',
  CookieKeysParameter: '/ride-hailer/dev/cookie-keys',
};
const APP_TO_APP = {
  MobileAppRedirectUris: 'https://app.example.com/app/oauth/callback',
  MobileAlexaRedirectUris: 'https://app.example.com/app/alexa/linked',
  AlexaAppToAppClientId: 'amzn1.application-oa2-client.0123abcd',
  AlexaAppToAppClientSecretParameter: '/ride-hailer/dev/alexa-app-to-app-client-secret',
  AlexaSkillId: 'amzn1.ask.skill.11111111-2222-4333-8444-555555555555',
  AlexaSkillStage: 'development',
};

/** The service's configuration as the deployed function would load it: stack variables, secrets from "SSM". */
async function deployedConfig(parameters: Record<string, string>, on: boolean) {
  const env = functionEnvironment(service, 'ServiceFunction', {
    parameters: { ...BASE, ...parameters },
    resources: { ServiceTable: 'table', HttpApi: 'api' },
    conditions: { HasCustomDomain: false, AppToAppOn: on },
  });
  const read: string[][] = [];
  const resolved = await resolveSecrets(env, async (names) => {
    read.push(names);
    return { values: Object.fromEntries(names.map((name) => [name, SECRETS[name] as string])), missing: [] };
  });
  return { env, read, config: loadConfig(resolved) };
}

describe('app-to-app linking in service-stack.yaml', () => {
  it('is on exactly when MobileAppRedirectUris is given, which is empty by default', () => {
    expect(service.Parameters?.MobileAppRedirectUris?.Default).toBe('');
    expect(service.Conditions?.AppToAppOn).toEqual({
      'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'MobileAppRedirectUris' }, ''] }],
    });
  });

  it('with the defaults, sets no app-to-app variable, reads no app-to-app secret, and the service keeps /v1/mobile off', async () => {
    const { env, read, config } = await deployedConfig({}, false);
    expect(Object.keys(env).filter((name) => /MOBILE|APP_TO_APP|SKILL/.test(name))).toEqual([]);
    expect(read).toEqual([['/ride-hailer/dev/alexa-client-secret', '/ride-hailer/dev/cookie-keys']]);
    expect(config.mobile).toBeUndefined();
  });

  it('with the app-to-app parameters, turns /v1/mobile on with them and the secret read in the same SSM call', async () => {
    const { read, config } = await deployedConfig(APP_TO_APP, true);
    expect(read).toEqual([
      [
        '/ride-hailer/dev/alexa-client-secret',
        '/ride-hailer/dev/cookie-keys',
        '/ride-hailer/dev/alexa-app-to-app-client-secret',
      ],
    ]);
    expect(config.mobile).toMatchObject({
      appRedirectUris: [APP_TO_APP.MobileAppRedirectUris],
      alexaRedirectUris: [APP_TO_APP.MobileAlexaRedirectUris],
      amazonClientId: APP_TO_APP.AlexaAppToAppClientId,
      amazonClientSecret: 'app-to-app-secret',
      skillId: APP_TO_APP.AlexaSkillId,
      skillStage: 'development',
    });
  });

  it('refuses a stack with the app links but without the other app-to-app settings (a rule, before any change)', () => {
    const rule = service.Rules?.AppToAppComplete;
    expect(rule?.RuleCondition).toEqual(service.Conditions?.AppToAppOn);
    const asserted = JSON.stringify(rule?.Assertions);
    for (const name of Object.keys(APP_TO_APP).filter(
      (n) => !['MobileAppRedirectUris', 'AlexaSkillStage'].includes(n),
    )) {
      expect(asserted).toContain(`{"Fn::Not":[{"Fn::Equals":[{"Ref":"${name}"},""]}]}`);
    }
  });

  it('the service counts app-to-app as on in local mode always, in production once its links are set', () => {
    expect(appToAppOn({ SERVICE_MODE: 'production' })).toBe(false);
    expect(appToAppOn({ SERVICE_MODE: 'production', MOBILE_APP_REDIRECT_URIS: APP_TO_APP.MobileAppRedirectUris })).toBe(
      true,
    );
    expect(appToAppOn({})).toBe(true);
  });
});
