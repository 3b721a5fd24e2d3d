import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { hash } from '@node-rs/argon2';
import { CURRENT_HASH_PREFIX } from '../../../../service/riders/passwords';
import { fakeClock } from '../../../helpers/service/clock';
import { DEMO, linkAccount } from '../../../helpers/service/link';
import { inlineError, openSignIn, signIn } from '../../../helpers/service/signIn';
import { startTestService, type TestService } from '../../../helpers/service/testService';

describe('checklists #16 and #17: password hashing and login throttling', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService();
    await service.app.riders.create({
      id: 'rdr_legacy',
      email: 'legacy@example.com',
      name: 'Legacy Hash',
      passwordHash: await hash('legacy-password', { memoryCost: 4096, timeCost: 3, parallelism: 1 }),
      createdAt: new Date().toISOString(),
    });
  });
  afterAll(async () => {
    await service.close();
  });

  it('OWASP Password Storage: passwords are stored as Argon2id m=19456, t=2, p=1', async () => {
    const rider = await service.app.riders.findByEmail(DEMO.email);
    expect(rider?.passwordHash.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
    expect(CURRENT_HASH_PREFIX).toBe('$argon2id$v=19$m=19456,t=2,p=1$');
    expect((await service.scanTable()).join('\n')).not.toContain(DEMO.password);
  });

  it('OWASP Password Storage: a hash with outdated parameters is replaced at the next successful login', async () => {
    const linked = await linkAccount(service, { email: 'legacy@example.com', password: 'legacy-password' });
    expect(linked.code).not.toBe('');
    const rider = await service.app.riders.findById('rdr_legacy');
    expect(rider?.passwordHash.startsWith(CURRENT_HASH_PREFIX)).toBe(true);
  });

  it('RFC 6819 §5.1.4.2: an unknown email and a wrong password get the same inline error text and status', async () => {
    const form = await openSignIn(service);
    const unknown = await signIn(form, 'nobody@example.com', 'whatever-password');
    const wrong = await signIn(form, DEMO.email, 'wrong-password');
    expect(unknown.status).toBe(400);
    expect(wrong.status).toBe(400);
    expect(inlineError(unknown.html)).toBe(inlineError(wrong.html));
    expect(inlineError(wrong.html)).toContain('do not match an account');
  });

  it('RFC 6819 §5.1.4.2.3: five wrong passwords lock the account for the window, even for the right password', async () => {
    const riderEmail = 'lockme@example.com';
    await service.app.riders.create({
      id: 'rdr_lock',
      email: riderEmail,
      name: 'Lock Me',
      passwordHash: (await service.app.riders.findByEmail(DEMO.email))?.passwordHash ?? '',
      createdAt: new Date().toISOString(),
    });
    const clock = fakeClock({ freezeAtWindowStart: 900 });
    const form = await openSignIn(service);
    for (let i = 0; i < 5; i++) expect((await signIn(form, riderEmail, `wrong-${i}`)).status).toBe(400);
    const locked = await signIn(form, riderEmail, DEMO.password);
    expect(locked.status).toBe(429);
    expect(inlineError(locked.html)).toContain('Too many sign-in attempts');
    clock.advance(15 * 60);
    const unlocked = await signIn(await openSignIn(service), riderEmail, DEMO.password);
    expect(unlocked.status).toBe(303);
  });

  it('RFC 6819 §5.1.4.2.3: an unknown email locks the same way, so a lock reveals nothing', async () => {
    fakeClock({ freezeAtWindowStart: 900 });
    const form = await openSignIn(service);
    for (let i = 0; i < 5; i++) await signIn(form, 'ghost@example.com', `wrong-${i}`);
    const locked = await signIn(form, 'ghost@example.com', 'another-guess');
    expect(locked.status).toBe(429);
    expect(inlineError(locked.html)).toContain('Too many sign-in attempts');
  });

  it('RFC 6749 §2.3.1: the token endpoint unlocks again after the window', async () => {
    const wrong = {
      'content-type': 'application/x-www-form-urlencoded',
      authorization: `Basic ${Buffer.from('ride-hailer-alexa:nope').toString('base64')}`,
    };
    const right = {
      ...wrong,
      authorization: `Basic ${Buffer.from('ride-hailer-alexa:local-dev-secret').toString('base64')}`,
    };
    const body = 'grant_type=refresh_token&refresh_token=x';
    const clock = fakeClock({ freezeAtWindowStart: 900 });
    for (let i = 0; i < 10; i++) await fetch(service.tokenUrl, { method: 'POST', headers: wrong, body });
    expect((await fetch(service.tokenUrl, { method: 'POST', headers: right, body })).status).toBe(429);
    clock.advance(15 * 60);
    const after = await fetch(service.tokenUrl, { method: 'POST', headers: right, body });
    expect(after.status).toBe(400);
    expect(((await after.json()) as { error: string }).error).toBe('invalid_grant');
  });
});
