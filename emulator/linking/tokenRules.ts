/** One of Alexa's rules for a token response, and whether the response kept it. */
export interface Check {
  ok: boolean;
  /** `error` breaks linking (Alexa shows "unable to link"); `warning` works but is worth fixing. */
  severity: 'error' | 'warning';
  message: string;
  /** What to change at the server or in the account-linking file, for a rule that was broken. */
  fix?: string;
}

/** The tokens Alexa keeps from a good response. */
export interface TokenSet {
  accessToken: string;
  refreshToken: string | undefined;
  tokenType: string;
  expiresInSeconds: number | undefined;
  /** Where the lifetime came from: the response, the file's default, or nowhere (never expires). */
  expirySource: 'expires_in' | 'defaultTokenExpirationInSeconds' | 'none';
  scope: string | undefined;
}

/** Alexa's floor for access-token lifetimes (Account Linking FAQ). */
export const MIN_EXPIRES_IN_SECONDS = 360;

const pass = (message: string): Check => ({ ok: true, severity: 'error', message });
const fail = (message: string, fix: string, severity: Check['severity'] = 'error'): Check => ({
  ok: false,
  severity,
  message,
  fix,
});

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/**
 * Checks a parsed token response against what Alexa needs: `access_token`, `token_type`, `refresh_token`
 * (a refresh may omit it: the old one is kept), and a numeric `expires_in` of at least 360 s (or the file's
 * default when it is absent).
 * @see https://developer.amazon.com/docs/account-linking/requirements-account-linking.html
 */
export function checkTokenBody(
  body: Record<string, unknown>,
  defaultExpiry: number | undefined,
  grant: 'authorization_code' | 'refresh_token' = 'authorization_code',
): { checks: Check[]; tokens: TokenSet | undefined } {
  const checks: Check[] = [];
  const accessToken = text(body.access_token);
  const tokenType = text(body.token_type);
  const refreshToken = text(body.refresh_token);
  checks.push(
    accessToken
      ? pass('access_token is present')
      : fail(
          'access_token is missing',
          'answer with the RFC 6749 §5.1 fields: access_token, token_type, expires_in, refresh_token',
        ),
  );
  checks.push(
    tokenType
      ? pass(`token_type is "${tokenType}"`)
      : fail('token_type is missing', 'add "token_type": "Bearer" to the token response (RFC 6749 §5.1)'),
  );
  if (tokenType !== undefined && tokenType.toLowerCase() !== 'bearer') {
    checks.push(
      fail(`token_type is "${tokenType}"; Alexa's resource calls expect "Bearer"`, 'issue Bearer tokens', 'warning'),
    );
  }
  if (refreshToken) checks.push(pass('refresh_token is present'));
  else if (grant === 'refresh_token') checks.push(pass('no new refresh_token: the previous one is kept'));
  else
    checks.push(
      fail(
        'refresh_token is missing: Alexa cannot refresh, so the user is unlinked when the access token expires',
        "issue a refresh token to Alexa's client (allow it the refresh_token grant; some servers also need the " +
          "offline_access scope in the file's scopes)",
      ),
    );
  let expiresInSeconds: number | undefined;
  let expirySource: TokenSet['expirySource'] = 'none';
  const raw = body.expires_in;
  if (raw === undefined || raw === null) {
    if (defaultExpiry !== undefined) {
      expiresInSeconds = defaultExpiry;
      expirySource = 'defaultTokenExpirationInSeconds';
      checks.push(pass(`expires_in is absent: using defaultTokenExpirationInSeconds (${defaultExpiry} s)`));
    } else {
      checks.push(
        fail(
          'expires_in is absent and the file sets no defaultTokenExpirationInSeconds',
          'send expires_in (seconds) with every token, or set defaultTokenExpirationInSeconds in the account-linking file',
          'warning',
        ),
      );
    }
  } else if (typeof raw !== 'number' || !Number.isFinite(raw)) {
    checks.push(
      fail(
        `expires_in must be a JSON number of seconds (got ${JSON.stringify(raw)})`,
        'send expires_in as a number, not a string',
      ),
    );
  } else if (raw < MIN_EXPIRES_IN_SECONDS) {
    checks.push(
      fail(
        `expires_in is ${raw} s; Alexa needs access tokens that live at least ${MIN_EXPIRES_IN_SECONDS} s`,
        `issue access tokens that live at least ${MIN_EXPIRES_IN_SECONDS} s (an hour, 3600 s, is common)`,
      ),
    );
  } else {
    expiresInSeconds = raw;
    expirySource = 'expires_in';
    checks.push(pass(`expires_in is ${raw} s (at least ${MIN_EXPIRES_IN_SECONDS} s)`));
  }
  const broken = checks.some((check) => !check.ok && check.severity === 'error');
  const tokens =
    broken || accessToken === undefined || tokenType === undefined
      ? undefined
      : { accessToken, refreshToken, tokenType, expiresInSeconds, expirySource, scope: text(body.scope) };
  return { checks, tokens };
}
