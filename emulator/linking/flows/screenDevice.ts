import { randomBytes } from 'node:crypto';
import { fillScreenLine, screenLines } from './screenDeviceLines';

/** The picker's value for linking the shared account rather than one person's profile. */
export const SHARED_PROFILE = 'shared';

/** One choice of the profile picker: a household member's name, or SHARED_PROFILE. */
export interface ScreenProfile {
  value: string;
  label: string;
}

/** What the screen device shows. */
export type ScreenView =
  | { show: 'home' }
  | { show: 'qr'; prompt: string; url: string; line: string; signIn: string }
  | { show: 'profiles'; prompt: string; title: string; profiles: ScreenProfile[] }
  | { show: 'linked'; line: string };

/** What the flow needs from the emulator around it. */
export interface ScreenDeviceDeps {
  /** Where the emulated Alexa app is served: the QR code's link starts linking there. */
  appUrl: string | undefined;
  skillName: string;
  /** Whether the skill asks for personalization (`alexa::person_id:read`): then a profile picker comes first. */
  personalization: boolean;
}

/** Thrown when a QR code or a button belongs to a link prompt that is no longer on the screen. */
export class StalePromptError extends Error {
  constructor() {
    super('that link prompt is no longer on the screen: ask for something that needs a linked account again');
    this.name = 'StalePromptError';
  }
}

/**
 * Alexa's side of account linking on a device with a screen. When the skill sends a LinkAccount card, the
 * screen shows Alexa's line, a QR code for a link URL the phone opens (the normal linking flow), and "Sign in
 * using this device", which runs linking in the device's own browser — after a profile picker of the household's
 * profiles when the skill uses personalization. When linking is done the screen says so and Alexa opens the skill
 * again with the token. Each prompt has a fresh id, so a QR code from an earlier prompt links nothing.
 * @see https://developer.amazon.com/docs/account-linking/account-linking-for-custom-skills.html
 */
export class ScreenDevice {
  view: ScreenView = { show: 'home' };

  constructor(private readonly deps: ScreenDeviceDeps) {}

  /** The screen's answer to a LinkAccount card: Alexa's line, the QR code's link, the sign-in button; its id. */
  showLinkPrompt(locale: string): string {
    const lines = screenLines(locale);
    const prompt = randomBytes(12).toString('base64url');
    const url = `${this.deps.appUrl ?? ''}/api/link/start?screen=${prompt}`;
    const line = fillScreenLine(lines.scan, { skill: this.deps.skillName });
    this.view = { show: 'qr', prompt, url, line, signIn: lines.signIn };
    return prompt;
  }

  /** The id of the link prompt on the screen now (its QR code or its picker), if any. */
  get prompt(): string | undefined {
    return this.view.show === 'qr' || this.view.show === 'profiles' ? this.view.prompt : undefined;
  }

  /** Checks that `prompt` is the link prompt on the screen now (its QR code or its picker). */
  check(prompt: string | undefined): string {
    if (prompt === undefined || prompt !== this.prompt) throw new StalePromptError();
    return prompt;
  }

  /**
   * "Sign in using this device": with personalization, the profile picker (the household's members and the
   * shared account) and `picker`; without, `sign-in` at once, for the shared account.
   */
  signIn(prompt: string | undefined, locale: string, members: readonly string[]): 'picker' | 'sign-in' {
    const checked = this.check(prompt);
    if (!this.deps.personalization) return 'sign-in';
    const lines = screenLines(locale);
    const profiles = [
      ...members.map((name) => ({ value: name, label: name })),
      { value: SHARED_PROFILE, label: lines.shared },
    ];
    const title = fillScreenLine(lines.chooseProfile, { skill: this.deps.skillName });
    this.view = { show: 'profiles', prompt: checked, title, profiles };
    return 'picker';
  }

  /** Whether a profile picker may be offered (the skill uses personalization). */
  get personalization(): boolean {
    return this.deps.personalization;
  }

  /** The success message once linking is done, naming the person for a personal link. */
  linked(locale: string, person?: string): void {
    const lines = screenLines(locale);
    const template = person === undefined ? lines.linked : lines.linkedFor;
    this.view = { show: 'linked', line: fillScreenLine(template, { skill: this.deps.skillName, name: person }) };
  }

  /** The screen as the terminal shows it: `QR <url>`, `linked`; undefined at home. */
  label(): string | undefined {
    if (this.view.show === 'qr') return `QR ${this.view.url}`;
    if (this.view.show === 'profiles') return 'choose a profile';
    return this.view.show === 'linked' ? 'linked' : undefined;
  }
}
