import { cardLabel } from '../conversation/speech';
import type { Turn } from '../conversation/types';
import type { CommandResult, DialogBackend } from './backend';
import { heardLines } from './heardLines';
import { linkCommand } from './linkCommands';
import { PhoneCodes } from './otp';
import { writeReplayFile } from './replayFile';
import type { SkillIoRecorder } from './skillIo';

/** Dot commands: `ask dialog`'s own (.quit, .record) and the emulator's user-state switches. */
export const DOT_COMMANDS: Record<string, string> = {
  '.link':
    '.link [app | from-app | from-app-lwa | device [--person NAME] | qr] — link the demo account headlessly through the real login and consent pages; app-to-app from the Alexa app (app), from the Ride Hailer app through the Alexa app (from-app) or through Login with Amazon (from-app-lwa); sign in on the Echo Show (device, for the account or one person); scan its QR code (qr)',
  '.unlink': '.unlink [from-app] — forget the tokens (unlink in the Alexa app), or unlink in the Ride Hailer app',
  '.expire': 'make the access token expire, so the next turn refreshes it',
  '.revoke': 'revoke the grant at the linked service (Alexa keeps the dead tokens)',
  '.new': 'end the session; the next utterance starts a new one',
  '.enable': 'enable the skill (SkillEnabled event)',
  '.disable': 'disable the skill (SkillDisabled event; also unlinks)',
  '.locale': '.locale de-DE — switch the device language',
  '.speaker': '.speaker NAME | off — who is talking: a household member Alexa recognizes, or an unknown voice',
  '.device': '.device dot | show — which device you talk to: the voice-only Echo Dot or the Echo Show with a screen',
  '.state': 'show link, token and session state',
  '.trace': 'show the last account-linking trace',
  '.record': '.record FILE [--append-quit] — save the utterances so far as a replay file',
  '.help': 'this list',
  '.quit': 'leave',
};

/** Only the emulator understands these; `ask dialog` would send them to Alexa as words. */
export const EMULATOR_ONLY = [
  '.link',
  '.unlink',
  '.expire',
  '.revoke',
  '.new',
  '.enable',
  '.disable',
  '.locale',
  '.speaker',
  '.device',
  '.state',
  '.trace',
  '.help',
];

/** Formats one turn as `ask dialog` shows it, plus the emulator's notes and cards. */
export function turnLines(turn: Turn): string[] {
  const lines = turn.notes.map((note) => `  · ${note}`);
  const card = cardLabel(turn.card);
  const heard = heardLines(turn);
  // The success screen comes before the skill's welcome; a QR code follows the words that asked for the link.
  const screen = turn.screen === undefined ? undefined : `[screen: ${turn.screen}]`;
  if (screen !== undefined && turn.screen === 'linked') lines.push(screen);
  if (heard !== undefined) {
    lines.push(...heard);
  } else if (turn.speech !== undefined || card !== undefined) {
    lines.push(`Alexa > ${turn.speech ?? ''}${card ? ` [card: ${card}]` : ''}`.replace('>  [', '> ['));
  } else if (turn.exchanges.length > 0) {
    lines.push('Alexa > (no speech)');
  }
  if (screen !== undefined && turn.screen !== 'linked') lines.push(screen);
  if (turn.sessionEnded && !turn.input.startsWith('.')) lines.push('  · session ended');
  return lines;
}

/**
 * One dialog: runs utterances and dot commands against a backend and writes transcript lines. Shared by the
 * interactive REPL and the replay runner.
 */
export class DialogSession {
  private readonly utterances: string[] = [];
  private readonly phone = new PhoneCodes();

  constructor(
    private readonly backend: DialogBackend,
    private readonly out: (line: string) => void,
    private readonly recorder?: SkillIoRecorder,
  ) {}

  /** Runs one line; resolves to `quit` after `.quit`. */
  async handle(line: string): Promise<'continue' | 'quit'> {
    const input = line.trim();
    if (input === '') return 'continue';
    if (!input.startsWith('.')) {
      this.utterances.push(input);
      const said = this.phone.expand(input);
      if (said.note !== undefined) this.out(`  · ${said.note}`);
      this.print(await this.backend.say(said.line));
      return 'continue';
    }
    const [command = '', ...args] = input.split(/\s+/);
    if (command === '.quit') {
      await this.recorder?.save();
      return 'quit';
    }
    this.utterances.push(input);
    this.write(await this.command(command, args));
    return 'continue';
  }

  private print(turn: Turn): void {
    this.recorder?.add(turn.exchanges);
    this.phone.see(turn);
    for (const line of turnLines(turn)) this.out(line);
  }

  private write(result: CommandResult): void {
    for (const line of result.lines) for (const part of line.split('\n')) this.out(`  ${part}`);
    if (result.turn !== undefined) this.print(result.turn);
  }

  private async command(command: string, args: string[]): Promise<CommandResult> {
    switch (command) {
      case '.link':
        return linkCommand(this.backend, args);
      case '.unlink':
        if (args[0] === undefined) return this.backend.unlink();
        if (args[0] !== 'from-app')
          return { lines: [`Unknown way to unlink: ${args[0]}; use .unlink or .unlink from-app.`] };
        return this.backend.unlinkFromApp();
      case '.expire':
        return this.backend.expire();
      case '.revoke':
        return this.backend.revoke();
      case '.enable':
        return this.backend.enable();
      case '.disable':
        return this.backend.disable();
      case '.state':
        return this.backend.state();
      case '.speaker':
        return this.backend.speaker(args.join(' ') || undefined);
      case '.device':
        return this.backend.device(args.join(' ') || undefined);
      case '.trace':
        return this.backend.trace();
      case '.new': {
        const turn = await this.backend.newSession();
        this.recorder?.add(turn.exchanges);
        return {
          lines: [
            'New session: the next utterance starts one.',
            ...turnLines(turn)
              .filter((l) => l.startsWith('  ·'))
              .map((l) => l.trim()),
          ],
        };
      }
      case '.locale': {
        if (args[0] === undefined) return { lines: [`Locale: ${await this.backend.locale()}`] };
        if (!(await this.backend.skill()).locales.includes(args[0]))
          return { lines: [`The skill has no locale ${args[0]}.`] };
        await this.backend.setLocale(args[0]);
        return { lines: [`Locale: ${args[0]}`] };
      }
      case '.record':
        return this.record(args);
      case '.help':
        return { lines: Object.entries(DOT_COMMANDS).map(([name, help]) => `${name.padEnd(9)} ${help}`) };
      default:
        return { lines: [`Unknown command ${command}; type .help for the list.`] };
    }
  }

  private async record(args: string[]): Promise<CommandResult> {
    const [file, flag] = args;
    if (file === undefined || (flag !== undefined && flag !== '--append-quit') || args.length > 2) {
      return { lines: ['Use: .record FILE [--append-quit]'] };
    }
    const userInput = this.utterances.filter((u) => !u.startsWith('.record'));
    if (flag !== undefined) userInput.push('.quit');
    await writeReplayFile(file, {
      skillId: (await this.backend.skill()).id,
      locale: await this.backend.locale(),
      type: 'text',
      userInput,
    });
    return { lines: [`Created replay file at ${file}${flag ? ' (".quit" appended)' : ''}.`] };
  }
}
