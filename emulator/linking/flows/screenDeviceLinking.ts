import type { Turn } from '../../conversation/types';
import type { EmulatedUser } from '../../core/EmulatedUser';
import { recordTurn } from '../../core/turnLog';
import type { LocaleNlu } from '../../nlu/LocaleNlu';
import type { AccountLinker, LinkContext, LinkResult } from '../AccountLinker';
import type { Credentials } from '../headlessBrowser';
import { SHARED_PROFILE } from './screenDevice';
import { fillScreenLine, screenLines } from './screenDeviceLines';

/** A linking attempt's result; after linking from a screen device, also the turn in which Alexa opened the skill. */
export type LinkOutcome = LinkResult & { relaunch?: Turn };

/** What the screen-device flow uses of the emulator around it. */
export interface ScreenLinkingHost {
  linker: AccountLinker;
  skillName: string;
  /** The account holder's login, and each member's for a personal link. */
  demoCredentials: Credentials | undefined;
  memberLogins: Readonly<Record<string, Credentials>> | undefined;
  nlu(locale: string): Promise<LocaleNlu>;
  /** The emulator's key for the user, handed to the linker. */
  keyOf(user: EmulatedUser): string;
  /** Keeps the tokens of a finished attempt and tells the skill (the same for every way of linking). */
  finish(result: LinkResult): Promise<LinkOutcome>;
}

/**
 * The ways in that a device with a screen adds, each onto the one AccountLinker and token keeper: the phone
 * scanning the QR code, "Sign in using this device" with the profile picker, and their headless equivalents;
 * then the success screen and Alexa opening the skill again with the token.
 * @see https://developer.amazon.com/docs/account-linking/account-linking-for-custom-skills.html
 */
export class ScreenDeviceLinking {
  constructor(private readonly host: ScreenLinkingHost) {}

  /** The phone opened the QR code's link: the authorization URL, if `prompt` is still on the screen. */
  startFromQr(user: EmulatedUser, prompt: string): string {
    return this.host.linker.begin(this.host.keyOf(user), 'browser', { screen: user.screen.check(prompt) }).url;
  }

  /** "Sign in using this device": the profile picker first (personalization), else the authorization URL. */
  signIn(user: EmulatedUser, prompt: string | undefined): { picker: true } | { url: string } {
    const members = user.household.members.map((member) => member.name);
    if (user.screen.signIn(prompt, user.locale, members) === 'picker') return { picker: true };
    return { url: this.begin(user, user.screen.check(prompt), undefined) };
  }

  /** A profile chosen on the picker: the authorization URL, for that person's link or (SHARED_PROFILE) the account's. */
  chooseProfile(user: EmulatedUser, prompt: string | undefined, profile: string): string {
    const checked = user.screen.check(prompt);
    const person = profile === SHARED_PROFILE ? undefined : user.household.member(profile).name;
    return this.begin(user, checked, person);
  }

  private begin(user: EmulatedUser, screen: string, person: string | undefined): string {
    const context: LinkContext = { screen, onDevice: true, ...(person === undefined ? {} : { person }) };
    return this.host.linker.begin(this.host.keyOf(user), 'browser', context).url;
  }

  /**
   * Signs in on the Echo Show without a browser, through the real login and consent pages: for the account, or
   * (personalization) for one member with that member's login. Opens the link screen first when it is not up.
   */
  async linkOnDevice(user: EmulatedUser, person?: string): Promise<LinkOutcome> {
    if (!user.household.device.screen) throw new Error('signing in on the device needs the Echo Show: `.device show`');
    if (person !== undefined && !user.screen.personalization) {
      throw new Error('the skill does not ask for personalization (alexa::person_id:read): no personal links');
    }
    const member = person === undefined ? undefined : user.household.member(person);
    const screen = user.screen.prompt ?? user.screen.showLinkPrompt(user.locale);
    const login = (member && this.host.memberLogins?.[member.name]) ?? this.host.demoCredentials;
    const context: LinkContext = { screen, onDevice: true, ...(member ? { person: member.name } : {}) };
    return this.host.finish(await this.host.linker.linkHeadless(this.host.keyOf(user), login, context));
  }

  /** Scans the QR code on the screen with the phone and links there, headless, as the account holder. */
  async followQr(user: EmulatedUser): Promise<LinkOutcome> {
    const view = user.screen.view;
    if (view.show !== 'qr') throw new Error('the screen shows no QR code: ask for something that needs a link first');
    const result = await this.host.linker.linkHeadless(this.host.keyOf(user), this.host.demoCredentials, {
      screen: view.prompt,
    });
    return this.host.finish(result);
  }

  /** The screen shows the success, and Alexa opens the skill on it for whoever linked (LaunchRequest with the token). */
  async relaunch(user: EmulatedUser, person: string | undefined): Promise<Turn> {
    const { household } = user;
    const notes: string[] = [];
    if (!household.device.screen) notes.push(`the household now talks to the ${household.setDevice('show').label}`);
    if (person !== undefined && household.speaker?.name !== person) {
      household.setSpeaker(person);
      notes.push(`${person} is at the screen: the speaker is now ${person}`);
    }
    user.screen.linked(user.locale, person);
    notes.push(`Alexa opens ${this.host.skillName} again with the new token (LaunchRequest)`);
    const turn = await user.conversation.launch(await this.host.nlu(user.locale), notes.join('; '));
    turn.screen = user.screen.label();
    recordTurn(user, turn);
    return turn;
  }

  /**
   * What a LinkAccount card does besides the feed: a push notification on the account holder's phone, and on a
   * device with a screen the link prompt with its QR code.
   */
  showLinkCard(user: EmulatedUser, turn: Turn): void {
    if (turn.card?.type !== 'LinkAccount') return;
    const lines = screenLines(user.locale);
    user.household.notifyLinkAccount(fillScreenLine(lines.notification, { skill: this.host.skillName }));
    if (!user.household.device.screen) return;
    user.screen.showLinkPrompt(user.locale);
    turn.screen = user.screen.label();
  }
}
