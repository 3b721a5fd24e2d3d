import type { RequestEnvelope } from 'ask-sdk-model';
import { linkFromAlexaApp, linkStartUrl } from '../../../emulator/linking/flows/appToAppFromAlexa';
import { linkFromApp, unlinkFromApp } from '../../../emulator/linking/flows/appToAppFromApp';
import type { AppToAppDeps } from '../../../emulator/linking/flows/deps';
import { formatFlow } from '../../../emulator/linking/flows/report';
import { authorizeHeadless } from '../../../emulator/linking/headlessBrowser';
import type { Stack } from '../../../emulator/stack/startStack';
import { PENDING_GRANT_SECONDS } from '../../../service/mobile/alexaCodes';
import { spoken } from '../../helpers/emulator/catalog';
import { stackGrants } from '../../helpers/emulator/grants';
import { startTestStack } from '../../helpers/emulator/stack';

/** The events and requests the skill received, in order. */
function recordRequests(stack: Stack): RequestEnvelope[] {
  const requests: RequestEnvelope[] = [];
  stack.emulator.onExchange((exchange) => requests.push(exchange.request));
  return requests;
}

function deps(stack: Stack): AppToAppDeps {
  if (stack.appToApp === undefined) throw new Error('the stack has no app-to-app linking');
  return stack.appToApp;
}

/** After a link: the skill books a ride for the linked rider. */
async function ordersARide(stack: Stack): Promise<void> {
  const user = stack.emulator.user();
  expect((await stack.emulator.say(user, 'ask ride hailer to order a car to the airport')).speech).toMatch(
    spoken('en-US', 'order.confirm'),
  );
  expect((await stack.emulator.say(user, 'yes')).speech).toMatch(spoken('en-US', 'order.booked'));
}

describe.each([
  ['HTTP Basic', 'HTTP_BASIC' as const, false],
  ['body credentials', 'REQUEST_BODY_CREDENTIALS' as const, false],
  ['HTTP Basic and PKCE', 'HTTP_BASIC' as const, true],
])('app-to-app linking end to end, Alexa authenticating with %s', (_, accessTokenScheme, pkce) => {
  let stack: Stack;
  beforeEach(async () => {
    stack = await startTestStack({ accessTokenScheme, pkce });
  });
  afterEach(() => stack.close());

  it('from the Alexa app (.link app): the app’s consent, our code, Alexa’s exchange; then a ride is booked', async () => {
    const requests = recordRequests(stack);
    const report = await linkFromAlexaApp(deps(stack), stack.emulator.user());
    expect(formatFlow(report)).toMatch(
      /^Linked by app-to-app linking from the Alexa app: .*source=app ✓ · token exchange HTTP 200/,
    );
    const trace = stack.emulator.user().lastTrace;
    expect(trace?.token?.scheme).toBe(accessTokenScheme);
    expect(trace?.pkce).toBe(pkce);
    expect(requests.map((r) => r.request.type)).toEqual([
      'AlexaSkillEvent.SkillEnabled',
      'AlexaSkillEvent.SkillAccountLinked',
    ]);
    await ordersARide(stack);
  });

  it.each([
    ['the Alexa app', 'alexa-app' as const],
    ['Login with Amazon', 'lwa' as const],
  ])(
    'from the Ride Hailer app through %s: Amazon code, our backend, Skill Enablement API; ride; unlink',
    async (_, via) => {
      const requests = recordRequests(stack);
      const user = stack.emulator.user();
      const report = await linkFromApp(deps(stack), user, via);
      expect(report.linked).toBe(true);
      expect(formatFlow(report)).toContain('Skill Enablement API 201 ✓');
      expect(user.lastTrace?.via).toBe('enablement-api');
      expect(user.lastTrace?.token?.scheme).toBe(accessTokenScheme);
      const linkedEvent = requests.find((r) => r.request.type === 'AlexaSkillEvent.SkillAccountLinked');
      expect((linkedEvent?.request as { body?: { accessToken?: string } } | undefined)?.body?.accessToken).toBe(
        stack.emulator.tokens.get(user.userId)?.accessToken,
      );
      await ordersARide(stack);
      const status = await deps(stack).apps.of(user).linkStatus();
      expect(status.body).toMatchObject({ status: 'LINKED', source: 'alexa', skillEnabled: true });
      expect(await unlinkFromApp(deps(stack), user)).toMatch(/disabled the skill at Alexa .*Alexa holds no tokens/);
      expect(requests.at(-1)?.request.type).toBe('AlexaSkillEvent.SkillDisabled');
      expect(await stackGrants(stack)).toBe(0);
      expect((await stack.emulator.say(user, 'order a car to the airport')).card).toEqual({ type: 'LinkAccount' });
    },
  );
});

