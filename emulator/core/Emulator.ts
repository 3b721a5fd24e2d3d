import type { RequestEnvelope } from 'ask-sdk-model';
import { envelope, skillEvent } from '../alexa/envelopes';
import type { ConnectionTask, StartConnection } from '../conversation/connections';
import type { Exchange, SkillInvoker, Turn } from '../conversation/types';
import type { AccountLinker, LinkContext, LinkResult } from '../linking/AccountLinker';
import { SHARED_PROFILE } from '../linking/flows/screenDevice';
import { fillScreenLine, screenLines } from '../linking/flows/screenDeviceLines';
import { ASK_FOR_ACCOUNT_LINKING_URI, VoiceForwardLinking } from '../linking/flows/voiceForward';
import type { Credentials } from '../linking/headlessBrowser';
import type { LocaleNlu } from '../nlu/LocaleNlu';
import type { Nlu } from '../nlu/Nlu';
import type { LinkedTokens } from '../tokens/rules';
import { TokenKeeper } from '../tokens/TokenKeeper';
import { EmulatedUser } from './EmulatedUser';
import { recordTurn } from './turnLog';

/** Everything the emulator drives: the skill, the model, the linking engine, and how to revoke a grant. */
export interface EmulatorOptions {
  invoke: SkillInvoker;
  skillId: string;
  /** The skill's name, as Alexa says it in her own lines. */
  skillName: string;
  nlu: Nlu;
  linker: AccountLinker;
  /** Revokes the user's grant at the linked service (what the rider does on the service's side). */
  revoke?: (tokens: LinkedTokens) => Promise<string>;
  /** The login the headless `.link` types in (the account holder's). */
  demoCredentials: Credentials;
  /** The login each household member's headless sign-in types in, by name; demoCredentials for anyone else. */
  memberLogins?: Readonly<Record<string, Credentials>>;
  /** The household's members; the first holds the account (default Alex and Sam). */
  household?: readonly string[];
  /** Where the emulated Alexa app is served: the QR code on the screen device links there. */
  appUrl?: string;
  /** Whether the skill asks for personalization (`alexa::person_id:read`): personal links and the profile picker. */
  personalization?: boolean;
  defaultLocale?: string;
  now?: () => number;
}

/** A linking attempt's result; after linking from a screen device, also the turn in which Alexa opened the skill. */
export type LinkOutcome = LinkResult & { relaunch?: Turn };

/**
 * Alexa's side of an account-linked skill, for emulated users: enablement and skill events, account linking,
 * the token store with refresh, and conversations with the real skill handler.
 */
export class Emulator {
  readonly tokens: TokenKeeper;
  private readonly users = new Map<string, EmulatedUser>();
  private readonly listeners = new Set<(exchange: Exchange) => void>();

  constructor(readonly options: EmulatorOptions) {
    this.tokens = new TokenKeeper((refreshToken) => options.linker.refresh(refreshToken), options.now);
  }

  /** The user by name, created on first use ("default" is the one the app page and the REPL use). */
  user(name = 'default'): EmulatedUser {
    const existing = this.users.get(name);
    if (existing !== undefined) return existing;
    const { options } = this;
    const screen = {
      appUrl: options.appUrl,
      skillName: options.skillName,
      personalization: options.personalization === true,
    };
    const user: EmulatedUser = new EmulatedUser(
      options.skillId,
      options.defaultLocale ?? 'en-US',
      {
        invoke: (request) => options.invoke(request),
        prepare: () => this.identityFor(user),
        onExchange: (exchange) => this.recordExchange(user, exchange),
        connect: (directive, nlu) => this.connect(user, directive, nlu),
      },
      { members: options.household, screen },
    );
    this.users.set(name, user);
    return user;
  }

  /**
   * The identity for the next request, as Alexa builds it: the device in use with what it supports, the account's
   * token, and the recognized speaker with their own token when they linked a profile (each refreshed first).
   */
  private async identityFor(user: EmulatedUser) {
    const account = await this.tokens.fresh(user.userId);
    const speaker = user.household.speaker;
    const own = speaker === undefined ? undefined : await this.tokens.fresh(speaker.personId);
    const device = user.household.device;
    const identity = {
      ...user.identity,
      deviceId: device.deviceId,
      supportedInterfaces: device.supportedInterfaces,
      viewport: device.viewport,
      person: speaker && { personId: speaker.personId, accessToken: own?.accessToken },
      accessToken: account.accessToken,
    };
    const personal = (own?.notes ?? []).map((note) => `${speaker?.name}'s own link: ${note}`);
    return { identity, notes: [...account.notes, ...personal] };
  }

  /** Who holds links for the user: the account, and each member who linked a profile. */
  private holders(user: EmulatedUser): string[] {
    return [user.userId, ...user.household.members.map((member) => member.personId)];
  }

