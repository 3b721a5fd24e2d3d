import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { de } from '../../../service/oauth/i18n/de';
import type { DynamoFault } from '../../helpers/faultyDynamo';
import { authorizeUrl, basicAuth, CLIENT_ID, CLIENT_SECRET, exchangeCode, refresh } from '../../helpers/service/alexa';
import { Browser, parseForm } from '../../helpers/service/browser';
import { expectHtmlSecurityHeaders, expectTokenHeaders } from '../../helpers/service/expectations';
import { type FaultyService, startFaultyService } from '../../helpers/service/faultyService';
import { api, DEMO, linkAccount, openAuthorize, submitPage, type TokenSet } from '../../helpers/service/link';

type Fault = DynamoFault | 'refused';
const FAULTS: Fault[] = ['refused', 'reset', 'throttling', 'throughput', 'internal', 'hang'];
const ALEXA_USER = 'amzn1.ask.account.STOREFAULTS';

/** 503 with a whole-second Retry-After (RFC 9110 §10.2.3), never cached. */
function expectRetryLater(response: Response): void {
  expect(response.status).toBe(503);
  expect(response.headers.get('retry-after')).toMatch(/^[1-9]\d*$/);
  expect(response.headers.get('cache-control')).toBe('no-store');
}

async function expectUnavailableJson(response: Response): Promise<void> {
  expectRetryLater(response);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toEqual({ error: 'temporarily_unavailable', error_description: expect.any(String) });
}

async function expectUnavailablePage(response: Response, heading = 'We couldn’t finish linking'): Promise<void> {
  expectRetryLater(response);
  expectHtmlSecurityHeaders(response);
  const html = await response.text();
  expect(html).toContain(heading);
  expect(html).toContain('temporarily_unavailable');
  expect(html).not.toMatch(/StoreUnavailableError|DynamoDB|\bat .+\.(js|ts):\d+/);
}

describe('the service when DynamoDB fails (faulting proxy in front of dynalite)', () => {
  let service: FaultyService;
  let tokens: TokenSet;

  beforeAll(async () => {
    service = await startFaultyService();
    const linked = await linkAccount(service);
    tokens = (await (await exchangeCode(service.tokenUrl, linked.code, 'basic')).json()) as TokenSet;
    expect(tokens.access_token).toEqual(expect.any(String));
  });
  afterAll(() => service.close());

  async function breakStore(fault: Fault): Promise<void> {
    if (fault === 'refused') await service.faults.refuse();
    else service.faults.fail({ fault });
  }

  describe.each(FAULTS)('DynamoDB %s', (fault) => {
    it('token endpoint: 503 temporarily_unavailable with Retry-After, no token; the refresh token still works after', async () => {
      const fresh = await linkAccount(service);
      await breakStore(fault);
      const [exchange, refreshed] = await Promise.all([
        exchangeCode(service.tokenUrl, fresh.code, 'basic'),
        refresh(service.tokenUrl, tokens.refresh_token),
      ]);
      await service.faults.heal();
      for (const response of [exchange, refreshed]) {
        expectTokenHeaders(response);
        await expectUnavailableJson(response);
      }
      const again = await refresh(service.tokenUrl, tokens.refresh_token);
      expect(again.status).toBe(200);
    });

    it('pages: the authorization request and both form posts get the localized 503 error page', async () => {
      const loginBrowser = new Browser();
      const login = await openAuthorize(service, { browser: loginBrowser });
      const consentBrowser = new Browser();
      const consent = await submitPage(consentBrowser, await openAuthorize(service, { browser: consentBrowser }), {
        email: DEMO.email,
        password: DEMO.password,
      });
      expect(consent.html).toContain('name="decision"');
      const loginForm = parseForm(login.html ?? '', login.url);
      const consentForm = parseForm(consent.html ?? '', consent.url);
      await breakStore(fault);
      const [authorize, signIn, allow] = await Promise.all([
        fetch(authorizeUrl(service.authorizationUrl), {
          headers: { accept: 'text/html', 'accept-language': 'de-DE,de;q=0.9' },
          redirect: 'manual',
        }),
        loginBrowser.post(
          loginForm.action,
          { ...loginForm.fields, email: DEMO.email, password: DEMO.password },
          { 'accept-language': 'de' },
        ),
        consentBrowser.post(consentForm.action, { ...consentForm.fields, decision: 'allow' }),
      ]);
      await service.faults.heal();
      await expectUnavailablePage(authorize, de.errorHeading);
      await expectUnavailablePage(signIn, de.errorHeading);
      await expectUnavailablePage(allow);
    });

    it('rides API and Alexa user events: 503 temporarily_unavailable JSON with Retry-After', async () => {
      await breakStore(fault);
      const [me, book, bind, revoke] = await Promise.all([
        api(service, '/v1/me', tokens.access_token),
        api(service, '/v1/rides', tokens.access_token, {
          method: 'POST',
          body: { destination: 'the airport' },
          headers: { 'idempotency-key': `faults-${fault}` },
        }),
        api(service, `/v1/alexa/users/${ALEXA_USER}`, tokens.access_token, { method: 'PUT' }),
        fetch(`${service.url}/v1/alexa/users/${ALEXA_USER}/revoke`, {
          method: 'POST',
          headers: { authorization: basicAuth(CLIENT_ID, CLIENT_SECRET) },
        }),
      ]);
      await service.faults.heal();
      for (const response of [me, book, bind, revoke]) await expectUnavailableJson(response);
      expect((await api(service, '/v1/me', tokens.access_token)).status).toBe(200);
    });
  });
});
