import type { AccessTokenScheme, LinkingConfig } from './config';
import { callTokenEndpoint } from './tokenEndpoint';
import type { Check } from './tokenRules';

/** The scheme Alexa did not use. */
export function otherScheme(scheme: AccessTokenScheme): AccessTokenScheme {
  return scheme === 'HTTP_BASIC' ? 'REQUEST_BODY_CREDENTIALS' : 'HTTP_BASIC';
}

/** A code no server issued: the probe must never redeem a real one. */
const MADE_UP_CODE = 'emulator-client-authentication-probe';

/**
 * After the token endpoint refused Alexa's client authentication, asks once more with the other scheme and a
 * made-up code: any answer but 401 / `invalid_client` means the server accepts the client that way, so the
 * file names the wrong `accessTokenScheme`. Servers often accept only one (RFC 6749 §2.3.1 makes Basic the
 * one they must support).
 */
export async function probeOtherScheme(
  config: LinkingConfig,
  redirectUri: string,
  options: { timeoutMs?: number } = {},
): Promise<Check | undefined> {
  const other = otherScheme(config.accessTokenScheme);
  const grant = { grant_type: 'authorization_code', code: MADE_UP_CODE, redirect_uri: redirectUri };
  const probe = await callTokenEndpoint({ ...config, accessTokenScheme: other }, grant, options);
  if (probe.status === undefined) return undefined;
  if (probe.status !== 401 && probe.oauthError?.error !== 'invalid_client') {
    return {
      ok: false,
      severity: 'error',
      message: `the server accepts the client with ${other} (it answered HTTP ${probe.status}${probe.oauthError ? ` ${probe.oauthError.error}` : ''} to a made-up code sent that way), not with ${config.accessTokenScheme}`,
      fix: `set "accessTokenScheme": "${other}" in the account-linking file (EMULATOR_ACCESS_TOKEN_SCHEME=${other} tries it without editing)`,
    };
  }
  return {
    ok: false,
    severity: 'error',
    message: `the server refuses the client with ${config.accessTokenScheme} and with ${other}`,
    fix: `check that the server knows the client id "${config.clientId}" and that ALEXA_CLIENT_SECRET holds its secret`,
  };
}
