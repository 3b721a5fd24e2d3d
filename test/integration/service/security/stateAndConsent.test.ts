import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { authorizeUrl, isAlexaRedirect, LONG_STATE, REDIRECT_URIS } from '../../../helpers/service/alexa';
import { Browser } from '../../../helpers/service/browser';
import { oauth4 } from '../../../helpers/service/clients';
import { DEMO, linkAccount, linkFromUrl, openAuthorize, submitPage } from '../../../helpers/service/link';
import { startTestService, type TestService } from '../../../helpers/service/testService';

describe('checklists #10 and #11: state echo and Reject', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(async () => {
    await service.close();
  });

  it('RFC 6749 §4.1.2: echoes a 512-character state byte-exact on success (oauth4webapi validates it)', async () => {
    expect(LONG_STATE).toHaveLength(512);
    const client = await oauth4(service);
    const linked = await linkFromUrl(client.authorizeUrl(LONG_STATE));
    expect(linked.state).toBe(LONG_STATE);
    expect(linked.redirect.searchParams.get('iss')).toBe(service.issuer);
    const tokens = await client.exchange(linked.redirect, LONG_STATE, 'post');
    expect(tokens.access_token).toEqual(expect.any(String));
  });

  it('RFC 6749 §4.1.2: a state with reserved characters comes back exactly', async () => {
    const state = 'a b+c/d?e=f&g%h#i:j@k!~*';
    const linked = await linkAccount(service, { state });
    expect(linked.state).toBe(state);
  });

  it('RFC 6749 §4.1.2.1: Reject redirects to the registered URI with access_denied and the 512-character state', async () => {
    const browser = new Browser();
    const login = await openAuthorize(service, { browser, state: LONG_STATE, redirectUri: REDIRECT_URIS.layla });
    const consent = await submitPage(browser, login, { email: DEMO.email, password: DEMO.password });
    const done = await submitPage(browser, consent, { decision: 'deny' });
    expect(isAlexaRedirect(done.url)).toBe(true);
    const redirect = new URL(done.url);
    expect(`${redirect.origin}${redirect.pathname}`).toBe(REDIRECT_URIS.layla);
    expect(redirect.searchParams.get('error')).toBe('access_denied');
    expect(redirect.searchParams.get('state')).toBe(LONG_STATE);
    expect(redirect.searchParams.has('code')).toBe(false);
    const statuses = done.hops.map((hop) => hop.status);
    expect(statuses).not.toContain(200);
  });

  it('RFC 6749 §4.1.2.1: error redirects carry the 512-character state too', async () => {
    const response = await fetch(
      authorizeUrl(service.authorizationUrl, { state: LONG_STATE, extra: { prompt: 'none' } }),
      { redirect: 'manual' },
    );
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.searchParams.get('error')).toBe('login_required');
    expect(location.searchParams.get('state')).toBe(LONG_STATE);
  });

  it('RFC 6749 §4.1.1: without state the redirect simply has none (state is the client’s choice)', async () => {
    const url = new URL(authorizeUrl(service.authorizationUrl));
    url.searchParams.delete('state');
    const linked = await linkFromUrl(url.toString());
    expect(linked.state).toBeNull();
    expect(linked.code).not.toBe('');
  });
});
