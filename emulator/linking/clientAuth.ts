import type { LinkingConfig } from './config';

/** RFC 6749 §2.3.1: Basic credentials are the form-encoded client id and secret. */
export function basicCredentials(clientId: string, clientSecret: string): string {
  const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+');
  return `Basic ${Buffer.from(`${encode(clientId)}:${encode(clientSecret)}`).toString('base64')}`;
}

/** Adds the client credentials the way `accessTokenScheme` says: an Authorization header or body fields. */
export function authenticate(config: LinkingConfig, headers: Record<string, string>, form: URLSearchParams): void {
  if (config.accessTokenScheme === 'HTTP_BASIC') {
    headers.Authorization = basicCredentials(config.clientId, config.clientSecret);
  } else {
    form.set('client_id', config.clientId);
    form.set('client_secret', config.clientSecret);
  }
}
