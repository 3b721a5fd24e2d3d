import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { CATALOGS } from '../../../service/oauth/i18n';
import { basicAuth, CLIENT_ID, CLIENT_SECRET } from '../../helpers/service/alexa';
import { Browser, parseForm } from '../../helpers/service/browser';
import { api, obtainTokens, openAuthorize, type ServiceUrls, type TokenSet } from '../../helpers/service/link';
import { type ServiceTarget, serviceTargets } from '../../helpers/service/targets';

/** DynamoDB refuses a partition key over 2048 bytes; these lengths cross it with and without the key prefix. */
const OVER_KEY_LIMIT = [2044, 2048, 5000];

describe.each(serviceTargets())(
  'values that would become DynamoDB keys are checked at the boundary, never a 500 (%s)',
  (_name, start) => {
    let target: ServiceTarget;
    let service: ServiceUrls;
    let tokens: TokenSet;
    beforeAll(async () => {
      target = await start();
      service = target.service;
      tokens = await obtainTokens(service);
    });
    afterAll(async () => {
      await target?.close();
    });

    it.each(OVER_KEY_LIMIT)(
      'POST /v1/rides/{id}/cancel with a %i-character id answers 404 not_found',
      async (length) => {
        const response = await api(service, `/v1/rides/${'r'.repeat(length)}/cancel`, tokens.access_token, {
          method: 'POST',
        });
        expect(response.status).toBe(404);
        expect(await response.json()).toEqual({ error: 'not_found', error_description: 'no such ride' });
      },
    );

    it('a well-formed ride id that names no ride is 404 too, and a booked ride still cancels', async () => {
      const unknown = await api(service, `/v1/rides/ride_${'A'.repeat(22)}/cancel`, tokens.access_token, {
        method: 'POST',
      });
      expect(unknown.status).toBe(404);
      const booked = await api(service, '/v1/rides', tokens.access_token, {
        method: 'POST',
        body: { destination: 'Airport' },
        headers: { 'idempotency-key': 'key-lengths' },
      });
      const { id } = (await booked.json()) as { id: string };
      const cancelled = await api(service, `/v1/rides/${id}/cancel`, tokens.access_token, { method: 'POST' });
      expect(cancelled.status).toBe(200);
    });

    it.each([2038, 2048, 5000])('the sign-in form with a %i-character email shows its usual error', async (length) => {
      const browser = new Browser();
      const login = await openAuthorize(service, { browser });
      const form = parseForm(login.html ?? '', login.url);
      const email = `${'a'.repeat(length - '@example.com'.length)}@example.com`;
      const response = await browser.post(form.action, { ...form.fields, email, password: 'wrong-password' });
      expect(response.status).toBe(400);
      expect(await response.text()).toContain(CATALOGS.en?.invalidCredentials);
    });

    it('an Idempotency-Key over 255 characters answers 400 invalid_request', async () => {
      const response = await api(service, '/v1/rides', tokens.access_token, {
        method: 'POST',
        body: { destination: 'Airport' },
        headers: { 'idempotency-key': 'k'.repeat(5000) },
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as { error: string }).error).toBe('invalid_request');
    });

    it.each(OVER_KEY_LIMIT)('the Alexa user endpoints refuse a %i-character user id with 400', async (length) => {
      const alexaUserId = `amzn1.ask.account.${'A'.repeat(length)}`;
      const bind = await api(service, `/v1/alexa/users/${alexaUserId}`, tokens.access_token, { method: 'PUT' });
      expect(bind.status).toBe(400);
      const revoke = await fetch(`${service.url}/v1/alexa/users/${alexaUserId}/revoke`, {
        method: 'POST',
        headers: { authorization: basicAuth(CLIENT_ID, CLIENT_SECRET) },
      });
      expect(revoke.status).toBe(400);
      expect(((await revoke.json()) as { error: string }).error).toBe('invalid_request');
    });
  },
);
