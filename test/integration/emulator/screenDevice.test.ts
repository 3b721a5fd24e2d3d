import type { RequestEnvelope } from 'ask-sdk-model';
import type { Snapshot } from '../../../emulator/http/snapshot';
import { authorizeHeadless } from '../../../emulator/linking/headlessBrowser';
import type { Stack } from '../../../emulator/stack/startStack';
import { spoken } from '../../helpers/emulator/catalog';
import { decodeQr } from '../../helpers/emulator/qr';
import { startTestStack } from '../../helpers/emulator/stack';

let stack: Stack;
let requests: RequestEnvelope[];
beforeEach(async () => {
  stack = await startTestStack();
  requests = [];
  stack.emulator.onExchange((exchange) => requests.push(exchange.request));
});
afterEach(() => stack.close());

const app = (path: string, init?: RequestInit) => fetch(`${stack.urls.emulator}${path}`, init);
const post = (path: string, body: Record<string, string>) =>
  app(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
const form = (path: string, body: Record<string, string>) =>
  app(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(body).toString(),
    redirect: 'manual',
  });
const state = async () => (await (await app('/api/state')).json()) as Snapshot;
const say = async (text: string) =>
  ((await (await post('/api/utter', { text })).json()) as { turn: { speech: string } }).turn.speech;
const launches = () => requests.filter((request) => request.request.type === 'LaunchRequest');

/** The QR code the page shows, read from its PNG by an independent decoder. */
async function scanPage(): Promise<string> {
  const html = await (await app('/')).text();
  const src = /<img class="qr" src="([^"]+)"/.exec(html)?.[1];
  expect(src).toBeDefined();
  const png = await app((src ?? '').replace(/&amp;/g, '&'));
  expect(png.headers.get('content-type')).toBe('image/png');
  return decodeQr(Buffer.from(await png.arrayBuffer()));
}

/** A phone (or the device's browser) through the service's login and consent, then back to Alexa's redirect URI. */
async function signInAt(url: string, who: 'Alex' | 'Sam'): Promise<Response> {
  const callback = await authorizeHeadless(url, stack.redirectUri, stack.logins[who] ?? stack.demo);
  return fetch(callback);
}

describe('the Echo Show: a LinkAccount card becomes a QR code', () => {
  it('shows Alexa’s line and a real QR code of the link URL; the phone follows it, and Alexa opens the skill with the token', async () => {
    await post('/api/device', { device: 'show' });
    expect(await say('order a car to the airport')).toMatch(spoken('en-US', 'link.promptScreen'));
    const before = (await state()).household.screen;
    expect(before).toMatchObject({
      show: 'qr',
      line: 'To use Ride Hailer, you need to link your account. Scan the QR code on the screen with your phone.',
      signIn: 'Sign in using this device',
    });
    const url = await scanPage();
    expect(url).toMatch(new RegExp(`^${stack.urls.emulator}/api/link/start\\?screen=[\\w-]{16}$`));
    const phone = await signInAt(url, 'Alex');
    expect(phone.status).toBe(200);
    expect(await phone.text()).toContain('Ride Hailer has been successfully linked.');

    const after = await state();
    expect(after.link.linked).toBe(true);
    expect(after.household.screen).toEqual({ show: 'linked', line: 'Ride Hailer has been successfully linked.' });
    const [launch] = launches();
    expect(launch?.context.System.user.accessToken).toBe(
      stack.emulator.tokens.get(stack.emulator.user().userId)?.accessToken,
    );
    expect(launch?.session?.new).toBe(true);
    expect(after.transcript.at(-1)).toEqual({
      who: 'alexa',
      text: expect.stringMatching(/^Welcome back, Alex Rider\./),
    });
  });

  it('links nothing from a QR code that is no longer on the screen', async () => {
    await post('/api/device', { device: 'show' });
    await say('order a car to the airport');
    const old = await scanPage();
    await say('ask ride hailer where is my ride');
    const stale = await app(new URL(old).pathname + new URL(old).search, { redirect: 'manual' });
    expect(stale.status).toBe(400);
    expect(await stale.text()).toContain('no longer on the screen');
    const missing = await app('/screen/qr.png?prompt=nope');
    expect(missing.status).toBe(404);
  });

  it('sends what an Echo Show sends: APL in supportedInterfaces and a Viewport; the Echo Dot sends neither', async () => {
    await say('ask ride hailer how much is a ride to the airport');
    await post('/api/device', { device: 'show' });
    await say('ask ride hailer how much is a ride to the airport');
    const [dot, show] = requests.filter((request) => request.request.type === 'IntentRequest');
    expect(dot?.context.System.device?.supportedInterfaces).toEqual({});
    expect(dot?.context.Viewport).toBeUndefined();
    expect(show?.context.System.device?.supportedInterfaces).toEqual({
      'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.3' } },
    });
    expect(show?.context.Viewport).toMatchObject({ shape: 'RECTANGLE', pixelWidth: 1280, pixelHeight: 800 });
    expect(show?.context.System.device?.deviceId).not.toBe(dot?.context.System.device?.deviceId);
  });
});

