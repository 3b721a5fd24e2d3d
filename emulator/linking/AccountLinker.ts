import { type AuthorizationRequest, buildAuthorizationRequest } from './authorization';
import type { LinkingConfig } from './config';
import { redirectedWithError, refusedAuthorization } from './diagnosis';
import { authorizeHeadless, type Credentials, HeadlessLoginError, type LoginForm } from './headlessBrowser';
import { pageSummary } from './htmlForms';
import { preview } from './redact';
import { probeOtherScheme } from './schemeProbe';
import { callTokenEndpoint, type TokenCall } from './tokenEndpoint';
import type { TokenSet } from './tokenRules';
import { type LinkTrace, newTrace } from './trace';

/**
 * What the caller attached to an attempt at `begin` (opaque to the linker, handed back with the result): the
 * household member a personal link is for, and the screen prompt the attempt started from and where.
 */
export interface LinkContext {
  person?: string;
  screen?: string;
  /** Signed in in the device's own browser ("Sign in using this device"), not on the phone. */
  onDevice?: boolean;
}

/** The outcome of one linking attempt: for whom (the caller's user key), the trace, and the tokens when it worked. */
export interface LinkResult {
  user: string | undefined;
  context?: LinkContext;
  trace: LinkTrace;
  tokens?: TokenSet;
}

interface Pending {
  user: string;
  context: LinkContext | undefined;
  request: AuthorizationRequest;
  trace: LinkTrace;
  createdAt: number;
}

/** How the linker behaves beyond the file's settings. */
export interface LinkerOptions {
  /** How long the token endpoint may take (default Alexa's 4.5 s). */
  timeoutMs?: number;
  now?: () => number;
  /** The skill's name, as Alexa's failure message says it. */
  skillName?: string;
  /** Where the headless form filler finds the login and consent controls on the server's pages. */
  loginForm?: LoginForm;
  /** Replaces the global fetch for the login pages and the token endpoint alike. */
  fetch?: typeof fetch;
}

/** Why headless linking cannot start without a login. */
const NO_LOGIN =
  'headless linking needs a login to type in: give --login-username and --login-password (or link in the browser)';

/** How long a started authorization waits for its redirect back. */
const PENDING_TTL_MS = 10 * 60_000;

/**
 * Alexa's side of the authorization-code grant: starts authorizations with a fresh `state` (and PKCE), takes
 * the redirect back, rejects a missing or unknown `state`, and exchanges the code at the token URL.
 */
export class AccountLinker {
  private readonly pending = new Map<string, Pending>();

  constructor(
    readonly config: LinkingConfig,
    readonly redirectUri: string,
    private readonly options: LinkerOptions = {},
  ) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  /**
   * Starts linking for a user: the authorization URL to open. The `state` is single-use. `authorizationUrl`
   * replaces the web one, as the Alexa app does with `authorizationUrlsByPlatform` when our app is installed.
   */
  begin(
    user: string,
    via: LinkTrace['via'],
    context?: LinkContext,
    authorizationUrl = this.config.authorizationUrl,
  ): AuthorizationRequest {
    for (const [state, entry] of this.pending)
      if (this.now() - entry.createdAt > PENDING_TTL_MS) this.pending.delete(state);
    const request = buildAuthorizationRequest({ ...this.config, authorizationUrl }, this.redirectUri);
    const trace = newTrace(via, this.options.skillName);
    trace.authorizationUrl = request.url;
    trace.pkce = request.codeVerifier !== undefined;
    this.pending.set(request.state, { user, context, request, trace, createdAt: this.now() });
    return request;
  }

  /** Handles the redirect to `/api/skill/link/<vendorId>`: checks `state`, then exchanges the code. */
  async complete(callbackUrl: string): Promise<LinkResult> {
    const params = new URL(callbackUrl).searchParams;
    const state = params.get('state');
    const entry = state === null ? undefined : this.pending.get(state);
    if (state !== null) this.pending.delete(state);
    const trace = entry?.trace ?? newTrace('browser', this.options.skillName);
    const code = params.get('code');
    const shownCode = code === null ? 'no code' : `code=${preview(code)}`;
    if (state === null) {
      trace.callback = `${shownCode}, no state`;
      return this.fail(undefined, trace, 'the redirect carries no state (Alexa reports errorKey=missing-state)');
    }
    if (entry === undefined) {
      trace.callback = `${shownCode}, state=${preview(state)}`;
      return this.fail(
        undefined,
        trace,
        'the state matches no authorization the emulator started (wrong, altered or reused state)',
      );
    }
    trace.callback = `${shownCode}, state matches`;
    const error = params.get('error');
    if (error !== null) {
      trace.redirectError = error;
      const description = params.get('error_description') ?? undefined;
      return this.fail(entry, trace, redirectedWithError(error, description, this.redirectUri));
    }
    if (code === null) return this.fail(entry, trace, 'the redirect carries no code');
    return this.exchange(entry, trace, code, entry.request.redirectUri, entry.request.codeVerifier);
  }

