import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { authorizeUrl, isAlexaRedirect, REDIRECT_URIS } from '../../../helpers/service/alexa';
import { Browser, parseForm } from '../../../helpers/service/browser';
import { expectHtmlSecurityHeaders, referencedUrls } from '../../../helpers/service/expectations';
import { DEMO, openAuthorize } from '../../../helpers/service/link';
import { startTestService, type TestService } from '../../../helpers/service/testService';

interface Captured {
  label: string;
  response: Response;
  html: string;
}

describe('checklists #12, #13, #14: framing, referrer and 303 on every page', () => {
  let service: TestService;
  const pages: Captured[] = [];
  const posts: Array<{ label: string; response: Response }> = [];

  const capture = async (label: string, response: Response) => {
    pages.push({ label, response, html: await response.text() });
  };

  beforeAll(async () => {
    // The opt-in confirmation page is one of the pages under test.
    service = await startTestService({ LINKED_PAGE_REDIRECT_SECONDS: '2' });
    const browser = new Browser();
    const start = await browser.get(authorizeUrl(service.authorizationUrl));
    const loginUrl = new URL(start.headers.get('location') ?? '', service.url).toString();
    const loginPage = await browser.get(loginUrl);
    const loginHtml = await loginPage.text();
    pages.push({ label: 'login', response: loginPage, html: loginHtml });
    const loginForm = parseForm(loginHtml, loginUrl);
    await capture(
      'wrong password',
      await browser.post(loginForm.action, { ...loginForm.fields, email: DEMO.email, password: 'nope' }),
    );
    await capture('missing fields', await browser.post(loginForm.action, { ...loginForm.fields }));
    await capture('csrf failure', await browser.post(loginForm.action, { email: DEMO.email, password: DEMO.password }));
    const loggedIn = await browser.post(loginForm.action, {
      ...loginForm.fields,
      email: DEMO.email,
      password: DEMO.password,
    });
    posts.push({ label: 'login', response: loggedIn });
    const afterLogin = await browser.follow(loginForm.action, loggedIn, isAlexaRedirect);
    pages.push({ label: 'consent', response: afterLogin.response as Response, html: afterLogin.html ?? '' });
    const consentForm = parseForm(afterLogin.html ?? '', afterLogin.url);
    const consented = await browser.post(consentForm.action, { ...consentForm.fields, decision: 'allow' });
    posts.push({ label: 'consent', response: consented });
    const resume = await browser.get(new URL(consented.headers.get('location') ?? '', service.url).toString());
    await capture('linked', resume);
    await capture(
      'bad redirect_uri',
      await fetch(authorizeUrl(service.authorizationUrl, { redirectUri: 'https://evil.example/' })),
    );
    await capture('no parameters', await fetch(`${service.url}/auth`));
    await capture('unknown interaction', await fetch(`${service.url}/interaction/unknown`));
    await capture('stale login form', await new Browser().post(loginForm.action, loginForm.fields));
    await capture('DELETE on a finished interaction', await browser.fetch(loginUrl, { method: 'DELETE' }));
    const second = await openAuthorize(service, { browser: new Browser(), uiLocales: 'de' });
    pages.push({ label: 'German login', response: second.response as Response, html: second.html ?? '' });
  });
  afterAll(async () => {
    await service.close();
  });

  it('RFC 9700 §4.16 / RFC 6749 §10.13: every HTML response forbids framing, referrers and caching', () => {
    expect(pages.map((p) => p.label)).toHaveLength(12);
    for (const page of pages) {
      try {
        expectHtmlSecurityHeaders(page.response);
      } catch (error) {
        throw new Error(`${page.label} (${page.response.status}): ${(error as Error).message}`);
      }
    }
    expect(pages.map((p) => p.response.status)).toEqual([200, 400, 400, 403, 200, 200, 400, 400, 400, 400, 400, 200]);
  });

  it('RFC 9700 §4.2.4: pages load nothing third-party and run no script', () => {
    for (const page of pages) {
      expect(page.html).not.toMatch(/<script|<iframe|<img|@import|javascript:/i);
      for (const url of referencedUrls(page.html)) {
        const target = new URL(url, service.url);
        const ok = target.origin === service.url || (page.label === 'linked' && isAlexaRedirect(target.toString()));
        if (!ok) throw new Error(`${page.label} references ${url}`);
      }
    }
  });

  it('RFC 9700 §4.2.4: the linked page forwards to the registered redirect URI with the code', () => {
    const linked = pages.find((p) => p.label === 'linked');
    const target = referencedUrls(linked?.html ?? '').find((url) => isAlexaRedirect(url)) ?? '';
    expect(target.startsWith(`${REDIRECT_URIS.pitangui}?code=`)).toBe(true);
    expect(linked?.html).toContain('<meta http-equiv="refresh" content="2;url=');
  });

  it('the stylesheet is same-origin CSS with no external references', async () => {
    const css = await fetch(`${service.url}/assets/pages.css`);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(await css.text()).not.toMatch(/url\(|@import/);
  });

  it('RFC 9700 §4.12: credential and consent POSTs answer 303 See Other, never 307', () => {
    for (const post of posts) {
      expect(post.response.status).toBe(303);
      expect(post.response.headers.get('location')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/auth\//);
    }
  });
});
