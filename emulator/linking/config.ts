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

/** An account-linking file the emulator cannot use; the message names the file and the field. */
export class AccountLinkingFileError extends Error {
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'AccountLinkingFileError';
  }
}

function fail(file: string, message: string): never {
  throw new AccountLinkingFileError(file, message);
}

/** The fields themselves: wrapped as SMAPI's update takes them or its get returns them, or bare. */
function unwrap(parsed: unknown): Partial<AccountLinkingRequest> | undefined {
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return undefined;
  const wrapped = parsed as { accountLinkingRequest?: unknown; accountLinkingResponse?: unknown };
  const inner = wrapped.accountLinkingRequest ?? wrapped.accountLinkingResponse;
  if (inner !== undefined)
    return typeof inner === 'object' && inner !== null ? (inner as Partial<AccountLinkingRequest>) : undefined;
  return 'type' in parsed || 'authorizationUrl' in parsed ? (parsed as Partial<AccountLinkingRequest>) : undefined;
}

/**
 * Reads a SMAPI account-linking file (`{"accountLinkingRequest": {…}}`, the `{"accountLinkingResponse": …}` that
 * `get-account-linking-info` prints, or the bare fields) and checks the fields Alexa needs.
 */
export async function readAccountLinking(file: string): Promise<AccountLinkingRequest> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    fail(file, `cannot read it as JSON (${(error as Error).message})`);
  }
  const request = unwrap(parsed);
  if (request === undefined) {
    fail(
      file,
      'expected the account-linking fields ({"type": "AUTH_CODE", "authorizationUrl": …}), bare or in {"accountLinkingRequest": {…}}',
    );
  }
  if (request.type !== 'AUTH_CODE') fail(file, `type must be AUTH_CODE for the emulator (got ${request.type})`);
  for (const key of ['authorizationUrl', 'accessTokenUrl', 'clientId'] as const) {
    if (typeof request[key] !== 'string' || request[key] === '') fail(file, `${key} is required`);
  }
  for (const key of ['authorizationUrl', 'accessTokenUrl'] as const) {
    if (!URL.canParse(request[key] as string)) fail(file, `${key} must be a URL (got "${request[key]}")`);
  }
  if (
    request.scopes !== undefined &&
    (!Array.isArray(request.scopes) || request.scopes.some((s) => typeof s !== 'string'))
  ) {
    fail(file, 'scopes must be a list of strings');
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

/** Login with Amazon's own hosts, which the Amazon stand-in plays (www.amazon.com, api.amazon.com and the EU/FE ones). */
const LWA_HOSTS = /^(www|api)\.amazon\.(com|co\.uk|co\.jp)$/;

/** Whether the file links with Login with Amazon as the authorization server. */
export function usesLoginWithAmazon(request: AccountLinkingRequest): boolean {
  return [request.authorizationUrl, request.accessTokenUrl].some((url) => LWA_HOSTS.test(new URL(url).hostname));
}