describe('Sign in using this device, with the profile picker (personal account linking)', () => {
  it('links Sam alone: his requests carry his own token, Alex and an unknown voice stay unlinked', async () => {
    await post('/api/device', { device: 'show' });
    await post('/api/speaker', { speaker: 'Sam' });
    await say('order a car to the airport');
    const { household } = await state();
    const prompt = household.screen.show === 'qr' ? household.screen.prompt : '';
    const picker = await form('/api/device/sign-in', { prompt });
    expect([picker.status, picker.headers.get('location')]).toEqual([303, '/#device']);
    expect((await state()).household.screen).toMatchObject({
      show: 'profiles',
      title: 'Who is linking Ride Hailer? Choose your profile.',
      profiles: [
        { value: 'Alex', label: 'Alex' },
        { value: 'Sam', label: 'Sam' },
        { value: 'shared', label: 'Everyone (the shared account)' },
      ],
    });
    const chosen = await form('/api/device/profile', { prompt, profile: 'Sam' });
    expect(chosen.status).toBe(303);
    const device = await signInAt(chosen.headers.get('location') ?? '', 'Sam');
    expect(await device.text()).toContain('Ride Hailer has been successfully linked for Sam.');

    const linked = await state();
    expect(linked.link.linked).toBe(false);
    expect(linked.household.personalLinks).toEqual(['Sam']);
    const [launch] = launches();
    expect(launch?.context.System.person?.accessToken).toBeDefined();
    expect(launch?.context.System.user.accessToken).toBeUndefined();
    expect(linked.transcript.at(-1)?.text).toMatch(/^Welcome back, Sam Rider\./);
    const samToken = launch?.context.System.person?.accessToken ?? '';
    expect(JSON.stringify(linked)).not.toContain(samToken);
    expect(await (await app('/')).text()).not.toContain(samToken);

    expect(await say('order a car to the airport')).toMatch(spoken('en-US', 'order.confirm'));
    expect(await say('yes')).toMatch(spoken('en-US', 'order.booked'));
    await post('/api/speaker', { speaker: 'Alex' });
    expect(await say('ask ride hailer where is my ride')).toMatch(spoken('en-US', 'link.promptScreen'));
    await post('/api/speaker', { speaker: 'off' });
    expect(await say('ask ride hailer where is my ride')).toMatch(spoken('en-US', 'link.promptScreen'));
    const alexAndNobody = requests.slice(-2);
    expect(alexAndNobody.map((request) => request.context.System.person?.accessToken)).toEqual([undefined, undefined]);
  });

  it('links the shared account from the picker’s “Everyone” choice', async () => {
    await post('/api/device', { device: 'show' });
    await say('order a car to the airport');
    const { household } = await state();
    const prompt = household.screen.show === 'qr' ? household.screen.prompt : '';
    await form('/api/device/sign-in', { prompt });
    const chosen = await form('/api/device/profile', { prompt, profile: 'shared' });
    await signInAt(chosen.headers.get('location') ?? '', 'Alex');
    const linked = await state();
    expect([linked.link.linked, linked.household.personalLinks]).toEqual([true, []]);
    expect(linked.household.screen).toEqual({ show: 'linked', line: 'Ride Hailer has been successfully linked.' });
  });
});

describe('the push notification of a LinkAccount card', () => {
  it('reaches the account holder’s phone, and tapping it starts linking as the card does', async () => {
    await say('order a car to the airport');
    const [notification] = (await state()).household.phone;
    expect(notification).toMatchObject({
      to: 'Alex',
      linkAccount: true,
      text: 'Link your Ride Hailer account to finish setting up the skill. Tap to link.',
    });
    const page = await (await app('/')).text();
    expect(page).toMatch(
      /data-testid="phone-notification"[\s\S]*href="\/api\/link\/start" data-testid="notification-link"/,
    );
    const tapped = await app('/api/link/start', { redirect: 'manual' });
    expect(tapped.status).toBe(303);
    expect(tapped.headers.get('location')).toMatch(new RegExp(`^${stack.urls.service}/`));
  });
});
