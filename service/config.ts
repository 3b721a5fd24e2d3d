import { randomBytes } from 'node:crypto';
import { type Env, flag, integer, required, text, url } from './configValues';
import { ConfigError } from './errors';

export type { Env } from './configValues';

/** Where the service runs: `local` has safe defaults for a laptop; `production` demands real secrets. */
export type ServiceMode = 'local' | 'production';

/** The service configuration, parsed and validated once at start. */
export interface ServiceConfig {
  mode: ServiceMode;
  /** Issuer identifier (RFC 8414 §2): scheme + host (+ port), no path, no trailing slash. */
  issuer: string;
  host: string;
  port: number;
  alexa: {
    clientId: string;
    clientSecret: string;
    vendorId: string;
    /** The three Alexa redirect URLs, then (local mode only) the extra ones. Matched exactly (RFC 6749 §3.1.2). */
    redirectUris: string[];
    /** Require PKCE S256 from the Alexa client (RFC 7636; RFC 9700 §2.1.1). */
    requirePkce: boolean;
  };
  cookieKeys: string[];
  /** 0: consent answers 303 straight to Alexa's redirect URI; above 0: seconds a "linked" confirmation page shows first. */
  linkedPageRedirectSeconds: number;
  tokens: {
    accessTokenTtlSeconds: number;
    refreshTokenIdleSeconds: number;
    refreshGraceSeconds: number;
  };
  dynamo: {
    table: string;
    region: string;
    /** Explicit endpoint (dynalite, DynamoDB Local); undefined means AWS. */
    endpoint: string | undefined;
  };
  /** Local mode only: where embedded dynalite keeps its data; `memory` keeps it in memory. */
  localDataDir: string;
  logLevel: LogLevel;
  /** App-to-app linking for the Ride Hailer mobile app; undefined turns the `/v1/mobile` endpoints off. */
  mobile: MobileConfig | undefined;
}

/** The Ride Hailer app and the Amazon endpoints its backend calls (service/README.md "Mobile app integration"). */
export interface MobileConfig {
  /** The app as a first-party public client: authorization code + PKCE, no secret (RFC 8252). */
  appClientId: string;
  /** Where the app's own sign-in returns (universal links / app links), matched exactly. */
  appRedirectUris: string[];
  /** The app's links Alexa and LWA send the Amazon code to ("Your Redirect URLs"); also registered for Alexa. */
  alexaRedirectUris: string[];
  /** The skill's "Alexa Client ID" and secret for LWA (shown in the console when app-to-app linking is on). */
  amazonClientId: string;
  amazonClientSecret: string;
  skillId: string;
  skillStage: 'development' | 'live';
  lwaTokenUrl: string;
  /** Base URL of `GET /v1/alexaApiEndpoint`. */
  alexaApiUrl: string;
  /** Base URL of each region `alexaApiEndpoint` names; `{endpoint}` is replaced by the host it returned. */
  regionUrlTemplate: string;
}

/** How much the service logs (JSON lines on stderr). Tokens, codes, secrets and passwords are never logged. */
export type LogLevel = 'silent' | 'error' | 'warn' | 'info';
const LOG_LEVELS: readonly LogLevel[] = ['silent', 'error', 'warn', 'info'];

/** Alexa's regional redirect hosts (https://developer.amazon.com/docs/alexa/account-linking/requirements-account-linking.html). */
export const ALEXA_REDIRECT_HOSTS = ['pitangui.amazon.com', 'layla.amazon.com', 'alexa.amazon.co.jp'] as const;

const UNRESERVED = /^[A-Za-z0-9\-._~]+$/;
const DAY = 86_400;

function parseMode(env: Env): ServiceMode {
  const raw = text(env, 'SERVICE_MODE') ?? 'local';
  if (raw !== 'local' && raw !== 'production') {
    throw new ConfigError('SERVICE_MODE', `must be "local" or "production", got "${raw}"`);
  }
  return raw;
}

function parseIssuer(env: Env, mode: ServiceMode, host: string, port: number): string {
  const raw = required(env, 'ISSUER', mode, `http://${host.includes(':') ? `[${host}]` : host}:${port}`);
  const parsed = url('ISSUER', raw);
  if (mode === 'production' && parsed.protocol !== 'https:') throw new ConfigError('ISSUER', 'must use https');
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new ConfigError('ISSUER', 'must be http(s)');
  if (parsed.search || parsed.hash || raw.endsWith('?') || raw.endsWith('#')) {
    throw new ConfigError('ISSUER', 'must not have a query or fragment (RFC 8414 §2)');
  }
  if (parsed.pathname !== '/') throw new ConfigError('ISSUER', 'must not have a path (no API Gateway stage prefix)');
  return parsed.origin;
}

