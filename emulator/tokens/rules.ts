import type { TokenSet } from '../linking/tokenRules';

/** What Alexa holds for a linked user. */
export interface LinkedTokens {
  accessToken: string;
  refreshToken: string | undefined;
  tokenType: string;
  scope: string | undefined;
  /** Epoch ms when the access token expires; undefined when neither the response nor the file gave a lifetime. */
  expiresAt: number | undefined;
  expirySource: TokenSet['expirySource'];
  linkedAt: number;
  refreshedAt: number | undefined;
  refreshCount: number;
}

/** The tokens right after linking; expiry from `expires_in`, else `defaultTokenExpirationInSeconds`. */
export function linkedTokens(tokens: TokenSet, now: number): LinkedTokens {
  return {
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    tokenType: tokens.tokenType,
    scope: tokens.scope,
    expiresAt: tokens.expiresInSeconds === undefined ? undefined : now + tokens.expiresInSeconds * 1000,
    expirySource: tokens.expirySource,
    linkedAt: now,
    refreshedAt: undefined,
    refreshCount: 0,
  };
}

/** Whether the access token must be refreshed before the next request. */
export function isExpired(tokens: LinkedTokens, now: number): boolean {
  return tokens.expiresAt !== undefined && now >= tokens.expiresAt;
}

/**
 * The tokens after a successful refresh. A response without `refresh_token` keeps the old one (the server
 * did not rotate it), as Alexa does.
 */
export function refreshedTokens(previous: LinkedTokens, tokens: TokenSet, now: number): LinkedTokens {
  return {
    ...previous,
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken ?? previous.refreshToken,
    tokenType: tokens.tokenType,
    scope: tokens.scope ?? previous.scope,
    expiresAt: tokens.expiresInSeconds === undefined ? undefined : now + tokens.expiresInSeconds * 1000,
    expirySource: tokens.expirySource,
    refreshedAt: now,
    refreshCount: previous.refreshCount + 1,
  };
}

/** Seconds until the access token expires (negative once expired); undefined when it never does. */
export function expiresInSeconds(tokens: LinkedTokens, now: number): number | undefined {
  return tokens.expiresAt === undefined ? undefined : Math.floor((tokens.expiresAt - now) / 1000);
}
