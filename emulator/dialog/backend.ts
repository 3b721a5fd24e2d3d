import type { Turn } from '../conversation/types';
import type { SkillInfo } from '../skill/skillInfo';

/** The app-to-app ways `.link` takes: from the Alexa app, or from the Ride Hailer app via the Alexa app or LWA. */
export const APP_TO_APP_FLOWS = ['app', 'from-app', 'from-app-lwa'] as const;

/** One of {@link APP_TO_APP_FLOWS}. */
export type AppToAppFlow = (typeof APP_TO_APP_FLOWS)[number];

/** Whether a `.link` argument names an app-to-app flow. */
export function isAppToAppFlow(value: string): value is AppToAppFlow {
  return (APP_TO_APP_FLOWS as readonly string[]).includes(value);
}

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
  /** The skill the emulator drives: its id, name and locales. */
  skill(): Promise<SkillInfo>;
  locale(): Promise<string>;
  setLocale(locale: string): Promise<void>;
  say(text: string): Promise<Turn>;
  newSession(): Promise<Turn>;
  /** Headless linking with the demo account through the real login and consent pages. */
  link(): Promise<CommandResult>;
  /** App-to-app linking headlessly; the line names the flow and each step's result. */
  linkAppToApp(flow: AppToAppFlow): Promise<CommandResult>;
  unlink(): Promise<CommandResult>;
  /** Unlinking in the Ride Hailer app (its backend disables the skill at Alexa). */
  unlinkFromApp(): Promise<CommandResult>;
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
