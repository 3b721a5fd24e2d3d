import { attachUrl, loadEmulatorConfig } from '../config';
import { DialogSession } from '../dialog/DialogSession';
import { openBackend } from '../dialog/openBackend';
import { type ReplayFile, ReplayFileError, readReplayFile } from '../dialog/replayFile';
import { runInteractive, runReplay } from '../dialog/runDialog';
import { SkillIoRecorder } from '../dialog/skillIo';
import { DIALOG_USAGE, parseDialogArgs } from './dialogArgs';

/** `npm run dialog`: an offline `ask dialog` for the Ride Hailer skill. Exit 0 when done, 2 on bad input. */
async function main(argv: string[]): Promise<number> {
  let args: ReturnType<typeof parseDialogArgs>;
  try {
    args = parseDialogArgs(argv);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${DIALOG_USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${DIALOG_USAGE}\n`);
    return 0;
  }
  const config = loadEmulatorConfig(process.env);
  let replay: ReplayFile | undefined;
  if (args.replay !== undefined) replay = await readReplayFile(args.replay);
  const locale = replay?.locale ?? args.locale ?? config.locale;
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const backend = await openBackend(config, {
    attach: args.attach === undefined ? undefined : (args.attach.url ?? attachUrl(config)),
    pkce: args.pkce,
    lwa: args.lwa,
  });
  const skill = await backend.skill();
  if (!skill.locales.includes(locale)) {
    await backend.close();
    if (replay !== undefined) throw new ReplayFileError(args.replay ?? '', `the skill has no locale ${locale}`);
    process.stderr.write(`dialog: the skill has no locale ${locale}\n`);
    return 2;
  }
  const recorder = args.saveSkillIo === undefined ? undefined : new SkillIoRecorder(args.saveSkillIo);
  try {
    await backend.setLocale(locale);
    process.stderr.write(
      `${skill.name} dialog (${locale}) on ${backend.description}. Type .help for commands, .quit to leave.\n`,
    );
    const session = new DialogSession(backend, out, recorder);
    if (replay !== undefined && (await runReplay(replay, session, backend, out)) === 'quit') return 0;
    if (replay !== undefined && !process.stdin.isTTY) return 0;
    await runInteractive(session, process.stdin, process.stdout);
    return 0;
  } finally {
    await recorder?.save();
    await backend.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: Error) => {
    process.stderr.write(`dialog: ${error.message}\n`);
    process.exit(error.name === 'ReplayFileError' || error.name === 'EmulatorConfigError' ? 2 : 1);
  },
);
