import type { Snapshot } from '../../../emulator/http/snapshot';
import type { Stack } from '../../../emulator/stack/startStack';
import { spoken } from '../../helpers/emulator/catalog';
import { startTestStack } from '../../helpers/emulator/stack';

let stack: Stack;
beforeEach(async () => {
  stack = await startTestStack();
});
afterEach(() => stack.close());

const post = (path: string, body: Record<string, string> = {}, headers: Record<string, string> = {}) =>
  fetch(`${stack.urls.emulator}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(body),
    redirect: 'manual',
  });

describe('the emulated Alexa app', () => {
  it('shows the skill detail page with optional account linking and the talk box', async () => {
    const response = await fetch(stack.urls.emulator);
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(html).toContain('Account linking available');
    expect(html).toContain('data-testid="link"');
    expect(html).toContain('<option value="hi-IN">hi-IN</option>');
    expect(html).not.toMatch(/<script[^>]+src="http/);
  });

  it('starts linking by sending the browser to the service with a fresh state', async () => {
    const response = await fetch(`${stack.urls.emulator}/api/link/start`, { redirect: 'manual' });
    expect(response.status).toBe(303);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.origin).toBe(stack.urls.service);
    expect(location.searchParams.get('redirect_uri')).toBe(stack.redirectUri);
    expect(location.searchParams.get('response_type')).toBe('code');
    expect(location.searchParams.get('scope')).toBe('profile rides:read rides:write');
  });

  it('answers a redirect with a wrong state with Alexa’s failure message and the reason', async () => {
    const response = await fetch(`${stack.redirectUri}?code=abc&state=forged`);
    const html = await response.text();
    expect(response.status).toBe(400);
    expect(html).toContain('We were unable to link Ride Hailer at this time.');
    expect(html).toContain('wrong, altered or reused state');
  });

  it('talks to the skill over its JSON API and shows the LinkAccount card in the feed', async () => {
    const response = await post('/api/utter', { text: 'frag ride hailer wo ist mein taxi', locale: 'de-DE' });
    const { turn } = (await response.json()) as { turn: { card: { type: string }; speech: string } };
    expect(turn.card).toEqual({ type: 'LinkAccount' });
    expect(turn.speech).toMatch(/Ride-Hailer-Konto/);
    const html = await (await fetch(stack.urls.emulator)).text();
    expect(html).toContain('data-testid="card-linkaccount"');
  });

  it('never shows a whole token in its state or page', async () => {
    await post('/api/link/headless');
    const token = stack.emulator.tokens.get(stack.emulator.user().userId)?.accessToken ?? '';
    expect(token.length).toBeGreaterThan(20);
    await post('/api/utter', { text: 'open ride hailer' });
    const state = await (await fetch(`${stack.urls.emulator}/api/state`)).text();
    const page = await (await fetch(stack.urls.emulator)).text();
    expect(state).toContain('"linked":true');
    expect(state).toContain(`"accessToken":"<redacted:${token.length}>"`);
    for (const text of [state, page]) expect(text).not.toContain(token);
  });

  it('redirects form posts back to the page and refuses posts from other sites', async () => {
    const form = await fetch(`${stack.urls.emulator}/api/enable`, { method: 'POST', redirect: 'manual' });
    expect(form.status).toBe(303);
    expect(form.headers.get('location')).toBe('/');
    const foreign = await post('/api/unlink', {}, { Origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
  });

  it('Reset demo forgets the link, cards and conversation, and the ride: the next order books again', async () => {
    await orderAirportCar();
    expect(await say('order a car to the airport')).toMatch(spoken('en-US', 'order.conflict'));
    const reset = await post('/api/reset');
    expect(reset.status).toBe(200);
    expect(await reset.json()).toEqual({ reset: true });
    const state = await appState();
    expect(state.link.linked).toBe(false);
    expect(state.transcript).toEqual([]);
    expect(state.cards).toEqual([]);
    expect(state.user.enabled).toBe(false);
    expect(await orderAirportCar()).toMatch(spoken('en-US', 'order.booked'));
  });

  it('refuses a reset posted from another site and keeps everything', async () => {
    await orderAirportCar();
    const foreign = await post('/api/reset', {}, { Origin: 'https://evil.example' });
    expect(foreign.status).toBe(403);
    expect((await appState()).link.linked).toBe(true);
    expect(await say('order a car to the airport')).toMatch(spoken('en-US', 'order.conflict'));
  });

  it('offers Reset demo on the page as a form post that comes back to the page', async () => {
    expect(await (await fetch(stack.urls.emulator)).text()).toMatch(
      /<form method="post" action="\/api\/reset"[^>]*><button[^>]*data-testid="reset-demo">Reset demo<\/button>/,
    );
    const form = await fetch(`${stack.urls.emulator}/api/reset`, { method: 'POST', redirect: 'manual' });
    expect(form.status).toBe(303);
    expect(form.headers.get('location')).toBe('/');
  });

  it('chooses who is talking from the household, and refuses a name it does not know', async () => {
    expect(await (await fetch(stack.urls.emulator)).text()).toContain('<option value="Alex" selected>');
    const off = await post('/api/speaker', { speaker: 'off' });
    expect(((await off.json()) as { message: string }).message).toMatch(/^Speaker: a voice Alexa does not recognize/);
    const state = (await (await fetch(`${stack.urls.emulator}/api/state`)).json()) as {
      household: { members: string[]; speaker?: string };
    };
    expect(state.household).toMatchObject({ members: ['Alex', 'Sam'], phone: [] });
    expect(state.household.speaker).toBeUndefined();
    expect(await (await fetch(stack.urls.emulator)).text()).toContain('<option value="off" selected>');
    const unknown = await post('/api/speaker', { speaker: 'Mallory' });
    expect(unknown.status).toBe(400);
    expect(await unknown.json()).toMatchObject({ error_description: expect.stringMatching(/nobody called Mallory/) });
  });
});

async function appState(): Promise<Snapshot> {
  return (await (await fetch(`${stack.urls.emulator}/api/state`)).json()) as Snapshot;
}

async function say(text: string): Promise<string> {
  const { turn } = (await (await post('/api/utter', { text })).json()) as { turn: { speech: string } };
  return turn.speech;
}

/** Links the demo rider headlessly, orders a car to the airport and confirms; resolves to what Alexa said last. */
async function orderAirportCar(): Promise<string> {
  expect(await (await post('/api/link/headless')).json()).toMatchObject({ linked: true });
  expect(await say('order a car to the airport')).toMatch(spoken('en-US', 'order.confirm'));
  return say('yes');
}
