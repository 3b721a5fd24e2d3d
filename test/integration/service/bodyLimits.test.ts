import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { MAX_BODY_BYTES } from '../../../service/http/body';
import { Browser, parseForm } from '../../helpers/service/browser';
import { obtainTokens, openAuthorize, type ServiceUrls } from '../../helpers/service/link';
import { type ServiceTarget, serviceTargets } from '../../helpers/service/targets';

/** A JSON booking whose serialized form is exactly `bytes` long (padding in an unknown property). */
function bookingOfSize(bytes: number): string {
  const empty = JSON.stringify({ destination: 'Museum', pad: '' });
  return JSON.stringify({ destination: 'Museum', pad: 'x'.repeat(bytes - empty.length) });
}

describe.each(serviceTargets())(
  'request bodies over the 16 KiB limit (RFC 9110 §15.5.14 413 Content Too Large) (%s)',
  (_name, start) => {
    let target: ServiceTarget;
    let service: ServiceUrls;
    let token: string;
    const book = (body: BodyInit, extra: RequestInit = {}) =>
      fetch(`${service.url}/v1/rides`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'idempotency-key': 'big' },
        body,
        ...extra,
      });

    beforeAll(async () => {
      target = await start();
      service = target.service;
      token = (await obtainTokens(service)).access_token;
    });
    afterAll(async () => {
      await target?.close();
    });

    it('a JSON body one byte over the limit answers 413 content_too_large, not "not valid JSON"', async () => {
      const response = await book(bookingOfSize(MAX_BODY_BYTES + 1));
      expect(response.status).toBe(413);
      expect(await response.json()).toEqual({
        error: 'content_too_large',
        error_description: `request body too large (at most ${MAX_BODY_BYTES} bytes)`,
      });
    });

    it('a streamed JSON body without Content-Length that grows past the limit answers 413 too', async () => {
      const chunk = new TextEncoder().encode(`{"destination":"Museum","pad":"${'x'.repeat(MAX_BODY_BYTES)}"}`);
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(chunk);
          controller.close();
        },
      });
      const response = await book(stream as unknown as BodyInit, { duplex: 'half' } as RequestInit);
      expect(response.status).toBe(413);
      expect(((await response.json()) as { error: string }).error).toBe('content_too_large');
    });

    it('a JSON body of exactly the limit is read and validated as usual', async () => {
      const response = await book(bookingOfSize(MAX_BODY_BYTES));
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual({
        error: 'invalid_request',
        error_description: 'unexpected properties: pad',
      });
    });

    it('an oversized sign-in form gets the 413 error page, not a server error', async () => {
      const browser = new Browser();
      const login = await openAuthorize(service, { browser });
      const form = parseForm(login.html ?? '', login.url);
      const response = await browser.post(form.action, {
        ...form.fields,
        email: 'rider@example.com',
        password: 'x'.repeat(MAX_BODY_BYTES),
      });
      expect(response.status).toBe(413);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toContain('content_too_large');
    });
  },
);
