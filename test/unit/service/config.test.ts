import { describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../../service/config';
import { ConfigError } from '../../../service/errors';
import { thrown } from '../../helpers/thrown';

const PRODUCTION = {
  SERVICE_MODE: 'production',
  ISSUER: 'https://auth.ride-hailer.example',
  ALEXA_CLIENT_ID: 'ride-hailer-alexa',
  ALEXA_CLIENT_SECRET: 'x'.repeat(43),
  ALEXA_VENDOR_ID: 'M2RIDEHAILER',
  COOKIE_KEYS: 'c'.repeat(32),
};

const PRODUCTION_MOBILE = {
  MOBILE_APP_REDIRECT_URIS: 'https://ridehailer.example/app/oauth/callback',
  MOBILE_ALEXA_REDIRECT_URIS: 'https://ridehailer.example/app/alexa/linked',
  ALEXA_APP_TO_APP_CLIENT_ID: 'amzn1.application-oa2-client.example',
  ALEXA_APP_TO_APP_CLIENT_SECRET: 'amazon-secret',
  ALEXA_SKILL_ID: 'amzn1.ask.skill.example',
};

const failure = (env: Record<string, string | undefined>) => thrown(() => loadConfig(env), ConfigError);

describe('loadConfig', () => {
  it('gives local mode working defaults', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      mode: 'local',
      issuer: 'http://127.0.0.1:3001',
      host: '127.0.0.1',
      port: 3001,
      alexa: {
        clientId: 'ride-hailer-alexa',
        clientSecret: 'local-dev-secret',
        vendorId: 'M2RIDEHAILER',
        requirePkce: false,
      },
      tokens: { accessTokenTtlSeconds: 3600, refreshTokenIdleSeconds: 90 * 86_400, refreshGraceSeconds: 120 },
      dynamo: { table: 'ride-hailer-service', region: 'us-east-1', endpoint: undefined },
      localDataDir: '.data/service',
      logLevel: 'warn',
      linkedPageRedirectSeconds: 0,
    });
    expect(config.cookieKeys).toHaveLength(1);
    expect(config.alexa.redirectUris).toEqual([
      'https://pitangui.amazon.com/api/skill/link/M2RIDEHAILER',
      'https://layla.amazon.com/api/skill/link/M2RIDEHAILER',
      'https://alexa.amazon.co.jp/api/skill/link/M2RIDEHAILER',
      'https://ridehailer.example/app/alexa/linked',
    ]);
  });

  it('derives the three Alexa redirect URIs from ALEXA_VENDOR_ID and appends local extras', () => {
    const config = loadConfig({
      ALEXA_VENDOR_ID: 'ABC123',
      EXTRA_REDIRECT_URIS: 'http://127.0.0.1:3000/api/skill/link/ABC123, https://example.com/cb',
    });
    expect(config.alexa.redirectUris).toEqual([
      'https://pitangui.amazon.com/api/skill/link/ABC123',
      'https://layla.amazon.com/api/skill/link/ABC123',
      'https://alexa.amazon.co.jp/api/skill/link/ABC123',
      'http://127.0.0.1:3000/api/skill/link/ABC123',
      'https://example.com/cb',
      'https://ridehailer.example/app/alexa/linked',
    ]);
  });

  it('accepts a complete production environment', () => {
    const config = loadConfig({
      ...PRODUCTION,
      REQUIRE_PKCE: 'true',
      COOKIE_KEYS: `${'a'.repeat(32)},${'b'.repeat(40)}`,
    });
    expect(config.mode).toBe('production');
    expect(config.issuer).toBe('https://auth.ride-hailer.example');
    expect(config.alexa.requirePkce).toBe(true);
    expect(config.cookieKeys).toHaveLength(2);
  });

  it.each(['ISSUER', 'ALEXA_CLIENT_ID', 'ALEXA_CLIENT_SECRET', 'ALEXA_VENDOR_ID', 'COOKIE_KEYS'])(
    'fails fast naming %s when production lacks it',
    (name) => {
      const error = failure({ ...PRODUCTION, [name]: undefined });
      expect(error.variable).toBe(name);
      expect(error.code).toBe('config_invalid');
      expect(error.message).toContain(name);
    },
  );

  it.each([
    ['SERVICE_MODE', { SERVICE_MODE: 'staging' }],
    ['PORT', { PORT: 'eighty' }],
    ['PORT', { PORT: '70000' }],
    ['HOST', { HOST: 'bad host' }],
    ['ISSUER', { ISSUER: 'not a url' }],
    ['ISSUER', { ISSUER: 'https://auth.example.com/dev' }],
    ['ISSUER', { ISSUER: 'https://auth.example.com?x=1' }],
    ['ISSUER', { ...PRODUCTION, ISSUER: 'http://auth.example.com' }],
    ['ALEXA_CLIENT_ID', { ALEXA_CLIENT_ID: 'has space' }],
    ['ALEXA_CLIENT_SECRET', { ALEXA_CLIENT_SECRET: 'pa:ss' }],
    ['ALEXA_CLIENT_SECRET', { ...PRODUCTION, ALEXA_CLIENT_SECRET: 'short' }],
    ['ALEXA_VENDOR_ID', { ALEXA_VENDOR_ID: 'M2/../x' }],
    ['EXTRA_REDIRECT_URIS', { EXTRA_REDIRECT_URIS: 'nope' }],
    ['EXTRA_REDIRECT_URIS', { ...PRODUCTION, EXTRA_REDIRECT_URIS: 'https://example.com/cb' }],
    ['REQUIRE_PKCE', { REQUIRE_PKCE: 'yes' }],
    ['COOKIE_KEYS', { COOKIE_KEYS: 'too-short' }],
    ['ACCESS_TOKEN_TTL_SECONDS', { ACCESS_TOKEN_TTL_SECONDS: '359' }],
    ['ACCESS_TOKEN_TTL_SECONDS', { ACCESS_TOKEN_TTL_SECONDS: '3601' }],
    ['REFRESH_TOKEN_IDLE_DAYS', { REFRESH_TOKEN_IDLE_DAYS: '0' }],
    ['REFRESH_GRACE_SECONDS', { REFRESH_GRACE_SECONDS: '-1' }],
    ['SERVICE_TABLE', { SERVICE_TABLE: 'x' }],
    ['DYNAMODB_ENDPOINT', { DYNAMODB_ENDPOINT: 'localhost' }],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }],
  ])('rejects a malformed %s', (name, env) => {
    expect(failure(env).variable).toBe(name);
  });

  it('turns the mobile app endpoints on in local mode, with Amazon’s real hosts as the defaults', () => {
    expect(loadConfig({}).mobile).toEqual({
      appClientId: 'ride-hailer-app',
      appRedirectUris: ['https://ridehailer.example/app/oauth/callback'],
      alexaRedirectUris: ['https://ridehailer.example/app/alexa/linked'],
      amazonClientId: 'amzn1.application-oa2-client.ridehailer-local',
      amazonClientSecret: 'local-app-to-app-secret',
      skillId: 'amzn1.ask.skill.00000000-0000-4000-8000-00000000ride',
      skillStage: 'development',
      lwaTokenUrl: 'https://api.amazon.com/auth/o2/token',
      alexaApiUrl: 'https://api.amazonalexa.com',
      regionUrlTemplate: 'https://{endpoint}',
    });
  });

  it('leaves the mobile app endpoints off in production until MOBILE_APP_REDIRECT_URIS is set', () => {
    const off = loadConfig(PRODUCTION);
    expect(off.mobile).toBeUndefined();
    expect(off.alexa.redirectUris).toHaveLength(3);
    const on = loadConfig({ ...PRODUCTION, ...PRODUCTION_MOBILE });
    expect(on.mobile).toMatchObject({ skillStage: 'live', amazonClientSecret: 'amazon-secret' });
    expect(on.alexa.redirectUris).toContain('https://ridehailer.example/app/alexa/linked');
  });

  it.each([
    'MOBILE_ALEXA_REDIRECT_URIS',
    'ALEXA_APP_TO_APP_CLIENT_ID',
    'ALEXA_APP_TO_APP_CLIENT_SECRET',
    'ALEXA_SKILL_ID',
  ])('fails fast naming %s when production turns the mobile endpoints on without it', (name) => {
    expect(failure({ ...PRODUCTION, ...PRODUCTION_MOBILE, [name]: undefined }).variable).toBe(name);
  });

  it.each([
    ['MOBILE_APP_CLIENT_ID', { MOBILE_APP_CLIENT_ID: 'has space' }],
    ['MOBILE_APP_REDIRECT_URIS', { MOBILE_APP_REDIRECT_URIS: 'http://app.example.com/cb' }],
    ['MOBILE_APP_REDIRECT_URIS', { MOBILE_APP_REDIRECT_URIS: 'https://app.example.com/cb?state=1' }],
    [
      'MOBILE_APP_REDIRECT_URIS',
      { ...PRODUCTION, ...PRODUCTION_MOBILE, MOBILE_APP_REDIRECT_URIS: 'http://127.0.0.1/cb' },
    ],
    ['MOBILE_ALEXA_REDIRECT_URIS', { MOBILE_ALEXA_REDIRECT_URIS: 'not a url' }],
    ['ALEXA_SKILL_ID', { ALEXA_SKILL_ID: 'skill-1' }],
    ['ALEXA_SKILL_STAGE', { ALEXA_SKILL_STAGE: 'certified' }],
    ['LWA_TOKEN_URL', { LWA_TOKEN_URL: 'api.amazon.com' }],
    ['LWA_TOKEN_URL', { ...PRODUCTION, ...PRODUCTION_MOBILE, LWA_TOKEN_URL: 'http://api.amazon.com/auth/o2/token' }],
    ['ALEXA_API_URL', { ALEXA_API_URL: 'nope' }],
    ['ALEXA_REGION_URL_TEMPLATE', { ALEXA_REGION_URL_TEMPLATE: 'https://api.amazonalexa.com' }],
  ])('rejects a malformed %s', (name, env) => {
    expect(failure(env).variable).toBe(name);
  });

  it('treats blank values as unset', () => {
    expect(loadConfig({ PORT: ' ', SERVICE_TABLE: '' }).port).toBe(3001);
  });

  it('keeps the issuer on the actual port and host', () => {
    expect(loadConfig({ PORT: '4555', HOST: '::1' }).issuer).toBe('http://[::1]:4555');
  });
});
