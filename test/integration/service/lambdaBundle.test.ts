import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { build } from 'esbuild';
import { basicAuth, CLIENT_ID, CLIENT_SECRET, REDIRECT_URIS } from '../../helpers/service/alexa';
import { httpApiEvent } from '../../helpers/service/lambdaEvents';
import { startTestService, type TestService } from '../../helpers/service/testService';

interface LambdaResult {
  statusCode: number;
  headers: Record<string, string>;
  cookies?: string[];
  body: string;
}

const OUT = join(process.cwd(), 'test-artifacts', 'service', 'bundle');

describe('the Lambda bundle (test what you ship)', () => {
  let storage: TestService;
  let results: LambdaResult[];
  let logs: Array<Record<string, unknown>>;

  beforeAll(async () => {
    storage = await startTestService();
    mkdirSync(OUT, { recursive: true });
    // The same esbuild settings as scripts/build.mjs: ESM, argon2 external, a createRequire banner for CJS deps.
    await build({
      entryPoints: ['service/index.ts'],
      outfile: join(OUT, 'index.mjs'),
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'esm',
      external: ['@node-rs/argon2'],
      banner: {
        js: "import { createRequire as __rhCreateRequire } from 'node:module'; const require = __rhCreateRequire(import.meta.url);",
      },
      logLevel: 'silent',
    });
    const events = [
      httpApiEvent('GET', '/.well-known/oauth-authorization-server'),
      httpApiEvent('GET', '/auth', {
        query: new URLSearchParams({
          client_id: CLIENT_ID,
          response_type: 'code',
          redirect_uri: REDIRECT_URIS.pitangui,
          state: 'lambda',
          scope: 'profile',
        }).toString(),
      }),
      httpApiEvent('POST', '/token', {
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: basicAuth(CLIENT_ID, CLIENT_SECRET),
        },
        body: `grant_type=authorization_code&code=bogus&redirect_uri=${encodeURIComponent(REDIRECT_URIS.pitangui)}`,
      }),
      httpApiEvent('POST', '/token', {
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: basicAuth(CLIENT_ID, 'wrong') },
        body: 'grant_type=refresh_token&refresh_token=x',
      }),
      httpApiEvent('GET', '/v1/fares', { query: 'destination=Airport' }),
      httpApiEvent('GET', '/v1/me'),
      httpApiEvent('GET', '/.well-known/oauth-authorization-server', {
        headers: { host: 'evil.example', 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'http' },
      }),
      httpApiEvent('GET', '/.well-known/openid-configuration', { headers: { host: '[' } }),
      httpApiEvent('GET', '/auth', {
        query: new URLSearchParams({
          client_id: CLIENT_ID,
          response_type: 'code',
          response_mode: 'form_post',
          redirect_uri: REDIRECT_URIS.pitangui,
          state: 'lambda-mode',
        }).toString(),
      }),
    ];
    const script = join(OUT, 'invoke.mjs');
    writeFileSync(
      script,
      `const { handler } = await import('./index.mjs');
const events = JSON.parse(process.argv[2]);
const out = [];
for (const event of events) out.push(await handler(event, {}));
process.stdout.write(JSON.stringify(out), () => process.exit(0));`,
    );
    // Asynchronous on purpose: dynalite runs in this process and must keep answering the child.
    const child = spawn(process.execPath, [script, JSON.stringify(events)], {
      env: {
        PATH: process.env.PATH,
        SERVICE_MODE: 'local',
        ISSUER: 'https://auth.ride-hailer.test',
        DYNAMODB_ENDPOINT: storage.endpoint,
        SERVICE_TABLE: storage.table,
        AWS_REGION: 'us-east-1',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
        LOG_LEVEL: 'info',
      },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += String(chunk);
    });
    child.stderr.on('data', (chunk) => {
      stderr += String(chunk);
    });
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    if (status !== 0) throw new Error(`bundle failed (${status}): ${stderr}`);
    results = JSON.parse(stdout) as LambdaResult[];
    logs = stderr
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  }, 60_000);
  afterAll(async () => {
    await storage.close();
  });

  it('serves RFC 8414 metadata for the configured issuer', () => {
    const [discovery] = results;
    expect(discovery?.statusCode).toBe(200);
    expect(JSON.parse(discovery?.body ?? '{}')).toMatchObject({
      issuer: 'https://auth.ride-hailer.test',
      response_modes_supported: ['query'],
    });
  });

  it('API Gateway v2: /auth answers 303 to the interaction with Secure cookies in the v2 cookies array', () => {
    const auth = results[1];
    expect(auth?.statusCode).toBe(303);
    expect(auth?.headers.location).toMatch(/^\/interaction\//);
    expect(auth?.cookies?.length).toBeGreaterThanOrEqual(2);
    for (const cookie of auth?.cookies ?? []) expect(cookie.toLowerCase()).toContain('; secure');
  });

  it('RFC 6749 §5.2: a bogus code gets 400 invalid_grant and a wrong secret 401 invalid_client with a challenge', () => {
    expect(results[2]?.statusCode).toBe(400);
    expect(JSON.parse(results[2]?.body ?? '{}').error).toBe('invalid_grant');
    expect(results[3]?.statusCode).toBe(401);
    expect(JSON.parse(results[3]?.body ?? '{}').error).toBe('invalid_client');
    expect(results[3]?.headers['www-authenticate']).toMatch(/^Basic realm=/);
  });

  it('serves the rides API: public fares, and 401 without a token', () => {
    expect(results[4]?.statusCode).toBe(200);
    expect(JSON.parse(results[4]?.body ?? '{}')).toMatchObject({ currency: 'USD' });
    expect(results[5]?.statusCode).toBe(401);
    expect(results[5]?.headers['www-authenticate']).toBe('Bearer realm="ride-hailer"');
    expect(results[5]?.headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
  });

  it('RFC 8414 §3.2: metadata names the issuer’s endpoints whatever Host and X-Forwarded-* say', () => {
    expect(results[6]?.statusCode).toBe(200);
    const metadata = JSON.parse(results[6]?.body ?? '{}') as Record<string, unknown>;
    const urls = Object.entries(metadata).filter(
      ([key]) => key === 'issuer' || key.endsWith('_endpoint') || key === 'jwks_uri',
    );
    expect(urls.length).toBeGreaterThanOrEqual(5);
    for (const [, value] of urls) expect(value).toMatch(/^https:\/\/auth\.ride-hailer\.test(\/|$)/);
  });

  it('refuses response_mode=form_post with unsupported_response_mode in the redirect URI’s query', () => {
    expect(results[8]?.statusCode).toBe(303);
    const location = new URL(results[8]?.headers.location ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URIS.pitangui);
    expect(location.searchParams.get('error')).toBe('unsupported_response_mode');
    expect(location.searchParams.get('state')).toBe('lambda-mode');
  });

  it('RFC 9112 §3.2: a malformed Host answers 400 and is logged once as a client error, never as a crash', () => {
    expect(results[7]?.statusCode).toBe(400);
    expect(JSON.parse(results[7]?.body ?? '{}')).toEqual({
      error: 'invalid_request',
      error_description: 'malformed Host header',
    });
    expect(logs.filter((entry) => entry.event === 'client_error')).toHaveLength(1);
    expect(logs.filter((entry) => entry.level === 'error')).toEqual([]);
  });
});
