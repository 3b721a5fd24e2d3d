import { createHash, randomBytes } from 'node:crypto';

/** An Amazon account the stand-in knows. */
export interface AmazonAccount {
  email: string;
  password: string;
  name: string;
}

/** The demo Amazon customer the stand-in signs in: the household's account holder. */
export const DEMO_AMAZON_ACCOUNT: AmazonAccount = {
  email: 'alexa.user@example.com',
  password: 'lwa-demo',
  name: 'Alex Example',
};

/** A second Amazon customer, the household member who links a profile of their own. */
export const SECOND_AMAZON_ACCOUNT: AmazonAccount = {
  email: 'sam.user@example.com',
  password: 'lwa-demo-sam',
  name: 'Sam Example',
};

/** An authorization request waiting for sign-in and consent. */
export interface PendingAuthorization {
  id: string;
  clientId: string;
  redirectUri: string;
  scope: string;
  state: string | undefined;
  codeChallenge: string | undefined;
  email?: string;
}

interface Grant {
  email: string;
  clientId: string;
  scope: string;
  redirectUri: string;
  codeChallenge: string | undefined;
  expiresAt: number;
}

interface Token {
  email: string;
  clientId: string;
  scope: string;
  expiresAt: number;
}

/** LWA's token lifetime (1 h), codes live 5 minutes. */
export const LWA_ACCESS_TOKEN_SECONDS = 3600;
const CODE_TTL_MS = 5 * 60_000;

function random(prefix: string, bytes: number): string {
  return `${prefix}${randomBytes(bytes).toString('base64url')}`;
}

/** The stand-in's memory: accounts, pending sign-ins, codes and tokens, with an injectable clock. */
export class LwaState {
  readonly pending = new Map<string, PendingAuthorization>();
  private readonly codes = new Map<string, Grant>();
  private readonly accessTokens = new Map<string, Token>();
  private readonly refreshTokens = new Map<string, Omit<Token, 'expiresAt'>>();

  constructor(
    readonly accounts: AmazonAccount[] = [DEMO_AMAZON_ACCOUNT, SECOND_AMAZON_ACCOUNT],
    readonly now: () => number = Date.now,
  ) {}

  /** LWA's stable, app-scoped customer id for an account: `amzn1.account.…`. */
  userId(email: string): string {
    const digest = createHash('sha256').update(email.toLowerCase()).digest('hex').slice(0, 28).toUpperCase();
    return `amzn1.account.A${digest}`;
  }

  account(email: string, password?: string): AmazonAccount | undefined {
    const account = this.accounts.find((candidate) => candidate.email.toLowerCase() === email.trim().toLowerCase());
    return password === undefined || account?.password === password ? account : undefined;
  }

  startAuthorization(request: Omit<PendingAuthorization, 'id'>): PendingAuthorization {
    const pending = { ...request, id: random('', 24) };
    this.pending.set(pending.id, pending);
    return pending;
  }

  issueCode(pending: PendingAuthorization, email: string): string {
    this.pending.delete(pending.id);
    const code = random('ANemulated', 24);
    const { clientId, scope, redirectUri, codeChallenge } = pending;
    this.codes.set(code, { email, clientId, scope, redirectUri, codeChallenge, expiresAt: this.now() + CODE_TTL_MS });
    return code;
  }

  /** Redeems a code once; undefined when unknown, used, expired, or bound to another client or redirect. */
  redeemCode(code: string, clientId: string, redirectUri: string): Grant | undefined {
    const grant = this.codes.get(code);
    this.codes.delete(code);
    if (grant === undefined || grant.expiresAt < this.now()) return undefined;
    return grant.clientId === clientId && grant.redirectUri === redirectUri ? grant : undefined;
  }

  /** A new token pair (LWA's `Atza|` access and `Atzr|` refresh tokens). */
  issueTokens(email: string, clientId: string, scope: string, refreshToken?: string) {
    const accessToken = random('Atza|', 48);
    this.accessTokens.set(accessToken, {
      email,
      clientId,
      scope,
      expiresAt: this.now() + LWA_ACCESS_TOKEN_SECONDS * 1000,
    });
    const refresh = refreshToken ?? random('Atzr|', 48);
    this.refreshTokens.set(refresh, { email, clientId, scope });
    return { accessToken, refreshToken: refresh };
  }

  refreshGrant(refreshToken: string, clientId: string): Omit<Token, 'expiresAt'> | undefined {
    const grant = this.refreshTokens.get(refreshToken);
    return grant?.clientId === clientId ? grant : undefined;
  }

  /** The token's owner, or why it cannot be used. */
  accessToken(token: string): Token | 'unknown' | 'expired' {
    const found = this.accessTokens.get(token);
    if (found === undefined) return 'unknown';
    return found.expiresAt <= this.now() ? 'expired' : found;
  }

  /** Who holds a token (access or refresh), ignoring expiry. */
  ownerOf(token: string): { email: string; clientId: string } | undefined {
    return this.accessTokens.get(token) ?? this.refreshTokens.get(token);
  }

  /** Stand-in only: forgets every token of the account for the client (what "Remove app access" does). */
  revokeAccount(email: string, clientId: string): number {
    let count = 0;
    for (const map of [this.accessTokens, this.refreshTokens] as Map<string, { email: string; clientId: string }>[]) {
      for (const [token, owner] of map) {
        if (owner.email === email && owner.clientId === clientId) count += Number(map.delete(token));
      }
    }
    return count;
  }
}
