import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CATALOGS, type Catalog } from '../../../service/oauth/i18n';
import { authorizeUrl, isAlexaRedirect } from '../../helpers/service/alexa';
import { Browser, parseForm } from '../../helpers/service/browser';
import { DEMO, openAuthorize, submitPage } from '../../helpers/service/link';
import { startTestService, type TestService } from '../../helpers/service/testService';

const lang = (html: string | undefined) => /<html lang="([a-z]+)"/.exec(html ?? '')?.[1];
const heading = (html: string | undefined) => /<h1>([^<]*)<\/h1>/.exec(html ?? '')?.[1];

describe('page language: ui_locales, then Accept-Language, then English', () => {
  let service: TestService;
  beforeAll(async () => {
    // The opt-in confirmation page is one of the pages under test.
    service = await startTestService({ LINKED_PAGE_REDIRECT_SECONDS: '2' });
  });
  afterAll(async () => {
    await service.close();
  });

  it.each(Object.keys(CATALOGS))('OIDC ui_locales=%s localizes login, consent and the linked page', async (code) => {
    const catalog = CATALOGS[code] as Catalog;
    const browser = new Browser({ 'accept-language': 'nl' });
    const login = await openAuthorize(service, { browser, uiLocales: code });
    expect(lang(login.html)).toBe(code);
    expect(heading(login.html)).toBe(catalog.loginHeading.replaceAll("'", '&#39;'));
    const consent = await submitPage(browser, login, { email: DEMO.email, password: DEMO.password });
    expect(heading(consent.html)).toBe(catalog.consentHeading.replaceAll("'", '&#39;'));
    const form = parseForm(consent.html ?? '', consent.url);
    const response = await browser.post(form.action, { ...form.fields, decision: 'allow' });
    const linked = await browser.get(new URL(response.headers.get('location') ?? '', service.url).toString());
    const html = await linked.text();
    expect(lang(html)).toBe(code);
    expect(heading(html)).toBe(catalog.linkedHeading.replaceAll("'", '&#39;'));
  });

  it('RFC 9110 §12.5.4: without ui_locales the best Accept-Language match wins', async () => {
    const page = await openAuthorize(service, {
      browser: new Browser({ 'accept-language': 'ja, fr-CH;q=0.9, de;q=0.8' }),
    });
    expect(lang(page.html)).toBe('fr');
  });

  it('falls back to English for unsupported languages', async () => {
    const page = await openAuthorize(service, { browser: new Browser({ 'accept-language': 'ja, zh;q=0.9' }) });
    expect(lang(page.html)).toBe('en');
  });

  it('localizes oidc-provider error pages too', async () => {
    const response = await fetch(
      authorizeUrl(service.authorizationUrl, { redirectUri: 'https://evil.example/', uiLocales: 'es' }),
    );
    const html = await response.text();
    expect(lang(html)).toBe('es');
    expect(heading(html)).toBe(CATALOGS.es?.errorHeading);
    expect(isAlexaRedirect(response.url)).toBe(false);
  });
});