function parseClientSecret(env: Env, mode: ServiceMode): string {
  const secret = required(env, 'ALEXA_CLIENT_SECRET', mode, 'local-dev-secret');
  if (!UNRESERVED.test(secret)) {
    throw new ConfigError('ALEXA_CLIENT_SECRET', 'may only use the unreserved characters A-Z a-z 0-9 - . _ ~');
  }
  if (mode === 'production' && secret.length < 43) {
    throw new ConfigError('ALEXA_CLIENT_SECRET', 'must be at least 43 characters in production');
  }
  return secret;
}

function parseExtraRedirectUris(env: Env, mode: ServiceMode): string[] {
  const raw = text(env, 'EXTRA_REDIRECT_URIS');
  if (raw === undefined) return [];
  if (mode === 'production') {
    throw new ConfigError('EXTRA_REDIRECT_URIS', 'is only allowed when SERVICE_MODE=local');
  }
  return raw
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const parsed = url('EXTRA_REDIRECT_URIS', entry);
      if (parsed.hash || parsed.username || parsed.password) {
        throw new ConfigError('EXTRA_REDIRECT_URIS', `"${entry}" must not carry a fragment or credentials`);
      }
      if (parsed.protocol !== 'https:' && !['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname)) {
        throw new ConfigError('EXTRA_REDIRECT_URIS', `"${entry}" must use https unless it is a loopback address`);
      }
      return entry;
    });
}

function parseRedirectList(env: Env, name: string, mode: ServiceMode, localDefault: string): string[] {
  return required(env, name, mode, localDefault)
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const parsed = url(name, entry);
      if (parsed.hash || parsed.username || parsed.password || parsed.searchParams.has('state')) {
        throw new ConfigError(name, `"${entry}" must not carry a fragment, credentials or a state parameter`);
      }
      const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
      if (parsed.protocol !== 'https:' && (mode === 'production' || !loopback)) {
        throw new ConfigError(name, `"${entry}" must use https (http only on a loopback address in local mode)`);
      }
      return entry;
    });
}

function parseEndpointUrl(env: Env, name: string, mode: ServiceMode, fallback: string): string {
  const raw = text(env, name) ?? fallback;
  const parsed = url(name, raw.replace('{endpoint}', 'api.amazonalexa.com'));
  if (mode === 'production' && parsed.protocol !== 'https:') throw new ConfigError(name, 'must use https');
  return raw.replace(/\/+$/, '');
}

/** Placeholder app links for local mode (the emulator passes its own). */
const LOCAL_APP_LINKS = {
  signIn: 'https://ridehailer.example/app/oauth/callback',
  alexa: 'https://ridehailer.example/app/alexa/linked',
};

/** Whether app-to-app linking is on: always in local mode, in production once MOBILE_APP_REDIRECT_URIS is set. */
export function appToAppOn(env: Env): boolean {
  return parseMode(env) !== 'production' || text(env, 'MOBILE_APP_REDIRECT_URIS') !== undefined;
}

function parseMobile(env: Env, mode: ServiceMode): MobileConfig | undefined {
  if (!appToAppOn(env)) return undefined;
  const appClientId = text(env, 'MOBILE_APP_CLIENT_ID') ?? 'ride-hailer-app';
  if (!UNRESERVED.test(appClientId)) {
    throw new ConfigError('MOBILE_APP_CLIENT_ID', 'may only use the unreserved characters A-Z a-z 0-9 - . _ ~');
  }
  const skillId = required(env, 'ALEXA_SKILL_ID', mode, 'amzn1.ask.skill.00000000-0000-4000-8000-00000000ride');
  if (!/^amzn1\.ask\.skill\.[A-Za-z0-9-]{1,200}$/.test(skillId)) {
    throw new ConfigError('ALEXA_SKILL_ID', 'must look like amzn1.ask.skill.<id>');
  }
  const stage = text(env, 'ALEXA_SKILL_STAGE') ?? (mode === 'production' ? 'live' : 'development');
  if (stage !== 'development' && stage !== 'live') {
    throw new ConfigError('ALEXA_SKILL_STAGE', `must be "development" or "live", got "${stage}"`);
  }
  const regionUrlTemplate = parseEndpointUrl(env, 'ALEXA_REGION_URL_TEMPLATE', mode, 'https://{endpoint}');
  if (!regionUrlTemplate.includes('{endpoint}')) {
    throw new ConfigError('ALEXA_REGION_URL_TEMPLATE', 'must contain {endpoint}');
  }
  return {
    appClientId,
    appRedirectUris: parseRedirectList(env, 'MOBILE_APP_REDIRECT_URIS', mode, LOCAL_APP_LINKS.signIn),
    alexaRedirectUris: parseRedirectList(env, 'MOBILE_ALEXA_REDIRECT_URIS', mode, LOCAL_APP_LINKS.alexa),
    amazonClientId: required(env, 'ALEXA_APP_TO_APP_CLIENT_ID', mode, 'amzn1.application-oa2-client.ridehailer-local'),
    amazonClientSecret: required(env, 'ALEXA_APP_TO_APP_CLIENT_SECRET', mode, 'local-app-to-app-secret'),
    skillId,
    skillStage: stage,
    lwaTokenUrl: parseEndpointUrl(env, 'LWA_TOKEN_URL', mode, 'https://api.amazon.com/auth/o2/token'),
    alexaApiUrl: parseEndpointUrl(env, 'ALEXA_API_URL', mode, 'https://api.amazonalexa.com'),
    regionUrlTemplate,
  };
}

