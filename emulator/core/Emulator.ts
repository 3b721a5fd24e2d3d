import type { RequestEnvelope } from 'ask-sdk-model';
import { envelope, skillEvent } from '../alexa/envelopes';
import type { ConnectionTask, StartConnection } from '../conversation/connections';
import type { Exchange, SkillInvoker, Turn } from '../conversation/types';
import type { AccountLinker, LinkResult } from '../linking/AccountLinker';
import { type LinkOutcome, ScreenDeviceLinking } from '../linking/flows/screenDeviceLinking';
import { ASK_FOR_ACCOUNT_LINKING_URI, VoiceForwardLinking } from '../linking/flows/voiceForward';
import type { Credentials } from '../linking/headlessBrowser';
import type { LocaleNlu } from '../nlu/LocaleNlu';
import type { Nlu } from '../nlu/Nlu';
import type { SkillEventType } from '../skill/skillPackage';
import type { LinkedTokens } from '../tokens/rules';
import { TokenKeeper } from '../tokens/TokenKeeper';
import { EmulatedUser } from './EmulatedUser';
import { identityFor, linkHolders } from './requestIdentity';
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
  /** The login the headless `.link` types in (the account holder's); without one, headless linking explains how to give it. */
  demoCredentials: Credentials | undefined;
  /** The Amazon account the emulated Alexa app is signed in with (the default user's), for app-to-app linking. */
  amazonAccount?: string;
  /** The login each household member's headless sign-in types in, by name; demoCredentials for anyone else. */
  memberLogins?: Readonly<Record<string, Credentials>>;
  /** The household's members; the first holds the account (default Alex and Sam). */
  household?: readonly string[];
  /** Where the emulated Alexa app is served: the QR code on the screen device links there. */
  appUrl?: string;
  /** Whether the skill asks for personalization (`alexa::person_id:read`): personal links and the profile picker. */
  personalization?: boolean;
  /** The skill events the manifest subscribes to; Alexa sends no others (default: all three). */
  events?: ReadonlySet<SkillEventType>;
  defaultLocale?: string;
  now?: () => number;
}

export type { LinkOutcome } from '../linking/flows/screenDeviceLinking';

/**
 * Alexa's side of an account-linked skill, for emulated users: enablement and skill events, account linking,
 * the token store with refresh, and conversations with the real skill handler.
 */
export class Emulator {
  readonly tokens: TokenKeeper;
  private readonly users = new Map<string, EmulatedUser>();
  private readonly listeners = new Set<(exchange: Exchange) => void>();

  /** The ways in of a device with a screen: QR code, "Sign in using this device", profile picker. */
  readonly screens: ScreenDeviceLinking;

  constructor(readonly options: EmulatorOptions) {
    this.tokens = new TokenKeeper((refreshToken) => options.linker.refresh(refreshToken), options.now);
    this.screens = new ScreenDeviceLinking({
      linker: options.linker,
      skillName: options.skillName,
      demoCredentials: options.demoCredentials,
      memberLogins: options.memberLogins,
      nlu: (locale) => options.nlu.forLocale(locale),
      keyOf: (user) => this.nameOf(user),
      finish: (result) => this.afterLink(result),
    });
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
        prepare: () => identityFor(this.tokens, user),
        onExchange: (exchange) => this.recordExchange(user, exchange),
        connect: (directive, nlu) => this.connect(user, directive, nlu),
      },
      { members: options.household, screen },
    );
    this.users.set(name, user);
    return user;
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
  private async event(user: EmulatedUser, type: SkillEventType, body?: Record<string, unknown>) {
    if (this.options.events !== undefined && !this.options.events.has(type)) {
      user.log({ who: 'note', text: `AlexaSkillEvent.${type} not sent: skill.json does not subscribe to it` });
      return;
    }
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
    for (const holder of linkHolders(user)) this.tokens.unlink(holder);
    user.conversation.reset();
    user.enabled = false;
    await this.event(user, 'SkillDisabled', { userInformationPersistenceStatus: 'NOT_PERSISTED' });
  }

  /**
   * Starts linking: the authorization URL to send the browser to; `authorizationUrl` is our app's link instead of
   * the web page when the phone has the app (`authorizationUrlsByPlatform`).
   */
  startLink(user: EmulatedUser, authorizationUrl?: string, via: 'browser' | 'headless' = 'browser'): string {
    return this.options.linker.begin(this.nameOf(user), via, undefined, authorizationUrl).url;
  }

  /**
   * Checks a started web authorization as the browser would first meet it: when the authorization server answers
   * with an error page (an unregistered redirect URI, an unknown client), the attempt ends here with the reason,
   * instead of stranding the user on that page. Undefined when the server shows its pages (or `url` is an app's link).
   */
  async checkLinkStart(url: string): Promise<LinkOutcome | undefined> {
    if (!url.startsWith(this.options.linker.config.authorizationUrl)) return undefined;
    const state = new URL(url).searchParams.get('state');
    const refused = state === null ? undefined : await this.options.linker.check(state);
    return refused === undefined ? undefined : this.afterLink(refused);
  }

  /** The emulated user signed in to the Alexa app with an Amazon account (only the default user has one). */
  userOfAmazonAccount(email: string): EmulatedUser | undefined {
    const account = this.options.amazonAccount;
    return account !== undefined && account.toLowerCase() === email.toLowerCase() ? this.user() : undefined;
  }

  /** Links with a code the skill's backend issued, as the Skill Enablement API does (app-to-app from its app). */
  async linkWithCode(user: EmulatedUser, code: string, redirectUri: string): Promise<LinkResult> {
    return this.afterLink(await this.options.linker.redeem(this.nameOf(user), code, redirectUri));
  }

  /**
   * Starts browser linking from the QR code of a link prompt on the screen device (`screen` names the prompt); a
   * prompt no longer on the screen throws StalePromptError.
   */
  startLinkFromQr(user: EmulatedUser, screen: string): string {
    return this.screens.startFromQr(user, screen);
  }

  /** Handles the redirect back from the authorization server; links the user when the exchange works. */
  async completeLink(callbackUrl: string): Promise<LinkOutcome> {
    const result = await this.options.linker.complete(callbackUrl);
    return this.afterLink(result);
  }

  /** Links without a browser, through the real login and consent pages (the demo rider by default). */
  async linkHeadless(
    user: EmulatedUser,
    credentials: Credentials | undefined = this.options.demoCredentials,
  ): Promise<LinkOutcome> {
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
    return { ...result, relaunch: await this.screens.relaunch(user, member?.name) };
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
    const had = linkHolders(user)
      .map((holder) => this.tokens.unlink(holder))
      .includes(true);
    user.log({ who: 'note', text: had ? 'account unlinked' : 'not linked' });
    return had;
  }

  /** Forces the access tokens (the account's and personal ones) to expire, so the next request refreshes them. */
  expire(user: EmulatedUser): boolean {
    const done = linkHolders(user)
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
    this.screens.showLinkCard(user, turn);
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