  /**
   * Redeems a code the skill's own backend issued and handed to the Skill Enablement API (app-to-app linking
   * from the skill's app): no redirect and no `state`, the same token call and rules as every other link.
   * @see https://developer.amazon.com/docs/account-linking/your-app-to-alexa-step6.html
   */
  redeem(user: string, code: string, redirectUri: string): Promise<LinkResult> {
    const trace = newTrace('enablement-api', this.options.skillName);
    trace.callback = `code=${preview(code)} in accountLinkRequest, redirectUri ${redirectUri}`;
    return this.exchange({ user, context: undefined }, trace, code, redirectUri, undefined);
  }

  private async exchange(
    from: { user: string; context: LinkContext | undefined },
    trace: LinkTrace,
    code: string,
    redirectUri: string,
    codeVerifier: string | undefined,
  ): Promise<LinkResult> {
    const grant: Record<string, string> = { grant_type: 'authorization_code', code, redirect_uri: redirectUri };
    if (codeVerifier !== undefined) grant.code_verifier = codeVerifier;
    trace.token = await callTokenEndpoint(this.config, grant, this.options);
    const { tokens, status, oauthError } = trace.token;
    if (tokens === undefined && (status === 401 || oauthError?.error === 'invalid_client')) {
      const probe = await probeOtherScheme(this.config, redirectUri, this.options);
      if (probe !== undefined) trace.token.checks.push(probe);
    }
    if (tokens === undefined) return this.fail(from, trace, 'the token response breaks the rules marked ✗ above');
    trace.linked = true;
    trace.outcome = `linked; the access token lives ${tokens.expiresInSeconds ?? 'forever'} s (${tokens.expirySource})`;
    return { user: from.user, ...(from.context ? { context: from.context } : {}), trace, tokens };
  }

  /**
   * Links without a browser: the headless client logs in, allows, and its redirect is completed here. Without
   * credentials it explains how to give them.
   */
  async linkHeadless(user: string, credentials: Credentials | undefined, context?: LinkContext): Promise<LinkResult> {
    const request = this.begin(user, 'headless', context);
    const { trace } = this.pending.get(request.state) as Pending;
    if (credentials === undefined) {
      this.pending.delete(request.state);
      return this.fail({ user, context }, trace, NO_LOGIN);
    }
    try {
      const callback = await authorizeHeadless(
        request.url,
        this.redirectUri,
        credentials,
        trace.pages,
        this.options.loginForm,
        this.options.fetch,
      );
      return await this.complete(callback);
    } catch (error) {
      this.pending.delete(request.state);
      return this.fail({ user, context }, trace, this.headlessFailure(error));
    }
  }

  /**
   * Checks a started authorization the way a browser would first meet it (one GET, no cookies): an error page
   * there would strand the user, so it ends the attempt with the reason instead. Undefined when the server
   * shows its pages.
   */
  async check(state: string): Promise<LinkResult | undefined> {
    const entry = this.pending.get(state);
    if (entry === undefined) return undefined;
    let response: Response;
    try {
      response = await fetch(entry.request.url, { redirect: 'manual', signal: AbortSignal.timeout(5000) });
    } catch (error) {
      this.pending.delete(state);
      const reason = `${(error as Error).message} ${(error as { cause?: Error }).cause?.message ?? ''}`.trim();
      return this.fail(
        entry,
        entry.trace,
        `the authorization server does not answer (${reason}): start it, or correct authorizationUrl`,
      );
    }
    const html = await response.text();
    if (response.status < 400) return undefined;
    this.pending.delete(state);
    entry.trace.pages.push(`GET ${entry.trace.authorizationUrl ?? ''} → ${response.status}`);
    const message = pageSummary(html) ?? 'no message';
    return this.fail(entry, entry.trace, refusedAuthorization(response.status, message, this.redirectUri));
  }

  private headlessFailure(error: unknown): string {
    if (!(error instanceof HeadlessLoginError)) return `the login pages failed: ${(error as Error).message}`;
    const refused = error.refused;
    if (refused === undefined || !refused.atAuthorization) return error.message;
    return refusedAuthorization(refused.status, refused.message, this.redirectUri);
  }

  /** Alexa's refresh: `grant_type=refresh_token` with the same client authentication. */
  refresh(refreshToken: string): Promise<TokenCall> {
    return callTokenEndpoint(this.config, { grant_type: 'refresh_token', refresh_token: refreshToken }, this.options);
  }

  private fail(
    from: { user: string; context: LinkContext | undefined } | undefined,
    trace: LinkTrace,
    outcome: string,
  ): LinkResult {
    trace.linked = false;
    trace.outcome = outcome;
    return { user: from?.user, ...(from?.context ? { context: from.context } : {}), trace };
  }
}
