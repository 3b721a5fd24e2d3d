import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Browser } from 'playwright-core';
import { CATALOGS, type Catalog } from '../../../service/oauth/i18n';
import { authorizeUrl, LONG_STATE, REDIRECT_URIS, VENDOR_ID } from '../../helpers/service/alexa';
import { ARTIFACTS, launchChromium } from '../../helpers/service/chromium';
import { DEMO } from '../../helpers/service/link';
import { expectMobileFriendly, focusOrder, openPhonePage } from '../../helpers/service/pageChecks';
import { startTestService, type TestService } from '../../helpers/service/testService';

describe('linking in real Chromium at a phone viewport', () => {
  let service: TestService;
  let chromium: Browser;
  let alexa: Server;
  let alexaRedirect: string;

  beforeAll(async () => {
    alexa = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Alexa</title><p>Alexa received the redirect.</p>');
    });
    await new Promise<void>((resolve) => alexa.listen(0, '127.0.0.1', resolve));
    alexaRedirect = `http://127.0.0.1:${(alexa.address() as AddressInfo).port}/api/skill/link/${VENDOR_ID}`;
    // The opt-in confirmation page stays up while the page checks run; the redirect tests use their own services.
    service = await startTestService({ EXTRA_REDIRECT_URIS: alexaRedirect, LINKED_PAGE_REDIRECT_SECONDS: '30' });
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await service?.close();
    await new Promise((resolve) => alexa?.close(resolve));
  });

  const flows: Array<[string, string]> = [
    ['English', 'en-US'],
    ['German', 'de-DE'],
    ['Hindi', 'hi-IN'],
  ];

  it.each(flows)(
    'Alexa guidelines: a rider links in %s — login, inline error, consent, confirmation',
    async (label, locale) => {
      const catalog = CATALOGS[locale.slice(0, 2)] as Catalog;
      const { context, page, problems } = await openPhonePage(chromium, locale);
      const shot = (step: string) =>
        page.screenshot({ path: join(ARTIFACTS, `${locale}-${step}.png`), fullPage: true });
      try {
        await page.goto(
          authorizeUrl(service.authorizationUrl, { state: LONG_STATE, redirectUri: REDIRECT_URIS.pitangui }),
        );
        await expect(page.locator('html')).toBeDefined();
        expect(await page.getAttribute('html', 'lang')).toBe(catalog.lang);
        expect(await page.locator('h1').innerText()).toBe(catalog.loginHeading);
        await expectMobileFriendly(page);
        expect(await focusOrder(page, 3)).toEqual(['input#email', 'input#password', 'button#submit']);
        await shot('1-login');

        await page.getByLabel(catalog.emailLabel).fill(DEMO.email);
        await page.getByLabel(catalog.passwordLabel).fill('not-the-password');
        await page.getByRole('button', { name: catalog.signIn, exact: true }).click();
        await page.waitForLoadState('domcontentloaded');
        expect(await page.getByRole('alert').innerText()).toBe(catalog.invalidCredentials);
        expect(await page.getByLabel(catalog.emailLabel).inputValue()).toBe(DEMO.email);
        expect(await page.getByLabel(catalog.passwordLabel).getAttribute('aria-invalid')).toBe('true');
        await shot('2-wrong-password');

        await page.getByLabel(catalog.passwordLabel).fill(DEMO.password);
        await page.getByRole('button', { name: catalog.signIn, exact: true }).click();
        await page.getByRole('button', { name: catalog.allow, exact: true }).waitFor();
        expect(await page.locator('h1').innerText()).toBe(catalog.consentHeading);
        expect(await page.locator('.scopes li').allInnerTexts()).toEqual([
          catalog.scopeProfile,
          catalog.scopeRidesRead,
          catalog.scopeRidesWrite,
        ]);
        await expectMobileFriendly(page);
        expect(await focusOrder(page, 2)).toEqual(['button#allow', 'button#deny']);
        await shot('3-consent');

        await page.getByRole('button', { name: catalog.allow, exact: true }).click();
        await page.getByRole('link', { name: catalog.continue, exact: true }).waitFor();
        expect(await page.locator('h1').innerText()).toBe(catalog.linkedHeading);
        await expectMobileFriendly(page);
        await shot('4-linked');

        await page.getByRole('link', { name: catalog.continue, exact: true }).click();
        await page.waitForURL((url) => url.href.startsWith(REDIRECT_URIS.pitangui));
        const redirect = new URL(page.url());
        expect(redirect.searchParams.get('code')).toMatch(/^[A-Za-z0-9_-]{43,}$/);
        expect(redirect.searchParams.get('state')).toBe(LONG_STATE);
        expect(problems).toEqual([]);
        expect(label).toBeTruthy();
      } finally {
        await context.close();
      }
    },
  );

  it('by default Allow takes the browser straight to Alexa: the only page after consent is Alexa’s', async () => {
    const direct = await startTestService({ EXTRA_REDIRECT_URIS: alexaRedirect });
    const { context, page, problems } = await openPhonePage(chromium, 'en-US');
    try {
      await page.goto(authorizeUrl(direct.authorizationUrl, { state: LONG_STATE, redirectUri: alexaRedirect }));
      await page.getByLabel('Email address').fill(DEMO.email);
      await page.getByLabel('Password').fill(DEMO.password);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByRole('button', { name: 'Allow', exact: true }).waitFor();
      const pages: string[] = [];
      page.on('framenavigated', (frame) => {
        if (frame === page.mainFrame()) pages.push(frame.url());
      });
      await page.getByRole('button', { name: 'Allow', exact: true }).click();
      await page.waitForURL((url) => url.href.startsWith(`${alexaRedirect}?`));
      await expect(page.locator('p').innerText()).resolves.toBe('Alexa received the redirect.');
      expect(pages).toHaveLength(1);
      const redirect = new URL(pages[0] ?? '');
      expect(`${redirect.origin}${redirect.pathname}`).toBe(alexaRedirect);
      expect(redirect.searchParams.get('code')).toMatch(/^[A-Za-z0-9_-]{43,}$/);
      expect(redirect.searchParams.get('state')).toBe(LONG_STATE);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      await direct.close();
    }
  });

  it('the opt-in confirmation forwards to Alexa on its own (meta refresh), without a tap', async () => {
    const forwarding = await startTestService({ LINKED_PAGE_REDIRECT_SECONDS: '1' });
    const { context, page, problems } = await openPhonePage(chromium, 'en-US');
    try {
      await page.goto(authorizeUrl(forwarding.authorizationUrl, { state: 'auto', redirectUri: REDIRECT_URIS.layla }));
      await page.getByLabel('Email address').fill(DEMO.email);
      await page.getByLabel('Password').fill(DEMO.password);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
      await page.getByRole('button', { name: 'Allow', exact: true }).click();
      await page.waitForURL((url) => url.href.startsWith(REDIRECT_URIS.layla));
      expect(new URL(page.url()).searchParams.get('state')).toBe('auto');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
      await forwarding.close();
    }
  });

  it('RFC 6749 §4.1.2.1: Don’t allow sends the browser to Alexa with access_denied and the state', async () => {
    const { context, page, problems } = await openPhonePage(chromium, 'de-DE');
    const catalog = CATALOGS.de as Catalog;
    try {
      await page.goto(authorizeUrl(service.authorizationUrl, { state: LONG_STATE, redirectUri: alexaRedirect }));
      await page.getByLabel(catalog.emailLabel).fill(DEMO.email);
      await page.getByLabel(catalog.passwordLabel).fill(DEMO.password);
      await page.getByRole('button', { name: catalog.signIn, exact: true }).click();
      await page.getByRole('button', { name: catalog.deny, exact: true }).click();
      await page.waitForURL((url) => url.href.startsWith(alexaRedirect));
      await page.screenshot({ path: join(ARTIFACTS, 'de-DE-5-rejected.png') });
      const redirect = new URL(page.url());
      expect(redirect.searchParams.get('error')).toBe('access_denied');
      expect(redirect.searchParams.get('state')).toBe(LONG_STATE);
      expect(redirect.searchParams.has('code')).toBe(false);
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it('RFC 9700 §4.16: the login page refuses to render inside a frame', async () => {
    const { context, page } = await openPhonePage(chromium, 'en-US');
    try {
      const login = authorizeUrl(service.authorizationUrl);
      await page.route('http://framing.test/', (route) =>
        route.fulfill({ status: 200, contentType: 'text/html', body: `<iframe id="f" src="${login}"></iframe>` }),
      );
      await page.goto('http://framing.test/');
      const frame = await (await page.waitForSelector('#f')).contentFrame();
      await frame?.waitForLoadState();
      expect(frame?.url()).toBe('chrome-error://chromewebdata/');
      expect(await frame?.locator('input#email').count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
