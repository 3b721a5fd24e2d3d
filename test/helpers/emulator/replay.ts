import { DialogSession } from '../../../emulator/dialog/DialogSession';
import { LocalBackend } from '../../../emulator/dialog/LocalBackend';
import { readReplayFile } from '../../../emulator/dialog/replayFile';
import { runReplay } from '../../../emulator/dialog/runDialog';
import { startTestStack } from './stack';

/** Runs a replay file against a fresh in-memory stack (LWA mode with `lwa`) and returns the transcript lines. */
export async function replayTranscript(file: string, options: { lwa?: boolean } = {}): Promise<string[]> {
  const stack = await startTestStack(
    options.lwa ? { linkedService: 'lwa', accountLinkingFile: 'accountLinking.lwa.json' } : {},
  );
  const lines: string[] = [];
  try {
    const backend = new LocalBackend(stack.emulator, stack.skill, 'test stack', undefined, () => stack.appToApp);
    const session = new DialogSession(backend, (line) => lines.push(line));
    const ended = await runReplay(await readReplayFile(file), session, backend, (line) => lines.push(line));
    if (ended !== 'quit') throw new Error(`${file} did not end with .quit`);
  } finally {
    await stack.close();
  }
  return lines;
}

/** Alexa's lines in order, without the `Alexa > ` prefix. */
export function alexaLines(lines: string[]): string[] {
  return lines.filter((line) => line.startsWith('Alexa > ')).map((line) => line.slice('Alexa > '.length));
}
