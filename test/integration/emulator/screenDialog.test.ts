import type { DialogBackend } from '../../../emulator/dialog/backend';
import { DialogSession } from '../../../emulator/dialog/DialogSession';
import { LocalBackend } from '../../../emulator/dialog/LocalBackend';
import { RemoteBackend } from '../../../emulator/dialog/RemoteBackend';
import type { Stack } from '../../../emulator/stack/startStack';
import { spoken } from '../../helpers/emulator/catalog';
import { alexaLines, replayTranscript } from '../../helpers/emulator/replay';
import { startTestStack } from '../../helpers/emulator/stack';
import { normalizeTranscript, terminalExample } from '../../helpers/emulator/transcript';

describe.each([
  ['in this process', (stack: Stack): DialogBackend => new LocalBackend(stack.emulator, stack.skill, 'test')],
  ['attached over the JSON API', (stack: Stack): DialogBackend => new RemoteBackend(stack.urls.emulator)],
])('the dialog’s screen-device commands (%s)', (_, backendFor) => {
  let stack: Stack;
  let lines: string[];
  let session: DialogSession;
  beforeEach(async () => {
    stack = await startTestStack();
    lines = [];
    session = new DialogSession(backendFor(stack), (line) => lines.push(line));
  });
  afterEach(() => stack.close());

  async function run(...inputs: string[]): Promise<string[]> {
    lines.length = 0;
    for (const input of inputs) await session.handle(input);
    return [...lines];
  }

  it('.device chooses the Echo Dot or the Echo Show and refuses another', async () => {
    expect(await run('.device')).toEqual([expect.stringMatching(/^ {2}Device: Echo Dot \(voice only\); no screen/)]);
    expect(await run('.device show')).toEqual([
      expect.stringMatching(/^ {2}Device: Echo Show \(screen\); requests carry Alexa\.Presentation\.APL/),
    ]);
    expect(await run('.device tv')).toEqual(['  there is no device "tv"; the household has dot and show.']);
  });

  it('shows the QR line on the Echo Show; .link qr follows it, the screen says linked and the skill greets the user', async () => {
    const prompt = await run('.device show', 'order a car to the airport');
    expect(prompt).toContain(`Alexa > ${alexaLines(prompt)[0]}`);
    expect(alexaLines(prompt)[0]).toMatch(spoken('en-US', 'link.promptScreen'));
    expect(prompt.at(-2)).toMatch(
      new RegExp(`^\\[screen: QR ${stack.urls.emulator}/api/link/start\\?screen=[\\w-]{16}\\]$`),
    );
    const linked = await run('.link qr');
    expect(linked[0]).toMatch(
      /^ {2}Scanned the QR code on the Echo Show and linked on the phone .* Linked: access token/,
    );
    expect(linked.slice(1, 3)).toEqual([
      '  · Alexa opens Ride Hailer again with the new token (LaunchRequest)',
      '[screen: linked]',
    ]);
    expect(linked[3]).toMatch(/^Alexa > Welcome back, Alex Rider\./);
  });

  it('.link device --person Sam links Sam alone; Alex is not linked by it; Sam’s ride is Sam’s', async () => {
    const linked = await run('.device show', '.speaker Sam', '.link device --person Sam');
    expect(linked.at(-1)).toMatch(/^Alexa > Welcome back, Sam Rider\./);
    expect(alexaLines(await run('order a car to the airport', 'yes')).at(-1)).toMatch(spoken('en-US', 'order.booked'));
    const alex = await run('.speaker Alex', 'ask ride hailer where is my ride');
    expect(alexaLines(alex)[0]).toMatch(spoken('en-US', 'link.promptScreen'));
    await run('.link qr');
    expect(alexaLines(await run('ask ride hailer where is my ride'))[0]).toMatch(spoken('en-US', 'status.none'));
    const sam = await run('.speaker Sam', 'ask ride hailer where is my ride');
    expect(alexaLines(sam)[0]).toMatch(/You are going to the airport\.$/);
    expect(await run('.state')).toContain('  Personal links: Sam.');
  });

  it('explains what it cannot do instead of failing', async () => {
    expect(await run('.link device')).toEqual(['  signing in on the device needs the Echo Show: `.device show`.']);
    expect(await run('.device show', '.link qr')).toContain(
      '  the screen shows no QR code: ask for something that needs a link first.',
    );
    expect(await run('.link device --person Bob')).toEqual([
      '  nobody called Bob lives here; the household is Alex, Sam.',
    ]);
    expect(await run('.link sideways')).toEqual([
      '  Unknown way to link: sideways. Use: .link | .link app | .link from-app | .link from-app-lwa | .link device [--person NAME] | .link qr',
    ]);
  });
});

