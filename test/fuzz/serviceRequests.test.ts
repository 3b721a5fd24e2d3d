import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { type KnownValues, requestShape, toRawRequest } from '../helpers/fuzz/serviceRequests';
import { fuzzParameters, fuzzTimeout } from '../helpers/fuzz/settings';
import { CLIENT_ID, CLIENT_SECRET, REDIRECT_URIS } from '../helpers/service/alexa';
import { Browser, parseForm } from '../helpers/service/browser';
import { type FaultyService, startFaultyService } from '../helpers/service/faultyService';
import { DEMO, obtainTokens, openAuthorize, submitPage } from '../helpers/service/link';
import { type RawResponse, rawRequest } from '../helpers/service/rawHttp';

const JSON_PATHS = /^\/(token(\/revocation)?|v1\/.*)$/;
const INTERNALS = /\bat .+\.(js|ts):\d+|\b[A-Z][a-z]+[A-Za-z]*(Error|Exception)\b|oops!/;

/** What the interaction pages need to accept a post: the path's uid, the form's CSRF token, the cookies. */
async function interactionAt(service: FaultyService, step: 'login' | 'consent') {
  const browser = new Browser();
  let page = await openAuthorize(service, { browser });
  if (step === 'consent') page = await submitPage(browser, page, { email: DEMO.email, password: DEMO.password });
  const form = parseForm(page.html ?? '', page.url);
  const uid = /\/interaction\/([^/]+)\//.exec(form.action)?.[1] ?? '';
  return { uid, csrf: form.fields.csrf ?? '', cookie: browser.cookieHeader(form.action) };
}

function expectNoLeak(response: RawResponse): void {
  expect(response.body).not.toMatch(INTERNALS);
}

/** The rules every answer keeps, whatever was sent. */
function expectWellFormed(path: string, method: string, response: RawResponse, faulted: boolean): void {
  const { status, headers, body } = response;
  if (status >= 500) {
    // Only a store failure the test injected may give 5xx, and then only 503 with Retry-After.
    expect(faulted).toBe(true);
    expect(status).toBe(503);
    expect(headers['retry-after']).toMatch(/^\d+$/);
  }
  expectNoLeak(response);
  // Node's HTTP parser refuses a malformed request line or oversized headers before the service sees them.
  if ((status === 400 || status === 431) && body === '' && headers['content-type'] === undefined) return;
  const type = headers['content-type'] ?? '';
  if (type.startsWith('text/html')) {
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['cache-control']).toBe('no-store');
  }
  if (JSON_PATHS.test(path) && status >= 400 && method !== 'HEAD') {
    expect({ status, type, body: body.slice(0, 200) }).toEqual({
      status,
      type: 'application/json; charset=utf-8',
      body: expect.any(String),
    });
    expect(JSON.parse(body)).toEqual(expect.objectContaining({ error: expect.any(String) }));
  }
}

/** One request in twenty meets a reset connection; the others reach a healthy service. */
const FAULTS = [...Array<'none'>(19).fill('none'), 'reset' as const];

describe('generated requests into the service endpoints (fast-check, seeded)', () => {
  let service: FaultyService;
  let known: KnownValues;

  beforeAll(async () => {
    service = await startFaultyService();
    const tokens = await obtainTokens(service);
    const [login, consent] = await Promise.all([interactionAt(service, 'login'), interactionAt(service, 'consent')]);
    known = {
      host: new URL(service.url).host,
      clientId: CLIENT_ID,
      clientSecret: CLIENT_SECRET,
      redirectUri: REDIRECT_URIS.pitangui,
      accessToken: tokens.access_token,
      refreshToken: tokens.refresh_token,
      login,
      consent,
    };
  });
  afterAll(() => service.close());

  it(
    'query parameters, form fields and headers never get a 5xx, a stack trace or a non-JSON error from a JSON endpoint',
    async () => {
      await fc.assert(
        fc.asyncProperty(requestShape, fc.constantFrom(...FAULTS), async (shape, fault) => {
          const raw = toRawRequest(shape, known);
          if (fault !== 'none') service.faults.fail({ fault });
          const response = await rawRequest(service.url, raw.line, raw.headers, raw.body);
          await service.faults.heal();
          const [method = '', target = ''] = raw.line.split(' ');
          const path = target.startsWith('/') ? (target.split('?')[0] ?? '') : '';
          try {
            expectWellFormed(path, method, response, fault !== 'none');
          } catch (error) {
            const sent = [raw.line, ...raw.headers].map((line) => line.slice(0, 200)).join('\n');
            const got = `${response.status} ${response.headers['content-type']} ${response.body.slice(0, 300)}`;
            throw new Error(`${sent}\n→ ${got}\n${(error as Error).message}`);
          }
        }),
        fuzzParameters(1500),
      );
    },
    fuzzTimeout(90_000),
  );
});
