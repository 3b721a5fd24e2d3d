/**
 * What commonly breaks linking against a real authorization server, each in words that name the fix. The
 * emulator's traces end with one of these when it recognizes the cause.
 * @see https://developer.amazon.com/docs/account-linking/requirements-account-linking.html
 */

/** The three redirect URIs a real skill's authorization server must allow, for the vendor id. */
export function alexaRedirectUris(vendorId: string): string[] {
  return ['pitangui.amazon.com', 'layla.amazon.com', 'alexa.amazon.co.jp'].map(
    (host) => `https://${host}/api/skill/link/${vendorId}`,
  );
}

function vendorOf(redirectUri: string): string {
  return redirectUri.split('/').pop() ?? 'YOUR_VENDOR_ID';
}

const mentionsRedirect = (text: string) => /redirect|callback/i.test(text);

/** The fix for a redirect URI the authorization server does not know. */
export function registerRedirectUri(redirectUri: string): string {
  return (
    `register the emulator's redirect URI ${redirectUri} as an allowed redirect URI of the client ` +
    `(for the real skill, Alexa's three: ${alexaRedirectUris(vendorOf(redirectUri)).join(', ')})`
  );
}

/**
 * The authorization server answered Alexa's authorization request with an error page instead of its login page
 * (RFC 6749 §4.1.2.1: with an unknown redirect URI it must not redirect, so the user is stuck on that page).
 */
export function refusedAuthorization(status: number, message: string, redirectUri: string): string {
  const said = `the authorization server answered the authorization request with HTTP ${status} (${message})`;
  if (mentionsRedirect(message))
    return `${said}: the redirect URI is not registered. Fix: ${registerRedirectUri(redirectUri)}`;
  return (
    `${said}. Fix: check that the client id in the account-linking file exists at the server, that it may use ` +
    `response_type=code and the file's scopes, and that ${redirectUri} is one of its redirect URIs`
  );
}

/** The authorization server sent the user back with an OAuth error (RFC 6749 §4.1.2.1) instead of a code. */
export function redirectedWithError(error: string, description: string | undefined, redirectUri: string): string {
  const said = `the server redirected with error=${error}${description ? ` (${description})` : ''}`;
  if (error === 'access_denied') return `${said}: the user did not allow access`;
  if (mentionsRedirect(`${error} ${description ?? ''}`)) return `${said}. Fix: ${registerRedirectUri(redirectUri)}`;
  if (error === 'invalid_scope') return `${said}. Fix: ask only for scopes the client may use (the file's scopes)`;
  if (error === 'unauthorized_client' || error === 'unsupported_response_type') {
    return `${said}. Fix: allow the authorization-code grant (response_type=code) for the client`;
  }
  return said;
}

/** A URL Alexa would never call: HTTP outside this machine (she calls only HTTPS, on port 443). */
export function insecureUrl(field: string, url: string): string | undefined {
  const parsed = new URL(url);
  if (parsed.protocol === 'https:') return undefined;
  if (isLoopback(parsed.hostname)) return undefined;
  return (
    `${field} ${url} uses ${parsed.protocol.replace(':', '')}: Alexa calls only https:// URLs on port 443 with a ` +
    'certificate from a trusted CA. Fix: serve the authorization server over HTTPS, or run it on this machine ' +
    '(127.0.0.1 or localhost) while you test'
  );
}

/** Whether a host name is this machine (where the emulator allows plain HTTP). */
export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}