function parseCookieKeys(env: Env, mode: ServiceMode): string[] {
  const raw = text(env, 'COOKIE_KEYS');
  if (raw === undefined) {
    if (mode === 'production') throw new ConfigError('COOKIE_KEYS', 'is required when SERVICE_MODE=production');
    return [randomBytes(32).toString('base64url')];
  }
  const keys = raw.split(',').map((key) => key.trim());
  if (keys.some((key) => key.length < 32)) {
    throw new ConfigError('COOKIE_KEYS', 'every comma-separated key must be at least 32 characters');
  }
  return keys;
}

function parseEndpoint(env: Env): string | undefined {
  const raw = text(env, 'DYNAMODB_ENDPOINT');
  if (raw === undefined) return undefined;
  url('DYNAMODB_ENDPOINT', raw);
  return raw;
}

function parseTable(env: Env): string {
  const table = text(env, 'SERVICE_TABLE') ?? 'ride-hailer-service';
  if (!/^[A-Za-z0-9_.-]{3,255}$/.test(table)) {
    throw new ConfigError('SERVICE_TABLE', 'must be 3-255 characters of A-Z a-z 0-9 _ . -');
  }
  return table;
}

function parseHost(env: Env): string {
  const host = text(env, 'HOST') ?? '127.0.0.1';
  if (!/^[A-Za-z0-9.:-]+$/.test(host)) throw new ConfigError('HOST', `is not a host name or address: "${host}"`);
  return host;
}

function parseLogLevel(env: Env): LogLevel {
  const raw = text(env, 'LOG_LEVEL') ?? 'warn';
  const level = LOG_LEVELS.find((candidate) => candidate === raw);
  if (!level) throw new ConfigError('LOG_LEVEL', `must be one of ${LOG_LEVELS.join(', ')}, got "${raw}"`);
  return level;
}

/** The process environment; this module is the only one that touches `process.env`. */
export function processEnv(): Env {
  return process.env;
}

/** Parses and validates the service environment; throws {@link ConfigError} naming the first bad variable. */
export function loadConfig(env: Env): ServiceConfig {
  const mode = parseMode(env);
  const host = parseHost(env);
  const port = integer(env, 'PORT', 3001, 0, 65_535);
  const vendorId = required(env, 'ALEXA_VENDOR_ID', mode, 'M2RIDEHAILER');
  if (!/^[A-Za-z0-9]+$/.test(vendorId)) throw new ConfigError('ALEXA_VENDOR_ID', 'must be letters and digits only');
  const clientId = required(env, 'ALEXA_CLIENT_ID', mode, 'ride-hailer-alexa');
  if (!UNRESERVED.test(clientId)) {
    throw new ConfigError('ALEXA_CLIENT_ID', 'may only use the unreserved characters A-Z a-z 0-9 - . _ ~');
  }
  const alexaUris = ALEXA_REDIRECT_HOSTS.map((h) => `https://${h}/api/skill/link/${vendorId}`);
  const mobile = parseMobile(env, mode);
  return {
    mode,
    issuer: parseIssuer(env, mode, host, port),
    host,
    port,
    alexa: {
      clientId,
      clientSecret: parseClientSecret(env, mode),
      vendorId,
      redirectUris: [...alexaUris, ...parseExtraRedirectUris(env, mode), ...(mobile?.alexaRedirectUris ?? [])],
      requirePkce: flag(env, 'REQUIRE_PKCE', false),
    },
    cookieKeys: parseCookieKeys(env, mode),
    linkedPageRedirectSeconds: integer(env, 'LINKED_PAGE_REDIRECT_SECONDS', 0, 0, 30),
    tokens: {
      accessTokenTtlSeconds: integer(env, 'ACCESS_TOKEN_TTL_SECONDS', 3600, 360, 3600),
      refreshTokenIdleSeconds: integer(env, 'REFRESH_TOKEN_IDLE_DAYS', 90, 1, 3650) * DAY,
      refreshGraceSeconds: integer(env, 'REFRESH_GRACE_SECONDS', 120, 0, 600),
    },
    dynamo: {
      table: parseTable(env),
      region: text(env, 'AWS_REGION') ?? 'us-east-1',
      endpoint: parseEndpoint(env),
    },
    localDataDir: text(env, 'LOCAL_DATA_DIR') ?? '.data/service',
    logLevel: parseLogLevel(env),
    mobile,
  };
}
