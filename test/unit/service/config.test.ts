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

  it('treats blank values as unset', () => {
    expect(loadConfig({ PORT: ' ', SERVICE_TABLE: '' }).port).toBe(3001);
  });

  it('keeps the issuer on the actual port and host', () => {
    expect(loadConfig({ PORT: '4555', HOST: '::1' }).issuer).toBe('http://[::1]:4555');
  });
});
