import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../../../service/errors';
import { resolveSecrets, SecretUnavailableError } from '../../../service/secrets';
import { ssmParameterReader } from '../../../service/ssmReader';
import { type FakeSsm, startFakeSsm } from '../../helpers/fakeSsm';

const SECRET = 'A'.repeat(43);
const KEYS = `${'k'.repeat(32)},${'j'.repeat(32)}`;
const APP_SECRET = 'app-to-app-client-secret-0123456789';
const APP_PARAMETER = '/ride-hailer/dev/alexa-app-to-app-client-secret';

async function withSsm(run: (ssm: FakeSsm, env: Record<string, string>) => Promise<void>): Promise<void> {
  const ssm = await startFakeSsm({
    '/ride-hailer/dev/alexa-client-secret': SECRET,
    '/ride-hailer/dev/cookie-keys': KEYS,
    [APP_PARAMETER]: APP_SECRET,
  });
  const previous = process.env.AWS_ENDPOINT_URL_SSM;
  process.env.AWS_ENDPOINT_URL_SSM = ssm.endpoint;
  try {
    await run(ssm, {
      AWS_REGION: 'us-east-1',
      ALEXA_CLIENT_SECRET_PARAMETER: '/ride-hailer/dev/alexa-client-secret',
      COOKIE_KEYS_PARAMETER: '/ride-hailer/dev/cookie-keys',
    });
  } finally {
    if (previous === undefined) delete process.env.AWS_ENDPOINT_URL_SSM;
    else process.env.AWS_ENDPOINT_URL_SSM = previous;
    await ssm.close();
  }
}

describe('resolveSecrets (the service reads its secrets from SSM Parameter Store at cold start)', () => {
  it('fills both secrets from their SecureString parameters in one signed, decrypting call', () =>
    withSsm(async (ssm, env) => {
      const resolved = await resolveSecrets(env);
      expect(resolved).toMatchObject({ ALEXA_CLIENT_SECRET: SECRET, COOKIE_KEYS: KEYS });
      expect(ssm.calls).toEqual([
        {
          operation: 'GetParameters',
          body: {
            Names: ['/ride-hailer/dev/alexa-client-secret', '/ride-hailer/dev/cookie-keys'],
            WithDecryption: true,
          },
          signed: true,
        },
      ]);
    }));

  it('reads the app-to-app client secret in the same call once app-to-app linking is on', () =>
    withSsm(async (ssm, env) => {
      const on = {
        ...env,
        SERVICE_MODE: 'production',
        MOBILE_APP_REDIRECT_URIS: 'https://app.example.com/app/oauth/callback',
        ALEXA_APP_TO_APP_CLIENT_SECRET_PARAMETER: APP_PARAMETER,
      };
      expect(await resolveSecrets(on)).toMatchObject({ ALEXA_APP_TO_APP_CLIENT_SECRET: APP_SECRET, COOKIE_KEYS: KEYS });
      expect(ssm.calls.map((call) => call.body)).toEqual([
        {
          Names: ['/ride-hailer/dev/alexa-client-secret', '/ride-hailer/dev/cookie-keys', APP_PARAMETER],
          WithDecryption: true,
        },
      ]);
    }));

  it('leaves the app-to-app client secret unread while app-to-app linking is off', () =>
    withSsm(async (ssm, env) => {
      const off = { ...env, SERVICE_MODE: 'production', ALEXA_APP_TO_APP_CLIENT_SECRET_PARAMETER: APP_PARAMETER };
      const resolved = await resolveSecrets(off);
      expect(resolved.ALEXA_APP_TO_APP_CLIENT_SECRET).toBeUndefined();
      expect(ssm.calls.map((call) => call.body)).toEqual([
        { Names: ['/ride-hailer/dev/alexa-client-secret', '/ride-hailer/dev/cookie-keys'], WithDecryption: true },
      ]);
    }));

  it('reads nothing and returns the environment as it is when no parameter is named (local mode)', async () => {
    const env = { ALEXA_CLIENT_SECRET: 'local-dev-secret' };
    let reads = 0;
    const resolved = await resolveSecrets(env, async () => {
      reads += 1;
      return { values: {}, missing: [] };
    });
    expect(resolved).toBe(env);
    expect(reads).toBe(0);
  });

  it('names the variable whose parameter does not exist', () =>
    withSsm(async (ssm, env) => {
      ssm.parameters.delete('/ride-hailer/dev/cookie-keys');
      const error = await resolveSecrets(env).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).variable).toBe('COOKIE_KEYS_PARAMETER');
      expect((error as Error).message).toContain('"/ride-hailer/dev/cookie-keys" does not exist');
    }));

  it('refuses a secret given both as a value and as a parameter name', async () => {
    const error = await resolveSecrets({ ALEXA_CLIENT_SECRET: 'x', ALEXA_CLIENT_SECRET_PARAMETER: '/a/b' }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).variable).toBe('ALEXA_CLIENT_SECRET_PARAMETER');
  });

  it('refuses a parameter name SSM could not hold', async () => {
    const error = await resolveSecrets({ COOKIE_KEYS_PARAMETER: '/keys with spaces' }).catch((e: unknown) => e);
    expect((error as ConfigError).variable).toBe('COOKIE_KEYS_PARAMETER');
  });

  it('reports a refused read as SecretUnavailableError naming the settings, with the SDK error as cause', () =>
    withSsm(async (ssm, env) => {
      ssm.denyNext = 5;
      const error = await resolveSecrets(env, ssmParameterReader('us-east-1')).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SecretUnavailableError);
      expect((error as Error).message).toBe(
        'ALEXA_CLIENT_SECRET_PARAMETER, COOKIE_KEYS_PARAMETER: could not read SSM Parameter Store (AccessDeniedException)',
      );
      expect(((error as Error).cause as Error).name).toBe('AccessDeniedException');
    }));
});
