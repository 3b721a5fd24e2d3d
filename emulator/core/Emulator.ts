import type { RequestEnvelope } from 'ask-sdk-model';
import { envelope, skillEvent } from '../alexa/envelopes';
import type { ConnectionTask, StartConnection } from '../conversation/connections';
import type { Exchange, SkillInvoker, Turn } from '../conversation/types';
import type { AccountLinker, LinkResult } from '../linking/AccountLinker';
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
  /** The login the headless `.link` types in. */
  demoCredentials: Credentials;
  /** The Amazon account the emulated Alexa app is signed in with (the default user's), for app-to-app linking. */
  amazonAccount?: string;
  defaultLocale?: string;
  now?: () => number;
}

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
    const user: EmulatedUser = new EmulatedUser(this.options.skillId, this.options.defaultLocale ?? 'en-US', {
      invoke: (request) => this.options.invoke(request),
      prepare: async () => {
        const fresh = await this.tokens.fresh(user.userId);
        const identity = { ...user.identity, person: user.household.person(), accessToken: fresh.accessToken };
        return { identity, notes: fresh.notes };
      },
      onExchange: (exchange) => this.recordExchange(user, exchange),
      connect: (directive, nlu) => this.connect(user, directive, nlu),
    });
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
    this.tokens.unlink(user.userId);
    user.conversation.reset();
    user.enabled = false;
    await this.event(user, 'SkillDisabled', { userInformationPersistenceStatus: 'NOT_PERSISTED' });
  }

  /**
   * Starts linking: the authorization URL to send the browser to; `authorizationUrl` is our app's link instead of
   * the web page when the phone has the app (`authorizationUrlsByPlatform`).
   */
  startLink(user: EmulatedUser, authorizationUrl?: string, via: 'browser' | 'headless' = 'browser'): string {
    return this.options.linker.begin(this.nameOf(user), via, authorizationUrl).url;
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

  /** Handles the redirect back from the authorization server; links the user when the exchange works. */
  async completeLink(callbackUrl: string): Promise<LinkResult> {
    const result = await this.options.linker.complete(callbackUrl);
    return this.afterLink(result);
  }

  /** Links without a browser, through the real login and consent pages (the demo rider by default). */
  async linkHeadless(user: EmulatedUser, credentials = this.options.demoCredentials): Promise<LinkResult> {
    return this.afterLink(await this.options.linker.linkHeadless(this.nameOf(user), credentials));
  }

  private async afterLink(result: LinkResult): Promise<LinkResult> {
    const user = result.user === undefined ? undefined : this.users.get(result.user);
    if (user === undefined) return result;
    user.lastTrace = result.trace;
    if (result.tokens === undefined) {
      user.log({ who: 'note', text: `linking failed: ${result.trace.outcome}` });
      return result;
    }
    this.tokens.link(user.userId, result.tokens);
    user.log({ who: 'note', text: 'account linked' });
    await this.enable(user);
    await this.event(user, 'SkillAccountLinked', { accessToken: result.tokens.accessToken });
    return result;
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

  /** Unlinks in the Alexa app: the tokens are deleted; Alexa sends no event and calls no revocation endpoint. */
  unlink(user: EmulatedUser): boolean {
    const had = this.tokens.unlink(user.userId);
    user.log({ who: 'note', text: had ? 'account unlinked' : 'not linked' });
    return had;
  }

  /** Forces the access token to expire, so the next request refreshes it. */
  expire(user: EmulatedUser): boolean {
    const done = this.tokens.expire(user.userId);
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
