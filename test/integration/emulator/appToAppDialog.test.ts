import { DialogSession } from '../../../emulator/dialog/DialogSession';
import { RemoteBackend } from '../../../emulator/dialog/RemoteBackend';
import type { Stack } from '../../../emulator/stack/startStack';
import { spoken } from '../../helpers/emulator/catalog';
import { alexaLines, replayTranscript } from '../../helpers/emulator/replay';
import { startTestStack } from '../../helpers/emulator/stack';

describe.each([
  ['from-alexa-app', 'app-to-app linking from the Alexa app'],
  ['from-app', 'app-to-app linking from the Ride Hailer app \\(through the Alexa app\\)'],
  ['from-app-lwa', 'app-to-app linking from the Ride Hailer app \\(through Login with Amazon\\)'],
])('the %s replay file', (file, flow) => {
  let lines: string[];
  beforeAll(async () => {
    lines = await replayTranscript(`emulator/replays/app-to-app/${file}.json`);
  });

  it('prints one line naming the flow and each step, all ✓, then the link', () => {
    const line = lines[lines.findIndex((l) => l.startsWith('User > .link')) + 1] ?? '';
    expect(line).toMatch(new RegExp(`^ {2}Linked by ${flow}: .+ ✓\\. Linked: access token .{4}…\\(\\d+\\)`));
    expect(line).not.toContain('✗');
  });

  it('books a ride after linking, and after .unlink from-app the skill asks to link again', () => {
    const [prompt, confirm, booked, afterUnlink] = alexaLines(lines);
    expect(prompt).toMatch(spoken('en-US', 'link.prompt'));
    expect(confirm).toMatch(spoken('en-US', 'order.confirm'));
    expect(booked).toMatch(spoken('en-US', 'order.booked'));
    expect(lines[lines.indexOf('User > .unlink from-app') + 1]).toMatch(/^ {2}Unlinked from the Ride Hailer app: /);
    expect(afterUnlink).toMatch(spoken('en-US', 'link.prompt'));
  });
});

describe('app-to-app dot commands against an attached emulator (its JSON API)', () => {
  let stack: Stack;
  beforeAll(async () => {
    stack = await startTestStack();
  });
  afterAll(() => stack.close());

  it('.link from-app and .unlink from-app work the same through npm start’s page API; a wrong flow is named', async () => {
    const lines: string[] = [];
    const session = new DialogSession(new RemoteBackend(stack.urls.emulator), (line) => lines.push(line));
    await session.handle('.link from-app');
    expect(lines.at(-1)).toMatch(/^ {2}Linked by app-to-app linking from the Ride Hailer app .+ Linked: access token/);
    expect(stack.emulator.tokens.get(stack.emulator.user().userId)).toBeDefined();
    await session.handle('.unlink from-app');
    expect(lines.at(-1)).toMatch(/disabled the skill at Alexa/);
    expect(stack.emulator.tokens.get(stack.emulator.user().userId)).toBeUndefined();
    await session.handle('.link sideways');
    expect(lines.at(-1)).toBe(
      '  Unknown way to link: sideways. Use: .link | .link app | .link from-app | .link from-app-lwa | .link device [--person NAME] | .link qr',
    );
  });
});
