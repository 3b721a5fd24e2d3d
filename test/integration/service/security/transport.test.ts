import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadConfig } from '../../../../service/config';
import { ConfigError } from '../../../../service/errors';
import { authorizeUrl, basicAuth, CLIENT_ID } from '../../../helpers/service/alexa';
import { Browser, parseForm } from '../../../helpers/service/browser';
import { fakeClock } from '../../../helpers/service/clock';
import { DEMO, openAuthorize } from '../../../helpers/service/link';
import { startTestService, type TestService } from '../../../helpers/service/testService';

const PRODUCTION = {
  SERVICE_MODE: 'production',
  ISSUER: 'https://auth.ride-hailer.test',
  ALEXA_CLIENT_ID: 'ride-hailer-alexa',
  ALEXA_CLIENT_SECRET: 'A'.repeat(43),
  ALEXA_VENDOR_ID: 'M2RIDEHAILER',
  COOKIE_KEYS: 'k'.repeat(32),
};

describe('checklist #15: TLS only, secure cookies, trusted proxy headers', () => {
  let service: TestService;
  let production: TestService;
  beforeAll(async () => {
    service = await startTestService();
    production = await startTestService(PRODUCTION, service);
  });
  afterAll(async () => {
    await production.close();
    await service.close();
  });

  it('RFC 9700 §4.13: behind the https proxy, interaction cookies are Secure, HttpOnly and SameSite=Lax', async () => {
    const response = await fetch(authorizeUrl(`${production.url}/auth`), {
      redirect: 'manual',
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(response.status).toBe(303);
    const cookies = response.headers.getSetCookie();
    expect(cookies.length).toBeGreaterThan(0);
    for (const cookie of cookies.map((c) => c.toLowerCase())) {
      expect(cookie).toContain('; secure');
      expect(cookie).toContain('; httponly');
      expect(cookie).toContain('; samesite=lax');
    }
    expect(response.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
  });

  it('RFC 6797: an https issuer sends HSTS on API, page and metadata responses', async () => {
    const headers = { 'x-forwarded-proto': 'https' };
    for (const path of [
      '/v1/fares?destination=Airport',
      '/v1/me',
      '/.well-known/oauth-authorization-server',
      '/interaction/x',
    ]) {
      const response = await fetch(`${production.url}${path}`, { headers });
      expect(response.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
    }
  });

  it('RFC 8414 §3: metadata keeps the configured issuer and ignores a client-supplied X-Forwarded-Host', async () => {
    const response = await fetch(`${production.url}/.well-known/oauth-authorization-server`, {
      headers: { 'x-forwarded-proto': 'https', 'x-forwarded-host': 'evil.example' },
    });
    const metadata = (await response.json()) as Record<string, string>;
    expect(metadata.issuer).toBe(PRODUCTION.ISSUER);
    expect(metadata.token_endpoint).toBe(`${PRODUCTION.ISSUER}/token`);
    expect(JSON.stringify(metadata)).not.toContain('evil.example');
  });

  it('RFC 6797 §7.2: plain-http local mode sends no HSTS', async () => {
    const response = await fetch(`${service.url}/v1/fares?destination=Airport`);
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it.each([
    ['an http ISSUER in production', { ...PRODUCTION, ISSUER: 'http://auth.ride-hailer.test' }, 'ISSUER'],
    [
      'EXTRA_REDIRECT_URIS in production',
      { ...PRODUCTION, EXTRA_REDIRECT_URIS: 'https://example.com/cb' },
      'EXTRA_REDIRECT_URIS',
    ],
    [
      'an http, non-loopback extra redirect URI',
      { EXTRA_REDIRECT_URIS: 'http://example.com/cb' },
      'EXTRA_REDIRECT_URIS',
    ],
    ['a redirect URI with a fragment', { EXTRA_REDIRECT_URIS: 'https://example.com/cb#x' }, 'EXTRA_REDIRECT_URIS'],
  ])('RFC 6749 §3.1.2.1: %s is rejected at configuration load', (_label, env, variable) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as ConfigError).variable).toBe(variable);
    }
  });

  it('RFC 9700 §4.13: a spoofed X-Forwarded-For does not escape the per-address login limit', async () => {
    fakeClock({ freezeAtWindowStart: 900 });
    const browser = new Browser();
    const login = await openAuthorize(service, { browser });
    const form = parseForm(login.html ?? '', login.url);
    for (let i = 0; i < 20; i++) {
      const response = await browser.post(
        form.action,
        { ...form.fields, email: `nobody${i}@example.com`, password: 'wrong-password' },
        { 'x-forwarded-for': `203.0.113.${i}` },
      );
      expect(response.status).toBe(400);
    }
    const locked = await browser.post(
      form.action,
      { ...form.fields, email: DEMO.email, password: DEMO.password },
      { 'x-forwarded-for': '198.51.100.77' },
    );
    expect(locked.status).toBe(429);
    expect(await locked.text()).toContain('Too many sign-in attempts');
  });

  it('RFC 6749 §2.3.1: a spoofed X-Forwarded-For does not escape the token endpoint’s client-auth limit', async () => {
    fakeClock({ freezeAtWindowStart: 900 });
    for (let i = 0; i < 10; i++) {
      const response = await fetch(`${production.url}/token`, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          authorization: basicAuth(CLIENT_ID, 'wrong-secret'),
          'x-forwarded-for': `203.0.113.${i}`,
        },
        body: 'grant_type=refresh_token&refresh_token=x',
      });
      expect(response.status).toBe(401);
    }
    const locked = await fetch(`${production.url}/token`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: basicAuth(CLIENT_ID, PRODUCTION.ALEXA_CLIENT_SECRET),
        'x-forwarded-for': '198.51.100.77',
      },
      body: 'grant_type=refresh_token&refresh_token=x',
    });
    expect(locked.status).toBe(429);
    expect(locked.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(((await locked.json()) as { error: string }).error).toBe('invalid_client');
  });
});
