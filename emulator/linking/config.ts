import { readFile } from 'node:fs/promises';

/** How Alexa sends its client credentials to the token URL. */
export type AccessTokenScheme = 'HTTP_BASIC' | 'REQUEST_BODY_CREDENTIALS';

/**
 * The `accountLinkingRequest` fields Alexa uses for the authorization-code grant.
 * @see https://developer.amazon.com/docs/smapi/account-linking-schemas.html
 */
export interface AccountLinkingRequest {
  type: 'AUTH_CODE' | 'IMPLICIT';
  authorizationUrl: string;
  accessTokenUrl: string;
  clientId: string;
  accessTokenScheme: AccessTokenScheme;
  scopes: string[];
  defaultTokenExpirationInSeconds?: number;
  skipOnEnablement?: boolean;
  /** Whether Alexa may link by voice (Connections.StartConnection to AMAZON.AskForAccountLinking). */
  voiceForwardAccountLinking?: 'ENABLED' | 'DISABLED';
  /** Our app's links that Alexa and LWA return the Amazon code to (app-to-app linking from our app). */
  redirectUrls?: string[];
  /** Our app's links the Alexa app opens instead of `authorizationUrl` when the app is installed. */
  authorizationUrlsByPlatform?: PlatformAuthorizationUrl[];
}

/** One entry of `authorizationUrlsByPlatform`. */
export interface PlatformAuthorizationUrl {
  platformType: 'iOS' | 'Android';
  platformAuthorizationUrl: string;
}

/** The linking settings the emulator uses: the file's, retargeted at local servers, plus the secret. */
export interface LinkingConfig extends AccountLinkingRequest {
  clientSecret: string;
  /** Send PKCE S256 (`code_challenge`) and `code_verifier`, as Alexa does when PKCE is enabled. */
  pkce: boolean;
}

function fail(file: string, message: string): never {
  throw new Error(`${file}: ${message}`);
}

/** Reads a SMAPI account-linking file (`{"accountLinkingRequest": {…}}`) and checks the fields Alexa needs. */
export async function readAccountLinking(file: string): Promise<AccountLinkingRequest> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    fail(file, `cannot read it as JSON (${(error as Error).message})`);
  }
  const request = (parsed as { accountLinkingRequest?: Partial<AccountLinkingRequest> }).accountLinkingRequest;
  if (request === undefined) fail(file, 'the fields must be wrapped in {"accountLinkingRequest": {…}}');
  if (request.type !== 'AUTH_CODE') fail(file, `type must be AUTH_CODE for the emulator (got ${request.type})`);
  for (const key of ['authorizationUrl', 'accessTokenUrl', 'clientId'] as const) {
    if (typeof request[key] !== 'string' || request[key] === '') fail(file, `${key} is required`);
  }
  if (request.accessTokenScheme !== 'HTTP_BASIC' && request.accessTokenScheme !== 'REQUEST_BODY_CREDENTIALS') {
    fail(file, 'accessTokenScheme must be HTTP_BASIC or REQUEST_BODY_CREDENTIALS');
  }
  for (const entry of request.authorizationUrlsByPlatform ?? []) {
    if (
      (entry.platformType !== 'iOS' && entry.platformType !== 'Android') ||
      !URL.canParse(entry.platformAuthorizationUrl)
    ) {
      fail(file, 'authorizationUrlsByPlatform entries need platformType iOS or Android and a platformAuthorizationUrl');
    }
  }
  if ((request.redirectUrls ?? []).some((entry) => !URL.canParse(entry))) fail(file, 'redirectUrls must be URLs');
  const expiry = request.defaultTokenExpirationInSeconds;
  if (expiry !== undefined && (!Number.isInteger(expiry) || expiry <= 0)) {
    fail(file, 'defaultTokenExpirationInSeconds must be a positive integer');
  }
  return { ...request, scopes: request.scopes ?? [] } as AccountLinkingRequest;
}

/** The same URL on another origin: `https://auth.ridehailer.example/token` → `http://127.0.0.1:3001/token`. */
export function retarget(url: string, origin: string): string {
  const parsed = new URL(url);
  const target = new URL(origin);
  return `${target.origin}${parsed.pathname}${parsed.search}`;
}

/**
 * The file's settings pointed at local origins, with the secret (the file never holds one): the authorization
 * server's URLs at `origin`, our app's links (`redirectUrls`, `authorizationUrlsByPlatform`) at `appOrigin`.
 */
export function localLinkingConfig(
  request: AccountLinkingRequest,
  options: {
    origin: string;
    appOrigin?: string;
    clientSecret: string;
    pkce: boolean;
    overrides?: Partial<LinkingConfig>;
  },
): LinkingConfig {
  const app = (link: string) => (options.appOrigin === undefined ? link : retarget(link, options.appOrigin));
  return {
    ...request,
    authorizationUrl: retarget(request.authorizationUrl, options.origin),
    accessTokenUrl: retarget(request.accessTokenUrl, options.origin),
    redirectUrls: request.redirectUrls?.map(app),
    authorizationUrlsByPlatform: request.authorizationUrlsByPlatform?.map((entry) => ({
      ...entry,
      platformAuthorizationUrl: app(entry.platformAuthorizationUrl),
    })),
    clientSecret: options.clientSecret,
    pkce: options.pkce,
    ...options.overrides,
  };
}
