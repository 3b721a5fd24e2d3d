import { attachUrl, loadEmulatorConfig } from '../config';
import { DialogSession } from '../dialog/DialogSession';
import { openBackend } from '../dialog/openBackend';
import { type ReplayFile, ReplayFileError, readReplayFile } from '../dialog/replayFile';
import { runInteractive, runReplay } from '../dialog/runDialog';
import { SkillIoRecorder } from '../dialog/skillIo';
import { DIALOG_USAGE, parseDialogArgs } from './dialogArgs';

/** The dialog itself, once the command line is read. */
async function main(argv: string[]): Promise<number> {
  const config = loadEmulatorConfig(process.env);
  let args: ReturnType<typeof parseDialogArgs>;
  try {
    args = parseDialogArgs(argv, config.login);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${DIALOG_USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(`${DIALOG_USAGE}\n`);
    return 0;
  }
  let replay: ReplayFile | undefined;
  if (args.replay !== undefined) replay = await readReplayFile(args.replay);
  const locale = replay?.locale ?? args.locale ?? config.locale;
  const out = (line: string) => process.stdout.write(`${line}\n`);
  const backend = await openBackend(config, {
    attach: args.attach === undefined ? undefined : (args.attach.url ?? attachUrl(config)),
    pkce: args.pkce,
    lwa: args.lwa,
    ownSkill: args.ownSkill,
    skillId: replay?.skillId,
    port: args.port,
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

/** Errors that mean bad input (exit 2), not a failure while running (exit 1). */
const BAD_INPUT = new Set([
  'ReplayFileError',
  'EmulatorConfigError',
  'SkillPackageError',
  'SkillTargetError',
  'SkillStackError',
  'SelectorError',
  'AccountLinkingFileError',
]);

/**
 * `npm run dialog` and `ride-hailer-emulator dialog`: an offline `ask dialog` for Ride Hailer or your own skill.
 * Resolves to the exit code: 0 when done, 2 on bad input, 1 when something failed on the way.
 */
export function dialogCommand(argv: string[]): Promise<number> {
  return main(argv).catch((error: Error) => {
    process.stderr.write(`dialog: ${error.message}\n`);
    return BAD_INPUT.has(error.name) ? 2 : 1;
  });
}
