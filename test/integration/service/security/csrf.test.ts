import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { isAlexaRedirect } from '../../../helpers/service/alexa';
import { Browser, type Landing, parseForm } from '../../../helpers/service/browser';
import { expectHtmlSecurityHeaders } from '../../../helpers/service/expectations';
import { DEMO, openAuthorize, submitPage } from '../../../helpers/service/link';
import { startTestService, type TestService } from '../../../helpers/service/testService';

describe('checklist #9: CSRF protection on login and consent (RFC 6749 §10.12)', () => {
  let service: TestService;
  let browser: Browser;
  let login: Landing;
  let form: ReturnType<typeof parseForm>;
  const credentials = { email: DEMO.email, password: DEMO.password };

  const expectRefused = async (response: Response, status: number) => {
    expect(response.status).toBe(status);
    expect(response.headers.get('location')).toBeNull();
    expectHtmlSecurityHeaders(response);
    await response.text();
  };

  beforeAll(async () => {
    service = await startTestService();
    browser = new Browser();
    login = await openAuthorize(service, { browser });
    form = parseForm(login.html ?? '', login.url);
  });
  afterAll(async () => {
    await service.close();
  });

  it('RFC 6749 §10.12: a login POST without the CSRF token gets 403', async () => {
    await expectRefused(await browser.post(form.action, credentials), 403);
  });

  it('RFC 6749 §10.12: a login POST with another interaction’s CSRF token gets 403', async () => {
    const other = await openAuthorize(service, { browser: new Browser() });
    const foreign = parseForm(other.html ?? '', other.url).fields.csrf ?? '';
    expect(foreign).not.toBe(form.fields.csrf);
    await expectRefused(await browser.post(form.action, { ...credentials, csrf: foreign }), 403);
  });

  it.each([
    ['a foreign Origin', { origin: 'https://evil.example' }],
    ['Origin: null from a cross-site page', { origin: 'null', 'sec-fetch-site': 'cross-site' }],
    ['a same-site (sibling subdomain) page', { origin: 'null', 'sec-fetch-site': 'same-site' }],
    ['our Origin but a cross-site fetch', { 'sec-fetch-site': 'cross-site' }],
  ])('OWASP CSRF: a login POST from %s gets 403 even with the right token', async (_label, headers) => {
    await expectRefused(await browser.post(form.action, { ...credentials, ...form.fields }, headers), 403);
  });

  it('OWASP CSRF: a same-origin POST under Referrer-Policy no-referrer (Origin: null) is accepted', async () => {
    const other = new Browser();
    const page = await openAuthorize(service, { browser: other });
    const fields = parseForm(page.html ?? '', page.url);
    const response = await other.post(
      fields.action,
      { ...fields.fields, email: DEMO.email, password: 'wrong-password' },
      { origin: 'null', 'sec-fetch-site': 'same-origin' },
    );
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('do not match an account');
  });

  it('RFC 6749 §10.12: a login POST without the interaction cookie is refused (400) and logs nobody in', async () => {
    await expectRefused(await new Browser().post(form.action, { ...credentials, ...form.fields }), 400);
  });

  it('RFC 6749 §10.12: a form that is not urlencoded is refused', async () => {
    const response = await browser.fetch(form.action, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: service.url },
      body: JSON.stringify({ ...credentials, ...form.fields }),
    });
    await expectRefused(response, 400);
  });

  it('RFC 9110 §9.2.1: GET never changes state; ?accept=1 just shows the page again', async () => {
    const page = await browser.get(`${login.url}?accept=1&decision=allow&email=${encodeURIComponent(DEMO.email)}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('name="password"');
  });

  it('RFC 6749 §10.12: the consent form has its own token; a login token or none is refused, no code issued', async () => {
    const consent = await submitPage(browser, login, credentials);
    expect(consent.html).toContain('name="decision"');
    const consentForm = parseForm(consent.html ?? '', consent.url);
    await expectRefused(await browser.post(consentForm.action, { decision: 'allow' }), 403);
    await expectRefused(
      await browser.post(consentForm.action, { decision: 'allow', csrf: form.fields.csrf ?? '' }),
      403,
    );
    await expectRefused(
      await browser.post(
        consentForm.action,
        { decision: 'allow', ...consentForm.fields },
        { origin: 'https://evil.example' },
      ),
      403,
    );
    const again = await browser.navigate(`${consent.url}?decision=allow`, isAlexaRedirect);
    expect(again.response?.status).toBe(200);
    expect(again.html).toContain('name="decision"');
    const done = await submitPage(browser, consent, { decision: 'allow' });
    expect(isAlexaRedirect(done.url)).toBe(true);
  });
});
