import { request } from 'node:http';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { CLIENT_AUTH_RULE, LOGIN_RULES } from '../../../../service/oauth/throttle';
import { basicAuth, CLIENT_ID, CLIENT_SECRET, exchangeCode, REDIRECT_URIS } from '../../../helpers/service/alexa';
import { Browser } from '../../../helpers/service/browser';
import { fakeClock } from '../../../helpers/service/clock';
import { DEMO, linkAccount, type ServiceUrls } from '../../../helpers/service/link';
import { openSignIn, signIn } from '../../../helpers/service/signIn';
import { type ServiceTarget, serviceTargets } from '../../../helpers/service/targets';
import { startTestService, type TestService } from '../../../helpers/service/testService';

/** How many answers had each status. */
function tally(statuses: number[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const status of statuses) counts[status] = (counts[status] ?? 0) + 1;
  return counts;
}

/** POSTs a form from another loopback address (a client the lock of 127.0.0.1 does not cover); the status. */
function postFrom(localAddress: string, url: string, form: Record<string, string>, authorization: string) {
  return new Promise<number>((resolve, reject) => {
    const target = new URL(url);
    const req = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        localAddress,
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', authorization },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(new URLSearchParams(form).toString());
  });
}

/** Sends `attempt` one at a time until it answers 429; returns how many answers came before. */
async function untilLocked(attempt: () => Promise<number>, max = 30): Promise<number> {
  for (let sent = 0; sent < max; sent++) if ((await attempt()) === 429) return sent;
  throw new Error(`no 429 after ${max} attempts`);
}