/** The transcript with the QR code's port and prompt id, which differ every run, written as placeholders. */
const withQrPlaceholders = (lines: string[]) =>
  normalizeTranscript(lines).map((line) =>
    line.replace(/^\[screen: QR http:\/\/127\.0\.0\.1:\d+\/api\/link\/start\?screen=[\w-]+\]$/, '[screen: QR {url}]'),
  );

describe('the shipped screen-device replay', () => {
  it('prints the transcript the README shows', async () => {
    const example = terminalExample('README.md', 'npm run dialog -- --replay emulator/replays/screen/');
    const file = example.command.split(' ').at(-1) ?? '';
    const lines = await replayTranscript(file);
    expect(withQrPlaceholders(lines)).toEqual(withQrPlaceholders(example.lines));
  });

  it('links Sam on the device, books as Sam, then Alex by QR code; each hears only their own ride', async () => {
    const lines = await replayTranscript('emulator/replays/screen/en-US.json');
    const [samWelcome, quote, booked, alexPrompt, alexWelcome, alexStatus, samStatus] = alexaLines(lines);
    expect(samWelcome).toMatch(/^Welcome back, Sam Rider\./);
    expect(quote).toMatch(spoken('en-US', 'order.confirm'));
    expect(booked).toMatch(spoken('en-US', 'order.booked'));
    expect(alexPrompt).toMatch(spoken('en-US', 'link.promptScreen'));
    expect(lines.filter((line) => line.startsWith('[screen: '))).toEqual([
      '[screen: linked]',
      expect.stringMatching(/^\[screen: QR http:\/\/127\.0\.0\.1:\d+\/api\/link\/start\?screen=/),
      '[screen: linked]',
    ]);
    expect(alexWelcome).toMatch(/^Welcome back, Alex Rider\./);
    expect(alexStatus).toMatch(spoken('en-US', 'status.none'));
    expect(samStatus).toMatch(/You are going to the airport\.$/);
  });
});

describe('personal links in LWA mode', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startTestStack({ linkedService: 'lwa', accountLinkingFile: 'accountLinking.lwa.json' });
  });
  afterAll(() => stack.close());

  it('signs Sam in with his own Amazon login; his rides are kept under his LWA user, apart from Alex’s', async () => {
    const user = stack.emulator.user();
    user.household.setDevice('show');
    user.household.setSpeaker('Sam');
    const sam = await stack.emulator.screens.linkOnDevice(user, 'Sam');
    expect(sam.relaunch?.speech).toMatch(/^Welcome back, Sam Example\./);
    await stack.emulator.say(user, 'order a car to the airport');
    expect((await stack.emulator.say(user, 'yes')).speech).toMatch(spoken('en-US', 'order.booked'));
    user.household.setSpeaker('Alex');
    await stack.emulator.linkHeadless(user);
    expect((await stack.emulator.say(user, 'open ride hailer')).speech).toMatch(/^Welcome back, Alex Example\./);
    expect((await stack.emulator.say(user, 'where is my ride')).speech).toMatch(spoken('en-US', 'status.none'));
  });
});
