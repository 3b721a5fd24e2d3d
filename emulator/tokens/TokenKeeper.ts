import type { TokenCall } from '../linking/tokenEndpoint';
import type { TokenSet } from '../linking/tokenRules';
import { isExpired, type LinkedTokens, linkedTokens, refreshedTokens } from './rules';

/** The access token for the next request, and what happened to get it. */
export interface FreshToken {
  accessToken: string | undefined;
  notes: string[];
  /** The refresh call, when one was made (for the trace panel). */
  refresh?: TokenCall;
}

/**
 * Alexa's token store: one set of tokens per emulated Alexa user. Before each skill request an expired access
 * token is refreshed; `invalid_grant` unlinks the user, so the request goes without a token. Any other refresh
 * failure keeps the link and sends the expired token (the skill then sees a 401 and asks to relink); whether
 * Alexa drops or keeps the token in that case is not documented.
 */
export class TokenKeeper {
  private readonly users = new Map<string, LinkedTokens>();
  private readonly inFlight = new Map<string, Promise<FreshToken>>();

  constructor(
    private readonly refresh: (refreshToken: string) => Promise<TokenCall>,
    private readonly now: () => number = Date.now,
  ) {}

  /** Stores the tokens of a successful link. */
  link(userId: string, tokens: TokenSet): LinkedTokens {
    const linked = linkedTokens(tokens, this.now());
    this.users.set(userId, linked);
    return linked;
  }

  /** Forgets the user's tokens. */
  unlink(userId: string): boolean {
    return this.users.delete(userId);
  }

  /** The user's tokens, if linked. */
  get(userId: string): LinkedTokens | undefined {
    return this.users.get(userId);
  }

  /** Makes the access token expire now, so the next request refreshes it. */
  expire(userId: string): boolean {
    const tokens = this.users.get(userId);
    if (tokens === undefined) return false;
    this.users.set(userId, { ...tokens, expiresAt: this.now() - 1 });
    return true;
  }

  /** The access token to send, refreshed first when it has expired. Concurrent callers share one refresh. */
  fresh(userId: string): Promise<FreshToken> {
    const running = this.inFlight.get(userId);
    if (running !== undefined) return running;
    const next = this.freshen(userId).finally(() => this.inFlight.delete(userId));
    this.inFlight.set(userId, next);
    return next;
  }

  private async freshen(userId: string): Promise<FreshToken> {
    const tokens = this.users.get(userId);
    if (tokens === undefined) return { accessToken: undefined, notes: [] };
    if (!isExpired(tokens, this.now())) return { accessToken: tokens.accessToken, notes: [] };
    if (tokens.refreshToken === undefined) {
      this.users.delete(userId);
      return { accessToken: undefined, notes: ['the access token expired and there is no refresh token: unlinked'] };
    }
    const call = await this.refresh(tokens.refreshToken);
    if (call.tokens !== undefined) {
      const refreshed = refreshedTokens(tokens, call.tokens, this.now());
      this.users.set(userId, refreshed);
      const rotated = call.tokens.refreshToken !== undefined && call.tokens.refreshToken !== tokens.refreshToken;
      const note = `refreshed the expired access token (refresh #${refreshed.refreshCount}${rotated ? ', refresh token rotated' : ''})`;
      return { accessToken: refreshed.accessToken, notes: [note], refresh: call };
    }
    if (call.oauthError?.error === 'invalid_grant') {
      this.users.delete(userId);
      const note = 'refresh failed with invalid_grant: the user is unlinked and the request goes without a token';
      return { accessToken: undefined, notes: [note], refresh: call };
    }
    const failed = call.checks.filter((check) => !check.ok && check.severity === 'error').map((check) => check.message);
    const note = `refresh failed (${failed.join('; ')}): the expired token is sent; the next request tries again`;
    return { accessToken: tokens.accessToken, notes: [note], refresh: call };
  }
}
