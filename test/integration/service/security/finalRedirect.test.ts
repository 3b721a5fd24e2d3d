import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { LONG_STATE, REDIRECT_URIS } from '../../../helpers/service/alexa';
import { Browser } from '../../../helpers/service/browser';
import { DEMO, openAuthorize, submitPage } from '../../../helpers/service/link';
import { startTestService, type TestService } from '../../../helpers/service/testService';

describe('the last step of a web link: an HTTP redirect to Alexa (RFC 6749 §4.1.2)', () => {
  let service: TestService;
  let confirming: TestService;
  beforeAll(async () => {
    service = await startTestService();
    confirming = await startTestService({ LINKED_PAGE_REDIRECT_SECONDS: '2' }, service);
  });
  afterAll(async () => {
    await confirming.close();
    await service.close();
  });

  const allow = async (target: TestService, redirectUri: string, state: string) => {
    const browser = new Browser();
    const login = await openAuthorize(target, { browser, redirectUri, state });
    const consent = await submitPage(browser, login, { email: DEMO.email, password: DEMO.password });
    return submitPage(browser, consent, { decision: 'allow' });
  };

  it.each(Object.entries(REDIRECT_URIS))(
    'by default Allow answers 303s that end at the %s URI with code, the exact state and iss, no page between',
    async (_region, redirectUri) => {
      const done = await allow(service, redirectUri, LONG_STATE);
      expect(done.html).toBeUndefined();
      expect(done.hops.map((hop) => hop.status)).toEqual([303, 303]);
      const last = done.hops.at(-1);
      expect(last?.location?.startsWith(`${redirectUri}?`)).toBe(true);
      const redirect = new URL(done.url);
      expect(`${redirect.origin}${redirect.pathname}`).toBe(redirectUri);
      expect(redirect.searchParams.get('code')).toMatch(/^[A-Za-z0-9_-]{43,}$/);
      expect(redirect.searchParams.get('state')).toBe(LONG_STATE);
      expect(redirect.searchParams.get('iss')).toBe(service.issuer);
    },
  );

  it('a state with reserved characters reaches Alexa byte-exact through the redirect', async () => {
    const state = 'a b+c/d?e=f&g%h#i:j@k!~*\'"<>';
    const done = await allow(service, REDIRECT_URIS.jp, state);
    expect(new URL(done.url).searchParams.get('state')).toBe(state);
  });

  it('with LINKED_PAGE_REDIRECT_SECONDS above 0 the confirmation page comes first and links to the same URL', async () => {
    const done = await allow(confirming, REDIRECT_URIS.pitangui, 'confirm');
    expect(done.hops.map((hop) => hop.status)).toEqual([303, 200]);
    const redirect = new URL(done.url);
    expect(`${redirect.origin}${redirect.pathname}`).toBe(REDIRECT_URIS.pitangui);
    expect(redirect.searchParams.get('state')).toBe('confirm');
  });
});
