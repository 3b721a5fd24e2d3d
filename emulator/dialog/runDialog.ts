import { createInterface } from 'node:readline';
import type { DialogBackend } from './backend';
import type { DialogSession } from './DialogSession';
import type { ReplayFile } from './replayFile';

/**
 * Runs a replay file's `userInput` line by line, echoing each as `User > …`. Resolves to `quit` when the file
 * ends with `.quit`, else `more` (ask dialog then stays interactive).
 */
export async function runReplay(
  replay: ReplayFile,
  session: DialogSession,
  backend: DialogBackend,
  out: (line: string) => void,
): Promise<'quit' | 'more'> {
  const skill = await backend.skill();
  if (!skill.locales.includes(replay.locale)) throw new Error(`the skill has no locale ${replay.locale}`);
  await backend.setLocale(replay.locale);
  if (replay.skillId !== skill.id) {
    out(`  · the file names skill ${replay.skillId}; the emulator answers with the local ${skill.name} skill`);
  }
  for (const input of replay.userInput) {
    out(`User > ${input}`);
    if ((await session.handle(input)) === 'quit') return 'quit';
  }
  return 'more';
}

/**
 * The interactive REPL: a `User > ` prompt on a terminal (piped input is echoed as `User > …` instead), one
 * line per turn, until `.quit`, end of input or Ctrl-C.
 */
export function runInteractive(
  session: DialogSession,
  input: NodeJS.ReadableStream & { isTTY?: boolean },
  output: NodeJS.WritableStream,
): Promise<void> {
  return new Promise((resolve) => {
    const tty = input.isTTY === true;
    const rl = createInterface({ input, output, prompt: 'User > ', terminal: tty });
    let queue = Promise.resolve();
    rl.on('line', (line) => {
      queue = queue.then(async () => {
        if (!tty) output.write(`User > ${line}\n`);
        try {
          if ((await session.handle(line)) === 'quit') return rl.close();
        } catch (error) {
          output.write(`  ! ${(error as Error).message}\n`);
        }
        if (tty) rl.prompt();
      });
    });
    rl.on('close', () => {
      queue.then(() => resolve());
    });
    if (tty) rl.prompt();
  });
}
