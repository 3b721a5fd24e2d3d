import { createHash, randomBytes } from 'node:crypto';
import type { AppBackend, AppSettings, BackendAnswer } from './backend';
import { appCatalog } from './i18n';

/** How the app gets the rider's Amazon code: the Alexa app, or LWA in a browser tab when there is no Alexa app. */
export type LinkVia = 'alexa-app' | 'lwa';

/** Who is signed in to the app, and the app's tokens (kept on the phone, never shown). */
interface AppSession {
  accessToken: string;
  refreshToken: string | undefined;
  name: string;
  email: string;
}

/** What came of one step the app took; `message` is for the rider, in the phone's language. */
export type AppOutcome<T> = ({ ok: true } & T) | { ok: false; status: number; message: string; error?: string };

/** The app's answer when the Amazon code came back: linked (with the Alexa region), or why not. */
export type LinkAttempt = AppOutcome<{ endpoint: string }> & { via?: LinkVia };

const PKCE_BYTES = 32;

function pkce(): { verifier: string; challenge: string } {
  const verifier = randomBytes(PKCE_BYTES).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

function text(body: Record<string, unknown>, key: string): string | undefined {
  const value = body[key];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The Ride Hailer mobile app on one emulated phone, doing what a real app does with our service: its own sign-in
 * (authorization code + PKCE as a public client), answering Alexa's request that opened its link (app-to-app
 * from the Alexa app), "Link with Alexa" through the Alexa app or LWA (app-to-app from the app), status and
 * unlink. Each `state` it starts is single-use; an answer with another state is ignored.
 */
export class RideHailerApp {
  /** Whether the phone has the app, so the Alexa app opens it (`authorizationUrlsByPlatform`). */
  installed = false;
  private session: AppSession | undefined;
  private readonly signIns = new Map<string, { verifier: string; returnTo: string }>();
  private readonly alexaLinks = new Map<string, { verifier: string; via: LinkVia }>();

  constructor(
    private readonly backend: AppBackend,
    /** The phone's locale, e.g. `de-DE`: the app's screens and the service's messages follow it. */
    readonly locale: () => string,
  ) {}

  get settings(): AppSettings {
    return this.backend.settings;
  }

  /** The signed-in rider, if any. */
  get rider(): { name: string; email: string } | undefined {
    return this.session && { name: this.session.name, email: this.session.email };
  }

  private failure(answer: BackendAnswer): { ok: false; status: number; message: string; error?: string } {
    const message = text(answer.body, 'message') ?? appCatalog(this.locale()).genericError;
    return { ok: false, status: answer.status, message, error: text(answer.body, 'error') };
  }

  /** Starts the app's sign-in: the authorization URL for a browser tab; the rider comes back to `returnTo`. */
  startSignIn(returnTo = '/app/'): string {
    const state = randomBytes(24).toString('base64url');
    const { verifier, challenge } = pkce();
    this.signIns.set(state, { verifier, returnTo });
    const url = new URL(this.settings.authorizationUrl);
    url.search = new URLSearchParams({
      client_id: this.settings.clientId,
      response_type: 'code',
      scope: 'profile rides:read rides:write',
      redirect_uri: this.settings.signInRedirectUri,
      state,
      code_challenge: challenge,
      code_challenge_method: 'S256',
      ui_locales: this.locale(),
    }).toString();
    return url.toString();
  }

  /** The redirect back to the app's sign-in link: redeem the code with the verifier, then read who signed in. */
  async completeSignIn(callbackUrl: string): Promise<AppOutcome<{ returnTo: string }>> {
    const params = new URL(callbackUrl).searchParams;
    const pending = this.signIns.get(params.get('state') ?? '');
    this.signIns.delete(params.get('state') ?? '');
    const catalog = appCatalog(this.locale());
    if (pending === undefined) return { ok: false, status: 400, message: catalog.wrongState };
    const code = params.get('code');
    if (code === null)
      return { ok: false, status: 400, message: catalog.genericError, error: params.get('error') ?? undefined };
    const answer = await this.backend.token({
      grant_type: 'authorization_code',
      code,
      redirect_uri: this.settings.signInRedirectUri,
      code_verifier: pending.verifier,
    });
    const accessToken = text(answer.body, 'access_token');
    if (answer.status !== 200 || accessToken === undefined) return this.failure(answer);
    const me = await this.backend.api('/v1/me', accessToken, this.locale());
    this.session = {
      accessToken,
      refreshToken: text(answer.body, 'refresh_token'),
      name: text(me.body, 'name') ?? '',
      email: text(me.body, 'email') ?? '',
    };
    return { ok: true, returnTo: pending.returnTo };
  }

  /** Forgets the app's tokens. */
  signOut(): void {
    this.session = undefined;
  }

  /** A `/v1` call with the app's token; an expired token is refreshed once (the refresh token rotates). */
  private async authorized(path: string, init: { method?: string; body?: unknown } = {}): Promise<BackendAnswer> {
    const session = this.session;
    if (session === undefined) return { status: 401, body: { error: 'invalid_token' } };
    const first = await this.backend.api(path, session.accessToken, this.locale(), init);
    if (first.status !== 401 || session.refreshToken === undefined) return first;
    const refreshed = await this.backend.token({ grant_type: 'refresh_token', refresh_token: session.refreshToken });
    const accessToken = text(refreshed.body, 'access_token');
    if (refreshed.status !== 200 || accessToken === undefined) {
      this.session = undefined;
      return first;
    }
    session.accessToken = accessToken;
    session.refreshToken = text(refreshed.body, 'refresh_token') ?? session.refreshToken;
    return this.backend.api(path, accessToken, this.locale(), init);
  }

  /**
   * App-to-app from the Alexa app: the rider's answer to Alexa's request (the query the app link was opened
   * with). The backend checks the request and issues the code; the app opens the returned `location`.
   */
  async answerAlexa(query: URLSearchParams, decision: 'allow' | 'deny'): Promise<AppOutcome<{ location: string }>> {
    const body: Record<string, string> = { decision };
    for (const key of [
      'client_id',
      'response_type',
      'scope',
      'state',
      'redirect_uri',
      'code_challenge',
      'code_challenge_method',
    ]) {
      const value = query.get(key);
      if (value !== null) body[key] = value;
    }
    const answer = await this.authorized('/v1/mobile/alexa/authorizations', { method: 'POST', body });
    const location = text(answer.body, 'location');
    return answer.status === 200 && location !== undefined ? { ok: true, location } : this.failure(answer);
  }

  /**
   * App-to-app from the app: the URL that asks for the rider's Amazon authorization code, the Alexa app's consent
   * page (a universal link) or LWA's page, with scope `alexa::skills:account_linking`, a fresh state and PKCE.
   * @see https://developer.amazon.com/docs/account-linking/your-app-to-alexa-step4.html
   */
  startLinkWithAlexa(via: LinkVia): string {
    const state = randomBytes(24).toString('base64url');
    const { verifier, challenge } = pkce();
    this.alexaLinks.set(state, { verifier, via });
    const url = new URL(via === 'alexa-app' ? this.settings.alexaAppConsentUrl : this.settings.lwaAuthorizationUrl);
    const params = new URLSearchParams({
      ...(via === 'alexa-app' ? { fragment: 'skill-account-linking-consent' } : {}),
      client_id: this.settings.skillClientId,
      scope: 'alexa::skills:account_linking',
      ...(via === 'alexa-app' ? { skill_stage: this.settings.skillStage } : {}),
      response_type: 'code',
      redirect_uri: this.settings.alexaRedirectUri,
      state,
      code_challenge: challenge,
      code_challenge_method: 'S256',
    });
    url.search = params.toString();
    return url.toString();
  }

  /** The Amazon code came back to the app link: check the state, then let the backend link (201 = linked). */
  async completeLinkWithAlexa(returnUrl: string): Promise<LinkAttempt> {
    const params = new URL(returnUrl).searchParams;
    const state = params.get('state') ?? '';
    const pending = this.alexaLinks.get(state);
    this.alexaLinks.delete(state);
    const catalog = appCatalog(this.locale());
    if (pending === undefined) return { ok: false, status: 400, message: catalog.wrongState, error: 'wrong_state' };
    const code = params.get('code');
    if (code === null) {
      const error = params.get('error') ?? 'no_code';
      const message = error === 'access_denied' ? catalog.deniedBody : catalog.genericError;
      return { ok: false, status: 400, message, error, via: pending.via };
    }
    const answer = await this.authorized('/v1/mobile/alexa/link', {
      method: 'POST',
      body: { code, redirect_uri: this.settings.alexaRedirectUri, code_verifier: pending.verifier },
    });
    const endpoint = text(answer.body, 'endpoint');
    if (answer.status === 201 && endpoint !== undefined) return { ok: true, endpoint, via: pending.via };
    return { ...this.failure(answer), via: pending.via };
  }

  /** The link state as the backend reports it. */
  linkStatus(): Promise<BackendAnswer> {
    return this.authorized('/v1/mobile/alexa/link');
  }

  /** Unlinks from the app: the backend disables the skill at Alexa and revokes its grants. */
  async unlink(): Promise<AppOutcome<{ alexa: string; message?: string }>> {
    const answer = await this.authorized('/v1/mobile/alexa/link', { method: 'DELETE' });
    const alexa = text(answer.body, 'alexa');
    if (answer.status !== 200 || alexa === undefined) return this.failure(answer);
    return { ok: true, alexa, message: text(answer.body, 'message') };
  }
}
