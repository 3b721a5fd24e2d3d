import type { Snapshot } from '../../../emulator/http/snapshot';
import { spoken } from '../../helpers/emulator/catalog';
import { CLI_MS, dialog, npm, npmStart, type Run } from '../../helpers/emulator/cli';
import { normalizeTranscript, type TerminalExample, terminalExample } from '../../helpers/emulator/transcript';

const example: TerminalExample = terminalExample('README.md', 'npm run dialog -- --replay');

function transcript(run: Run): string[] {
  if (run.code !== 0) throw new Error(`"${example.command}" exited with ${run.code}:\n${run.stderr}`);
  return normalizeTranscript(run.stdout.trimEnd().split('\n'));
}

/** The file the README's command replays, so a run that leaves a ride behind books the same trip. */
function replayFile(): string {
  const file = /--replay (\S+)/.exec(example.command)?.[1];
  if (file === undefined) throw new Error(`no replay file in "${example.command}"`);
  return file;
}

/** What the running emulator's user has said and been sent, and whether it is linked. */
async function conversation(url: string) {
  const state = (await (await fetch(`${url}/api/state`)).json()) as Snapshot;
  return { transcript: state.transcript, cards: state.cards, linked: state.link.linked };
}

describe("the README's replay example", () => {
  it(
    'prints the transcript the README shows, also right after the same replay booked a ride',
    async () => {
      expect(transcript(await npm(example.command))).toEqual(normalizeTranscript(example.lines));
      expect(transcript(await npm(example.command))).toEqual(normalizeTranscript(example.lines));
    },
    3 * CLI_MS,
  );

  it(
    'prints the transcript the README shows while `npm start` runs where the dialog looks, with a ride booked in it',
    async () => {
      const start = await npmStart([]);
      try {
        const attached = await dialog(['--attach', start.url, '--replay', replayFile()]);
        expect(attached.stdout).toMatch(spoken('en-US', 'order.booked'));
        const before = await conversation(start.url);
        const port = new URL(start.url).port;
        const run = await npm(example.command, { EMULATOR_PORT: port });
        expect(transcript(run)).toEqual(normalizeTranscript(example.lines));
        expect(run.stderr).toContain(`the \`npm start\` at ${start.url} is left alone`);
        expect(await conversation(start.url)).toEqual(before);
      } finally {
        await start.stop();
      }
    },
    4 * CLI_MS,
  );
});