// Every burst comes from one address (127.0.0.1) against a fresh service.
describe.each(serviceTargets({ frozenClock: LOGIN_RULES.account.windowSeconds }))(
  'checklists #5 and #17: limits hold when the attempts arrive at once, in %s',
  (_, start) => {
    let target: ServiceTarget;
    let service: ServiceUrls;
    const ALEXA_USER = 'amzn1.ask.account.PARALLEL';

    /** A client authentication at the token endpoint: 401 wrong, 400 invalid_grant right (the token is bogus). */
    const tokenCall = async (authorization?: string, accept = 'application/json') => {
      const response = await fetch(service.tokenUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          accept,
          ...(authorization ? { authorization } : {}),
        },
        body: 'grant_type=refresh_token&refresh_token=not-a-real-refresh-token',
      });
      await response.arrayBuffer();
      return response.status;
    };
    /** Alexa's call on SkillDisabled: 401 wrong, 200 right. */
    const revokeCall = async (authorization: string) => {
      const response = await fetch(`${service.url}/v1/alexa/users/${ALEXA_USER}/revoke`, {
        method: 'POST',
        headers: { authorization },
      });
      await response.arrayBuffer();
      return response.status;
    };
    /** RFC 7009 revocation of a token that does not exist: 200 for the authenticated client. */
    const revocationCall = async (authorization: string) => {
      const response = await fetch(`${service.url}/token/revocation`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization },
        body: 'token=never-issued',
      });
      await response.arrayBuffer();
      return response.status;
    };
    const wrong = (i: number) => basicAuth(CLIENT_ID, `wrong-secret-${i}`);
    const right = basicAuth(CLIENT_ID, CLIENT_SECRET);

    beforeEach(async () => {
      target = await start();
      service = target.service;
    });
    afterEach(async () => {
      await target.close();
    });

    it('RFC 6819 §5.1.4.2.3: of 40 wrong passwords sent at once for one account, at most 5 get an answer', async () => {
      const form = await openSignIn(service);
      const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => signIn(form, DEMO.email, `wrong-${i}`)));
      const counts = tally(answers.map((answer) => answer.status));
      expect(counts[400] ?? 0).toBeLessThanOrEqual(LOGIN_RULES.account.limit);
      expect(counts[429]).toBe(40 - (counts[400] ?? 0));
      const later = await untilLocked(async () => (await signIn(form, DEMO.email, 'wrong-again')).status);
      expect((counts[400] ?? 0) + later).toBe(LOGIN_RULES.account.limit);
      expect((await signIn(await openSignIn(service), DEMO.email, DEMO.password)).status).toBe(429);
    });

    it('RFC 6819 §5.1.4.2.3: a correct password gives its attempt back, so successes never lock the account', async () => {
      const form = await openSignIn(service);
      for (let i = 0; i < LOGIN_RULES.account.limit - 1; i++) {
        expect((await signIn(form, DEMO.email, `wrong-${i}`)).status).toBe(400);
      }
      for (let i = 0; i < 6; i++) {
        expect((await signIn(await openSignIn(service), DEMO.email, DEMO.password)).status).toBe(303);
      }
      expect((await signIn(form, DEMO.email, 'wrong-last')).status).toBe(400);
      expect((await signIn(await openSignIn(service), DEMO.email, DEMO.password)).status).toBe(429);
    });

    it('RFC 6819 §5.1.4.2.3: sign-in posts without a password count against the address, also at once', async () => {
      const form = await openSignIn(service);
      const answers = await Promise.all(Array.from({ length: 30 }, () => signIn(form, 'x@example.com', '')));
      const counts = tally(answers.map((answer) => answer.status));
      expect(counts[400] ?? 0).toBeLessThanOrEqual(LOGIN_RULES.address.limit);
      expect(counts[429]).toBe(30 - (counts[400] ?? 0));
      const later = await untilLocked(async () => (await signIn(form, '', '')).status);
      expect((counts[400] ?? 0) + later).toBe(LOGIN_RULES.address.limit);
      expect((await signIn(await openSignIn(service), DEMO.email, DEMO.password)).status).toBe(429);
    });

    it('RFC 6749 §2.3.1: of 60 wrong client secrets sent at once, at most 10 get an answer; the rest get 429', async () => {
      const counts = tally(await Promise.all(Array.from({ length: 60 }, (_, i) => tokenCall(wrong(i)))));
      expect(counts[401] ?? 0).toBeLessThanOrEqual(CLIENT_AUTH_RULE.limit);
      expect(counts[429]).toBe(60 - (counts[401] ?? 0));
      const later = await untilLocked(() => tokenCall(wrong(99)));
      expect((counts[401] ?? 0) + later).toBe(CLIENT_AUTH_RULE.limit);
      expect(await tokenCall(right)).toBe(429);
    });

    it('RFC 6749 §2.3.1: requests without client credentials count against their address, also at once', async () => {
      const counts = tally(await Promise.all(Array.from({ length: 60 }, () => tokenCall())));
      expect(counts[401] ?? 0).toBeLessThanOrEqual(CLIENT_AUTH_RULE.limit);
      expect(counts[429]).toBe(60 - (counts[401] ?? 0));
      expect((counts[401] ?? 0) + (await untilLocked(() => tokenCall()))).toBe(CLIENT_AUTH_RULE.limit);
      expect(await tokenCall(right)).toBe(429);
    });

    it('RFC 6749 §5.2: requests without credentials that prefer HTML get 401 and count against the address too', async () => {
      const answers: number[] = [];
      for (let i = 0; i < CLIENT_AUTH_RULE.limit; i++) answers.push(await tokenCall(undefined, 'text/html'));
      expect(answers).toEqual(answers.map(() => 401));
      expect(await tokenCall(right, 'text/html')).toBe(429);
    });

    it('RFC 6749 §2.3.1: a burst hiding the right secret among 59 wrong ones learns at most 11 verdicts', async () => {
      const guesses = Array.from({ length: 60 }, (_, i) => (i === 30 ? right : wrong(i)));
      const counts = tally(await Promise.all(guesses.map((authorization) => tokenCall(authorization))));
      // 401 says "wrong", 400 invalid_grant says "right"; 429 says nothing about the secret.
      expect((counts[401] ?? 0) + (counts[400] ?? 0)).toBeLessThanOrEqual(CLIENT_AUTH_RULE.limit + 1);
      expect(counts[429]).toBe(60 - (counts[401] ?? 0) - (counts[400] ?? 0));
    });

    it('RFC 6749 §2.3.1: Alexa exchanging 20 codes at once from one address gets 20 token responses', async () => {
      const browser = new Browser();
      const codes: string[] = [];
      for (let i = 0; i < 20; i++) codes.push((await linkAccount(service, { browser })).code);
      const responses = await Promise.all(codes.map((code) => exchangeCode(service.tokenUrl, code, 'basic')));
      expect(responses.map((response) => response.status)).toEqual(codes.map(() => 200));
    });

    it('RFC 6749 §2.3.1: after 9 failures the right secret keeps working, and the 10th failure locks the address', async () => {
      for (let i = 0; i < CLIENT_AUTH_RULE.limit - 1; i++) expect(await revocationCall(wrong(i))).toBe(401);
      const burst = await Promise.all(Array.from({ length: 20 }, () => revocationCall(right)));
      expect(burst).toEqual(burst.map(() => 200));
      for (let i = 0; i < 5; i++) expect(await tokenCall(right)).toBe(400);
      expect(await revocationCall(wrong(99))).toBe(401);
      expect(await revocationCall(right)).toBe(429);
    });

    it('RFC 6749 §2.3.1: a locked address changes nothing even with the right secret: no code used, no token revoked', async () => {
      const browser = new Browser();
      const tokens = (await (
        await exchangeCode(service.tokenUrl, (await linkAccount(service, { browser })).code, 'basic')
      ).json()) as { access_token: string };
      const code = (await linkAccount(service, { browser })).code;
      await untilLocked(() => revocationCall(wrong(Math.random())));
      expect((await exchangeCode(service.tokenUrl, code, 'basic')).status).toBe(429);
      const revoke = await fetch(`${service.url}/token/revocation`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', authorization: right },
        body: new URLSearchParams({ token: tokens.access_token }).toString(),
      });
      expect(revoke.status).toBe(429);
      expect(
        (await fetch(`${service.url}/v1/me`, { headers: { authorization: `Bearer ${tokens.access_token}` } })).status,
      ).toBe(200);
      // From another address, which is not locked, the code still works: the refused exchange did not use it.
      expect(
        await postFrom(
          '127.0.0.2',
          service.tokenUrl,
          { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URIS.pitangui },
          right,
        ),
      ).toBe(200);
    });

    it('Alexa FAQ (SkillDisabled): of 60 wrong secrets sent at once to the revoke endpoint, at most 10 get 401', async () => {
      const counts = tally(await Promise.all(Array.from({ length: 60 }, (_, i) => revokeCall(wrong(i)))));
      expect(counts[401] ?? 0).toBeLessThanOrEqual(CLIENT_AUTH_RULE.limit);
      expect(counts[429]).toBe(60 - (counts[401] ?? 0));
      expect((counts[401] ?? 0) + (await untilLocked(() => revokeCall(wrong(99))))).toBe(CLIENT_AUTH_RULE.limit);
      expect(await revokeCall(right)).toBe(429);
    });

    it('Alexa FAQ (SkillDisabled): 20 revoke calls with the right secret at once all succeed', async () => {
      const statuses = await Promise.all(Array.from({ length: 20 }, () => revokeCall(right)));
      expect(statuses).toEqual(statuses.map(() => 200));
    });
  },
);

describe('checklist #17: a burst of sign-ins costs no more password checks than the limit', () => {
  let service: TestService;

  beforeEach(async () => {
    fakeClock({ freezeAtWindowStart: LOGIN_RULES.account.windowSeconds });
    service = await startTestService();
  });
  afterEach(async () => {
    await service.close();
  });

  it('RFC 6819 §5.1.4.2.3: of 40 wrong passwords sent at once, at most 5 reach the Argon2 check', async () => {
    const form = await openSignIn(service);
    // White-box: every password check first looks the rider up, so the lookups count the Argon2 verifications.
    const lookups = jest.spyOn(service.app.riders, 'findByEmail');
    const answers = await Promise.all(Array.from({ length: 40 }, (_, i) => signIn(form, DEMO.email, `wrong-${i}`)));
    expect(lookups.mock.calls.length).toBeLessThanOrEqual(LOGIN_RULES.account.limit);
    expect(answers.filter((answer) => answer.status === 400)).toHaveLength(lookups.mock.calls.length);
  });
});