describe('app-to-app refusals end with a clear message and no leftover grant', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.close());
  afterEach(async () => {
    stack.emulator.unlink(stack.emulator.user());
  });

  /** Our app's link as the Alexa app opens it, for the signed-in app. */
  async function openedAppLink(): Promise<URL> {
    const user = stack.emulator.user();
    const app = deps(stack).apps.of(user);
    app.installed = true;
    if (app.rider === undefined) {
      await app.completeSignIn(
        await authorizeHeadless(app.startSignIn(), app.settings.signInRedirectUri, deps(stack).rider),
      );
    }
    return new URL(linkStartUrl(deps(stack), user));
  }

  it('the Alexa app opens the web page without our app, and our app’s link with Alexa’s request when installed', async () => {
    const user = stack.emulator.user();
    deps(stack).apps.of(user).installed = false;
    expect(new URL(linkStartUrl(deps(stack), user)).origin).toBe(stack.urls.service);
    const link = await openedAppLink();
    expect(`${link.origin}${link.pathname}`).toBe(`${stack.urls.emulator}/app/alexa/authorize`);
    expect(link.searchParams.get('redirect_uri')).toBe(stack.redirectUri);
    expect(link.searchParams.get('state')?.length).toBeGreaterThanOrEqual(200);
  });

  it('the phone’s app screens refuse a form posted from another site', async () => {
    const link = await openedAppLink();
    const response = await fetch(`${stack.urls.emulator}/app/alexa/authorize`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: 'http://attacker.example' },
      body: new URLSearchParams({ ...Object.fromEntries(link.searchParams), decision: 'allow' }),
      redirect: 'manual',
    });
    expect(response.status).toBe(403);
    expect(stack.emulator.tokens.get(stack.emulator.user().userId)).toBeUndefined();
  });

  it('flow A, consent denied in the app: Alexa reports access_denied and nothing is linked or granted', async () => {
    const link = await openedAppLink();
    const answer = await deps(stack).apps.of(stack.emulator.user()).answerAlexa(link.searchParams, 'deny');
    if (!answer.ok) throw new Error(answer.message);
    const result = await stack.emulator.completeLink(answer.location);
    expect(result.tokens).toBeUndefined();
    expect(result.trace.outcome).toMatch(/error=access_denied/);
    expect(await stackGrants(stack)).toBe(0);
  });

  it('flow A, a wrong state on the way back: Alexa refuses, and the unredeemed code’s grant dies with it', async () => {
    const link = await openedAppLink();
    const answer = await deps(stack).apps.of(stack.emulator.user()).answerAlexa(link.searchParams, 'allow');
    if (!answer.ok) throw new Error(answer.message);
    const forged = new URL(answer.location);
    forged.searchParams.set('state', `${forged.searchParams.get('state')}x`);
    const result = await stack.emulator.completeLink(forged.toString());
    expect(result.trace.outcome).toMatch(/state matches no authorization/);
    expect(stack.emulator.tokens.get(stack.emulator.user().userId)).toBeUndefined();
    expect(await stackGrants(stack, 'ride-hailer-alexa', Date.now() + (PENDING_GRANT_SECONDS + 1) * 1000)).toBe(0);
  });

  it('flow B, the Alexa app’s consent cancelled: the app says nothing changed, and no grant exists', async () => {
    const user = stack.emulator.user();
    const app = deps(stack).apps.of(user);
    await openedAppLink();
    const before = await stackGrants(stack);
    const consent = await fetch(app.startLinkWithAlexa('alexa-app'));
    const pendingId = /name="pendingId" value="([^"]+)"/.exec(await consent.text())?.[1] ?? '';
    const cancelled = await fetch(`${stack.urls.emulator}/spa/skill-account-linking-consent`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ pendingId, decision: 'cancel' }),
      redirect: 'manual',
    });
    const back = cancelled.headers.get('location') ?? '';
    expect(new URL(back).searchParams.get('error')).toBe('access_denied');
    const result = await app.completeLinkWithAlexa(back);
    expect(result).toMatchObject({
      ok: false,
      error: 'access_denied',
      message: 'You didn’t allow the link, so nothing changed.',
    });
    expect(await stackGrants(stack)).toBe(before);
  });

  it('flow B, a code that comes back with another state: the app ignores it and never calls its backend', async () => {
    const app = deps(stack).apps.of(stack.emulator.user());
    await openedAppLink();
    const before = await stackGrants(stack);
    const returned = new URL(
      await authorizeHeadless(app.startLinkWithAlexa('lwa'), app.settings.alexaRedirectUri, deps(stack).amazon),
    );
    returned.searchParams.set('state', 'not-the-apps-state');
    const result = await app.completeLinkWithAlexa(returned.toString());
    expect(result).toMatchObject({ ok: false, error: 'wrong_state' });
    expect(stack.emulator.tokens.get(stack.emulator.user().userId)).toBeUndefined();
    expect(await stackGrants(stack)).toBe(before);
  });

  it('flow B, enablement failing in the user’s region: the app shows the service’s message; nothing is linked', async () => {
    const user = stack.emulator.user();
    const before = await stackGrants(stack);
    stack.amazon.alexaApi.failEnablement('api.amazonalexa.com', { status: 500, message: 'Internal failure' });
    try {
      const report = await linkFromApp(deps(stack), user, 'alexa-app');
      expect(formatFlow(report)).toMatch(
        /the app's backend did not link \(alexa_enablement_failed\): Alexa couldn’t turn on/,
      );
      expect(stack.emulator.tokens.get(user.userId)).toBeUndefined();
      expect(await stackGrants(stack)).toBe(before);
    } finally {
      stack.amazon.alexaApi.failEnablement('api.amazonalexa.com', undefined);
    }
  });
});
