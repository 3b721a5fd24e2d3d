import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { authorizeUrl, isAlexaRedirect, REDIRECT_URIS, VENDOR_ID } from '../../../helpers/service/alexa';
import { Browser } from '../../../helpers/service/browser';
import { expectHtmlSecurityHeaders } from '../../../helpers/service/expectations';
import { DEMO, linkAccount, submitPage } from '../../../helpers/service/link';
import { startTestService, type TestService } from '../../../helpers/service/testService';

describe('checklist #1: exact redirect_uri matching', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(async () => {
    await service.close();
  });

  const variants: Array<[string, string]> = [
    ['a trailing slash', `${REDIRECT_URIS.pitangui}/`],
    ['an extra query', `${REDIRECT_URIS.pitangui}?x=1`],
    ['a fragment', `${REDIRECT_URIS.pitangui}#frag`],
    ['http instead of https', REDIRECT_URIS.pitangui.replace('https:', 'http:')],
    ['an upper-case host', REDIRECT_URIS.pitangui.replace('pitangui.amazon.com', 'PITANGUI.amazon.com')],
    ['another vendor id', REDIRECT_URIS.pitangui.replace(VENDOR_ID, 'M2OTHERVENDOR')],
    ['a foreign host', `https://evil.example/api/skill/link/${VENDOR_ID}`],
    ['a percent-encoded path', REDIRECT_URIS.pitangui.replace('/api/skill/link/', '/api/skill%2Flink/')],
    ['userinfo in the authority', `https://pitangui.amazon.com@evil.example/api/skill/link/${VENDOR_ID}`],
    ['a host suffix', REDIRECT_URIS.pitangui.replace('amazon.com', 'amazon.com.evil.example')],
  ];

  it.each(variants)(
    'RFC 6749 §3.1.2 / RFC 9700 §4.1.3: a redirect_uri with %s gets a 400 HTML error page and no Location',
    async (_label, redirectUri) => {
      const response = await fetch(authorizeUrl(service.authorizationUrl, { redirectUri }), { redirect: 'manual' });
      expect(response.status).toBe(400);
      expect(response.headers.get('location')).toBeNull();
      expectHtmlSecurityHeaders(response);
      expect(await response.text()).toContain('invalid_redirect_uri');
    },
  );

  it('RFC 6749 §4.1.2.1: a missing redirect_uri gets an error page, never a redirect', async () => {
    const url = new URL(authorizeUrl(service.authorizationUrl));
    url.searchParams.delete('redirect_uri');
    const response = await fetch(url, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expectHtmlSecurityHeaders(response);
  });

  it('RFC 6749 §4.1.2.1: an unknown client_id gets an error page even with a registered redirect_uri', async () => {
    const response = await fetch(authorizeUrl(service.authorizationUrl, { clientId: 'someone-else' }), {
      redirect: 'manual',
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expectHtmlSecurityHeaders(response);
    expect(await response.text()).toContain('invalid_client');
  });

  it.each(Object.entries(REDIRECT_URIS))(
    'RFC 6749 §3.1.2.2: the registered %s redirect URI completes the flow with a code',
    async (_host, redirectUri) => {
      const linked = await linkAccount(service, { redirectUri, state: `s-${_host}` });
      expect(`${linked.redirect.origin}${linked.redirect.pathname}`).toBe(redirectUri);
      expect(linked.code).not.toBe('');
      expect(linked.state).toBe(`s-${_host}`);
    },
  );
});

describe('checklist #2: no open redirects', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(async () => {
    await service.close();
  });

  const EVIL = 'https://evil.example/steal';
  const sameOriginOrRegistered = (location: string, base: string) => {
    const target = new URL(location, base);
    return target.origin === new URL(service.url).origin || isAlexaRedirect(target.toString());
  };

  it('RFC 9700 §4.11.2: URL-like parameters on authorize, login and consent never steer a redirect', async () => {
    const browser = new Browser();
    const start = authorizeUrl(service.authorizationUrl, {
      extra: { returnTo: EVIL, return_to: EVIL, next: EVIL, post_logout_redirect_uri: EVIL },
    });
    const login = await browser.navigate(start, isAlexaRedirect);
    const loginWithQuery = await browser.navigate(`${login.url}?returnTo=${encodeURIComponent(EVIL)}`, isAlexaRedirect);
    expect(loginWithQuery.response?.status).toBe(200);
    const consent = await submitPage(browser, login, {
      email: DEMO.email,
      password: DEMO.password,
      returnTo: EVIL,
      redirect_uri: EVIL,
      next: EVIL,
    });
    const done = await submitPage(browser, consent, { decision: 'allow', returnTo: EVIL, redirect_uri: EVIL });
    const hops = [...login.hops, ...consent.hops, ...done.hops];
    const locations = hops.flatMap((hop) => (hop.location ? [[hop.location, hop.url] as const] : []));
    expect(locations.length).toBeGreaterThan(2);
    for (const [location, base] of locations) expect(sameOriginOrRegistered(location, base)).toBe(true);
    expect(isAlexaRedirect(done.url)).toBe(true);
  });

  it('RFC 9700 §4.11.2: an unsupported request_uri pointing elsewhere ends at the registered redirect URI', async () => {
    const response = await fetch(authorizeUrl(service.authorizationUrl, { extra: { request_uri: EVIL } }), {
      redirect: 'manual',
    });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location') ?? '');
    expect(`${location.origin}${location.pathname}`).toBe(REDIRECT_URIS.pitangui);
    expect(location.searchParams.get('error')).toBe('request_uri_not_supported');
  });

  it('RFC 9700 §4.11.2: there is no logout endpoint to abuse as a redirector', async () => {
    const response = await fetch(`${service.url}/session/end?post_logout_redirect_uri=${encodeURIComponent(EVIL)}`, {
      redirect: 'manual',
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('location')).toBeNull();
  });

  it('RFC 9700 §4.11.2: an unknown interaction or resume id shows an error page, not a redirect', async () => {
    for (const path of ['/interaction/not-a-real-uid', '/auth/not-a-real-uid']) {
      const response = await fetch(`${service.url}${path}?returnTo=${encodeURIComponent(EVIL)}`, {
        redirect: 'manual',
      });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
      expect(response.headers.get('location')).toBeNull();
      expectHtmlSecurityHeaders(response);
    }
  });
});