  /** Calls `listener` with every request/response pair sent to the skill. */
  onExchange(listener: (exchange: Exchange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private recordExchange(user: EmulatedUser, exchange: Exchange): void {
    user.lastExchange = exchange;
    const card = exchange.response?.response?.card;
    if (card !== undefined) user.addCard(card);
    for (const listener of this.listeners) listener(exchange);
  }

  /** Sends an out-of-session skill event (SkillEnabled, SkillDisabled, SkillAccountLinked). */
  private async event(user: EmulatedUser, type: Parameters<typeof skillEvent>[0], body?: Record<string, unknown>) {
    const accessToken = this.tokens.get(user.userId)?.accessToken;
    const request: RequestEnvelope = envelope(
      skillEvent(type, user.locale, body),
      { ...user.identity, accessToken },
      undefined,
    );
    let exchange: Exchange;
    try {
      exchange = { request, response: await this.options.invoke(request) };
    } catch (error) {
      exchange = { request, error: (error as Error).message };
    }
    this.recordExchange(user, exchange);
    user.log({
      who: 'note',
      text: `AlexaSkillEvent.${type} sent${exchange.error ? ` (skill error: ${exchange.error})` : ''}`,
    });
  }

  /** Enables the skill for the user (SkillEnabled event). */
  async enable(user: EmulatedUser): Promise<void> {
    if (user.enabled) return;
    user.enabled = true;
    await this.event(user, 'SkillEnabled');
  }

  /** Disables the skill: SkillDisabled event, and the link is gone (Alexa deletes the tokens). */
  async disable(user: EmulatedUser): Promise<void> {
    for (const holder of this.holders(user)) this.tokens.unlink(holder);
    user.conversation.reset();
    user.enabled = false;
    await this.event(user, 'SkillDisabled', { userInformationPersistenceStatus: 'NOT_PERSISTED' });
  }

  /**
   * Starts browser linking: the authorization URL to send the browser to. `screen` is the link prompt whose QR
   * code the phone scanned; a prompt no longer on the screen throws StalePromptError.
   */
  startLink(user: EmulatedUser, screen?: string): string {
    const context = screen === undefined ? undefined : { screen: user.screen.check(screen) };
    return this.options.linker.begin(this.nameOf(user), 'browser', context).url;
  }

  /** "Sign in using this device": the profile picker first (personalization), else the authorization URL. */
  signInOnDevice(user: EmulatedUser, prompt: string | undefined): { picker: true } | { url: string } {
    const members = user.household.members.map((member) => member.name);
    if (user.screen.signIn(prompt, user.locale, members) === 'picker') return { picker: true };
    return { url: this.beginOnDevice(user, user.screen.check(prompt), undefined) };
  }

  /** A profile chosen on the picker: the authorization URL, for that person's link or (SHARED_PROFILE) the account's. */
  chooseProfile(user: EmulatedUser, prompt: string | undefined, profile: string): string {
    const checked = user.screen.check(prompt);
    const person = profile === SHARED_PROFILE ? undefined : user.household.member(profile).name;
    return this.beginOnDevice(user, checked, person);
  }

  private beginOnDevice(user: EmulatedUser, screen: string, person: string | undefined): string {
    const context: LinkContext = { screen, onDevice: true, ...(person === undefined ? {} : { person }) };
    return this.options.linker.begin(this.nameOf(user), 'browser', context).url;
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
    const login = (member && this.options.memberLogins?.[member.name]) ?? this.options.demoCredentials;
    const context: LinkContext = { screen, onDevice: true, ...(member ? { person: member.name } : {}) };
    return this.afterLink(await this.options.linker.linkHeadless(this.nameOf(user), login, context));
  }

  /** Scans the QR code on the screen with the phone and links there, headless, as the account holder. */
  async followQr(user: EmulatedUser): Promise<LinkOutcome> {
    const view = user.screen.view;
    if (view.show !== 'qr') throw new Error('the screen shows no QR code: ask for something that needs a link first');
    const context = { screen: view.prompt };
    return this.afterLink(
      await this.options.linker.linkHeadless(this.nameOf(user), this.options.demoCredentials, context),
    );
  }

  /** Handles the redirect back from the authorization server; links the user when the exchange works. */
  async completeLink(callbackUrl: string): Promise<LinkOutcome> {
    const result = await this.options.linker.complete(callbackUrl);
    return this.afterLink(result);
  }

  /** Links without a browser, through the real login and consent pages (the demo rider by default). */
  async linkHeadless(user: EmulatedUser, credentials = this.options.demoCredentials): Promise<LinkOutcome> {
    return this.afterLink(await this.options.linker.linkHeadless(this.nameOf(user), credentials));
  }

  /**
   * Keeps the tokens of a successful link — the account's, or one person's (personal linking) — tells the skill,
   * and after linking from a screen device shows the success and opens the skill again with the token.
   */
  private async afterLink(result: LinkResult): Promise<LinkOutcome> {
    const user = result.user === undefined ? undefined : this.users.get(result.user);
    if (user === undefined) return result;
    user.lastTrace = result.trace;
    if (result.tokens === undefined) {
      user.log({ who: 'note', text: `linking failed: ${result.trace.outcome}` });
      return result;
    }
    const person = result.context?.person;
    const member = person === undefined ? undefined : user.household.member(person);
    this.tokens.link(member?.personId ?? user.userId, result.tokens);
    user.log({ who: 'note', text: member ? `account linked for ${member.name} (personal link)` : 'account linked' });
    await this.enable(user);
    await this.event(user, 'SkillAccountLinked', { accessToken: result.tokens.accessToken });
    if (result.context?.screen === undefined) return result;
    return { ...result, relaunch: await this.relaunch(user, member?.name) };
  }

  /** The screen shows the success, and Alexa opens the skill on it for whoever linked (LaunchRequest with the token). */
  private async relaunch(user: EmulatedUser, person: string | undefined): Promise<Turn> {
    const { household } = user;
    const notes: string[] = [];
    if (!household.device.screen) notes.push(`the household now talks to the ${household.setDevice('show').label}`);
    if (person !== undefined && household.speaker?.name !== person) {
      household.setSpeaker(person);
      notes.push(`${person} is at the screen: the speaker is now ${person}`);
    }
    user.screen.linked(user.locale, person);
    notes.push(`Alexa opens ${this.options.skillName} again with the new token (LaunchRequest)`);
    const nlu = await this.options.nlu.forLocale(user.locale);
    const turn = await user.conversation.launch(nlu, notes.join('; '));
    turn.screen = user.screen.label();
    recordTurn(user, turn);
    return turn;
  }

  /**
   * What a LinkAccount card does besides the feed: a push notification on the account holder's phone, and on a
   * device with a screen the link prompt with its QR code.
   */
  private showLinkCard(user: EmulatedUser, turn: Turn): void {
    if (turn.card?.type !== 'LinkAccount') return;
    const lines = screenLines(user.locale);
    user.household.notifyLinkAccount(fillScreenLine(lines.notification, { skill: this.options.skillName }));
    if (!user.household.device.screen) return;
    user.screen.showLinkPrompt(user.locale);
    turn.screen = user.screen.label();
  }

  /** Alexa's side of a skill connection the skill asked for; only voice-forward account linking is played. */
  private connect(user: EmulatedUser, directive: StartConnection, nlu: LocaleNlu): ConnectionTask | undefined {
    if (directive.uri !== ASK_FOR_ACCOUNT_LINKING_URI) return undefined;
    return new VoiceForwardLinking({
      nlu,
      skillName: this.options.skillName,
      linking: this.options.linker.config,
      household: user.household,
      input: directive.input,
      link: async () => {
        const result = await this.linkHeadless(user);
        return { linked: result.tokens !== undefined, outcome: result.trace.outcome };
      },
    });
  }

  /**
   * Unlinks in the Alexa app: the tokens are deleted, the account's and every personal link's; Alexa sends no
   * event and calls no revocation endpoint.
   */
  unlink(user: EmulatedUser): boolean {
    const had = this.holders(user)
      .map((holder) => this.tokens.unlink(holder))
      .includes(true);
    user.log({ who: 'note', text: had ? 'account unlinked' : 'not linked' });
    return had;
  }

  /** Forces the access tokens (the account's and personal ones) to expire, so the next request refreshes them. */
  expire(user: EmulatedUser): boolean {
    const done = this.holders(user)
      .map((holder) => this.tokens.expire(holder))
      .includes(true);
    user.log({ who: 'note', text: done ? 'access token expired; the next request refreshes it' : 'not linked' });
    return done;
  }

  /** Revokes the grant at the linked service; Alexa keeps its (now dead) tokens, as it would. */
  async revoke(user: EmulatedUser): Promise<string> {
    const tokens = this.tokens.get(user.userId);
    const revoke = this.options.revoke;
    const message =
      tokens === undefined
        ? 'not linked'
        : revoke === undefined
          ? 'this service offers no revocation'
          : await revoke(tokens);
    user.log({ who: 'note', text: message });
    return message;
  }

  /** One typed utterance from the user. */
  async say(user: EmulatedUser, text: string): Promise<Turn> {
    const nlu = await this.options.nlu.forLocale(user.locale);
    const turn = await user.conversation.say(text, nlu);
    this.showLinkCard(user, turn);
    recordTurn(user, turn);
    return turn;
  }

  /** Ends the open session (SessionEndedRequest); the next utterance starts a new one. */
  async newSession(user: EmulatedUser): Promise<Turn> {
    const turn = await user.conversation.newSession(user.locale);
    recordTurn(user, turn);
    return turn;
  }

  private nameOf(user: EmulatedUser): string {
    for (const [name, candidate] of this.users) if (candidate === user) return name;
    throw new Error('unknown user');
  }
}
