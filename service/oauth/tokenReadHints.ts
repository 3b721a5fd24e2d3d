import type Provider from 'oidc-provider';

/** What a token value names besides its own record: the grant and the rider it was issued under. */
export interface ReadHints {
  grantId: string;
  accountId: string;
}

const PART = /^[A-Za-z0-9_-]{1,128}$/;

interface Minted {
  generateTokenId(): string;
  grantId?: unknown;
  accountId?: unknown;
}

/** Separates the random part from the hints: an RFC 6750 b64token character that no part contains. */
const SEPARATOR = '~';

/**
 * Access and refresh token values end in `~<grantId>~<accountId>` after their 256 random bits, so the bearer
 * check and the refresh grant can fetch the token, its grant and its rider in one BatchGetItem. The hints only say
 * what to read: the record is stored under the hash of the whole value, and its own grant and account are what
 * every check compares against, so an edited hint finds no record. Codes carry no hints (they travel in URLs).
 * A `~` rather than a dot keeps the value from looking like a three-part JWT. oidc-provider mints token values in
 * `generateTokenId`; this wraps it for the two models.
 */
export function addReadHints(provider: Provider): void {
  for (const model of [provider.AccessToken, provider.RefreshToken]) {
    const prototype = model.prototype as unknown as Minted;
    const random = prototype.generateTokenId;
    prototype.generateTokenId = function withHints(this: Minted) {
      const value = random.call(this);
      const { grantId, accountId } = this;
      if (typeof grantId !== 'string' || typeof accountId !== 'string') return value;
      if (!PART.test(grantId) || !PART.test(accountId)) return value;
      return [value, grantId, accountId].join(SEPARATOR);
    };
  }
}

/** The read hints of a token value, or undefined for a value without them (for example one issued before). */
export function readHints(value: string): ReadHints | undefined {
  const [random, grantId, accountId, ...rest] = value.split(SEPARATOR);
  if (rest.length > 0 || !random || !grantId || !accountId) return undefined;
  if (!PART.test(grantId) || !PART.test(accountId)) return undefined;
  return { grantId, accountId };
}
