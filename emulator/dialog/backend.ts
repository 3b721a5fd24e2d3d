import type { Turn } from '../conversation/types';

/** The result of a dot command, as one or more lines for the transcript. */
export interface CommandResult {
  lines: string[];
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
  /** The last account-linking trace, formatted. */
  trace(): Promise<CommandResult>;
  close(): Promise<void>;
}
