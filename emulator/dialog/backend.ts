import type { Turn } from '../conversation/types';

/** The result of a dot command, as one or more lines for the transcript. */
export interface CommandResult {
  lines: string[];
  /** A turn the command caused (Alexa opening the skill after linking on the screen device), printed after the lines. */
  turn?: Turn;
}

/**
 * What the dialog REPL drives: an emulator in this process (`LocalBackend`), or the one `npm start` runs
 * (`RemoteBackend`, over its JSON API).
 */
export interface DialogBackend {
  /** Where the stack runs, for the banner. */
  readonly description: string;
  locale(): Promise<string>;
  setLocale(locale: string): Promise<void>;
  say(text: string): Promise<Turn>;
  newSession(): Promise<Turn>;
  /** Headless linking with the demo account through the real login and consent pages. */
  link(): Promise<CommandResult>;
  unlink(): Promise<CommandResult>;
  expire(): Promise<CommandResult>;
  revoke(): Promise<CommandResult>;
  enable(): Promise<CommandResult>;
  disable(): Promise<CommandResult>;
  state(): Promise<CommandResult>;
  /** Who is talking: a household member's name, `off` for a voice Alexa does not recognize, none to show. */
  speaker(choice: string | undefined): Promise<CommandResult>;
  /** Which device the household talks to: `dot` or `show`; none to show it. */
  device(choice: string | undefined): Promise<CommandResult>;
  /** "Sign in using this device" on the Echo Show, headless: for the account, or for one member (personal link). */
  linkOnDevice(person: string | undefined): Promise<CommandResult>;
  /** Scans the screen's QR code with the phone and links there, headless. */
  followQr(): Promise<CommandResult>;
  /** The last account-linking trace, formatted. */
  trace(): Promise<CommandResult>;
  close(): Promise<void>;
}
