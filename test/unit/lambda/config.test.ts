import { loadConfig } from '../../../lambda/config';
import { ConfigError } from '../../../lambda/errors';
import { thrown } from '../../helpers/thrown';

const BASE = { RIDE_HAILER_API_URL: 'https://api.ridehailer.example' };

const failure = (env: Record<string, string | undefined>) => thrown(() => loadConfig(env), ConfigError);

describe('loadConfig', () => {
  it('applies documented defaults', () => {
    expect(loadConfig(BASE)).toEqual({
      linkedService: 'ridehailer',
      rideHailerApiUrl: 'https://api.ridehailer.example',
      lwaApiUrl: 'https://api.amazon.com',
      skillTable: 'ride-hailer-skill',
      dynamodbEndpoint: undefined,
      awsRegion: 'us-east-1',
      skillId: undefined,
      logLevel: 'info',
      linkedServiceBudgetMs: 2500,
      serviceCredentials: undefined,
      voiceForwardLinking: false,
      speakerTokens: 'PERSON_OR_ACCOUNT',
    });
  });

  it('lets a recognized speaker without a personal link use the account’s link unless PERSON_ONLY is set', () => {
    expect(loadConfig({ ...BASE, RECOGNIZED_SPEAKER_TOKEN: 'PERSON_ONLY' }).speakerTokens).toBe('PERSON_ONLY');
    expect(loadConfig({ ...BASE, RECOGNIZED_SPEAKER_TOKEN: '' }).speakerTokens).toBe('PERSON_OR_ACCOUNT');
  });

  it('turns voice-forward account linking on by default in LWA mode only', () => {
    expect(loadConfig({ LINKED_SERVICE: 'lwa' }).voiceForwardLinking).toBe(true);
    expect(loadConfig({ LINKED_SERVICE: 'lwa', VOICE_FORWARD_ACCOUNT_LINKING: 'DISABLED' }).voiceForwardLinking).toBe(
      false,
    );
    expect(loadConfig(BASE).voiceForwardLinking).toBe(false);
  });

  it('refuses voice-forward account linking outside LWA mode, naming the variable', () => {
    const error = failure({ ...BASE, VOICE_FORWARD_ACCOUNT_LINKING: 'ENABLED' });
    expect(error.message).toBe('VOICE_FORWARD_ACCOUNT_LINKING: can be ENABLED only with LINKED_SERVICE=lwa');
  });

  it('reads the service client credentials used to revoke grants', () => {
    expect(loadConfig({ ...BASE, RIDE_HAILER_CLIENT_SECRET: 's3cret' }).serviceCredentials).toEqual({
      clientId: 'ride-hailer-alexa',
      clientSecret: 's3cret',
    });
  });

  it('reads the revoke secret as the name of an SSM parameter on Lambda', () => {
    const env = { ...BASE, RIDE_HAILER_CLIENT_SECRET_PARAMETER: '/ride-hailer/dev/alexa-client-secret' };
    expect(loadConfig(env).serviceCredentials).toEqual({
      clientId: 'ride-hailer-alexa',
      clientSecretParameter: '/ride-hailer/dev/alexa-client-secret',
    });
  });

  it('refuses the revoke secret given both as a value and as a parameter, naming the parameter variable', () => {
    const env = { ...BASE, RIDE_HAILER_CLIENT_SECRET: 's', RIDE_HAILER_CLIENT_SECRET_PARAMETER: '/a/b' };
    expect(failure(env).variable).toBe('RIDE_HAILER_CLIENT_SECRET_PARAMETER');
    expect(failure({ ...BASE, RIDE_HAILER_CLIENT_SECRET_PARAMETER: 'no spaces please' }).variable).toBe(
      'RIDE_HAILER_CLIENT_SECRET_PARAMETER',
    );
  });

  it('reads every variable', () => {
    const config = loadConfig({
      LINKED_SERVICE: 'lwa',
      RIDE_HAILER_API_URL: 'http://127.0.0.1:3001/',
      LWA_API_URL: 'https://api.amazon.co.uk',
      SKILL_TABLE: 'my-table',
      DYNAMODB_ENDPOINT: 'http://127.0.0.1:8000',
      AWS_REGION: 'eu-west-1',
      SKILL_ID: 'amzn1.ask.skill.abc',
      LOG_LEVEL: 'warn',
      LINKED_SERVICE_BUDGET_MS: '3000',
      VOICE_FORWARD_ACCOUNT_LINKING: 'DISABLED',
      RECOGNIZED_SPEAKER_TOKEN: 'PERSON_ONLY',
    });
    expect(config).toMatchObject({
      linkedService: 'lwa',
      rideHailerApiUrl: 'http://127.0.0.1:3001',
      lwaApiUrl: 'https://api.amazon.co.uk',
      skillTable: 'my-table',
      dynamodbEndpoint: 'http://127.0.0.1:8000',
      awsRegion: 'eu-west-1',
      skillId: 'amzn1.ask.skill.abc',
      logLevel: 'warn',
      linkedServiceBudgetMs: 3000,
      voiceForwardLinking: false,
      speakerTokens: 'PERSON_ONLY',
    });
  });

  it('requires RIDE_HAILER_API_URL in ridehailer mode, naming the variable', () => {
    expect(failure({}).variable).toBe('RIDE_HAILER_API_URL');
    expect(failure({ RIDE_HAILER_API_URL: '  ' }).message).toBe('RIDE_HAILER_API_URL: is required');
  });

  it('does not need RIDE_HAILER_API_URL in LWA mode', () => {
    expect(loadConfig({ LINKED_SERVICE: 'lwa' }).linkedService).toBe('lwa');
  });

  it.each([
    ['LINKED_SERVICE', 'cognito'],
    ['RIDE_HAILER_API_URL', 'not a url'],
    ['RIDE_HAILER_API_URL', 'ftp://example.com'],
    ['RIDE_HAILER_API_URL', 'https://example.com/?access_token=x'],
    ['LWA_API_URL', 'api.amazon.com'],
    ['SKILL_TABLE', 'x'],
    ['SKILL_TABLE', 'bad name!'],
    ['DYNAMODB_ENDPOINT', 'localhost:8000'],
    ['SKILL_ID', 'my-skill'],
    ['LOG_LEVEL', 'verbose'],
    ['LINKED_SERVICE_BUDGET_MS', '5000'],
    ['LINKED_SERVICE_BUDGET_MS', 'fast'],
    ['VOICE_FORWARD_ACCOUNT_LINKING', 'yes'],
    ['RECOGNIZED_SPEAKER_TOKEN', 'person'],
  ])('rejects a malformed %s (%s) and names it', (variable, value) => {
    const error = failure({ ...BASE, [variable]: value });
    expect(error.variable).toBe(variable);
    expect(error.code).toBe('CONFIG_INVALID');
  });
});
