import { type AuthorizationRequest, buildAuthorizationRequest } from './authorization';
import type { LinkingConfig } from './config';
import { authorizeHeadless, type Credentials, HeadlessLoginError } from './headlessBrowser';
import { preview } from './redact';
import { callTokenEndpoint, type TokenCall } from './tokenEndpoint';
import type { TokenSet } from './tokenRules';
import { type LinkTrace, newTrace } from './trace';

/** The outcome of one linking attempt: for whom (the caller's user key), the trace, and the tokens when it worked. */
export interface LinkResult {
  user: string | undefined;
  trace: LinkTrace;
  tokens?: TokenSet;
}

interface Pending {
  user: string;
  request: AuthorizationRequest;
  trace: LinkTrace;
  createdAt: number;
}

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
    /** `fetch` replaces the global fetch for the login pages and the token endpoint alike. */
    private readonly options: { timeoutMs?: number; now?: () => number; fetch?: typeof fetch } = {},
  ) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** Starts linking for a user: the authorization URL to open. The `state` is single-use. */
  begin(user: string, via: LinkTrace['via']): AuthorizationRequest {
    for (const [state, entry] of this.pending)
      if (this.now() - entry.createdAt > PENDING_TTL_MS) this.pending.delete(state);
    const request = buildAuthorizationRequest(this.config, this.redirectUri);
    const trace = newTrace(via);
    trace.authorizationUrl = request.url;
    trace.pkce = request.codeVerifier !== undefined;
    this.pending.set(request.state, { user, request, trace, createdAt: this.now() });
    return request;
  }

  /** Handles the redirect to `/api/skill/link/<vendorId>`: checks `state`, then exchanges the code. */
  async complete(callbackUrl: string): Promise<LinkResult> {
    const params = new URL(callbackUrl).searchParams;
    const state = params.get('state');
    const entry = state === null ? undefined : this.pending.get(state);
    if (state !== null) this.pending.delete(state);
    const trace = entry?.trace ?? newTrace('browser');
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
      const description = params.get('error_description');
      return this.fail(
        entry.user,
        trace,
        `the server redirected with error=${error}${description ? ` (${description})` : ''}`,
      );
    }
    if (code === null) return this.fail(entry.user, trace, 'the redirect carries no code');
    const grant: Record<string, string> = {
      grant_type: 'authorization_code',
      code,
      redirect_uri: entry.request.redirectUri,
    };
    if (entry.request.codeVerifier !== undefined) grant.code_verifier = entry.request.codeVerifier;
    trace.token = await callTokenEndpoint(this.config, grant, this.options);
    const { tokens } = trace.token;
    if (tokens === undefined) return this.fail(entry.user, trace, 'the token response breaks the rules marked ✗ above');
    trace.linked = true;
    trace.outcome = `linked; the access token lives ${tokens.expiresInSeconds ?? 'forever'} s (${tokens.expirySource})`;
    return { user: entry.user, trace, tokens };
  }

  /** Links without a browser: the headless client logs in, allows, and its redirect is completed here. */
  async linkHeadless(user: string, credentials: Credentials): Promise<LinkResult> {
    const request = this.begin(user, 'headless');
    const { trace } = this.pending.get(request.state) as Pending;
    try {
      const callback = await authorizeHeadless(
        request.url,
        this.redirectUri,
        credentials,
        trace.pages,
        this.options.fetch,
      );
      return await this.complete(callback);
    } catch (error) {
      this.pending.delete(request.state);
      const message =
        error instanceof HeadlessLoginError ? error.message : `the login pages failed: ${(error as Error).message}`;
      return this.fail(user, trace, message);
    }
  }

  /** Alexa's refresh: `grant_type=refresh_token` with the same client authentication. */
  refresh(refreshToken: string): Promise<TokenCall> {
    return callTokenEndpoint(this.config, { grant_type: 'refresh_token', refresh_token: refreshToken }, this.options);
  }

  private fail(user: string | undefined, trace: LinkTrace, outcome: string): LinkResult {
    trace.linked = false;
    trace.outcome = outcome;
    return { user, trace };
  }
}
