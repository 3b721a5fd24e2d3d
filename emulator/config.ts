import type { AccessTokenScheme } from './linking/config';

/** Which linked service the emulated Alexa links to (the skill reads the same LINKED_SERVICE). */
export type LinkedServiceMode = 'ridehailer' | 'lwa';

/** The emulator's settings, read from the environment once; CLI flags may override them. */
export interface EmulatorConfig {
  host: string;
  emulatorPort: number;
  servicePort: number;
  lwaPort: number;
  linkedService: LinkedServiceMode;
  /** The SMAPI account-linking file; default `accountLinking.json`, or `accountLinking.lwa.json` in LWA mode. */
  accountLinkingFile: string;
  /**
   * The secret Alexa holds for the client (the account-linking file has none): ALEXA_CLIENT_SECRET. Ride Hailer
   * falls back to its local service's default; for another authorization server it must be set.
   */
  clientSecret: string | undefined;
  lwaClientSecret: string;
  /** Overrides the file's accessTokenScheme (to try the other scheme without editing the file). */
  accessTokenScheme: AccessTokenScheme | undefined;
  pkce: boolean;
  vendorId: string;
  /** `memory` (the default: every start is a fresh demo), or a folder that keeps the dynalite data across starts. */
  dataDir: string;
  locale: string;
  /** The skill's LOG_LEVEL; undefined lets each command choose (silent for dialog, warn for start). */
  skillLogLevel: string | undefined;
  /** Where `npm run dialog -- --attach` finds `npm start` (default `http://host:emulatorPort`). */
  emulatorUrl: string | undefined;
  /** The login headless linking types in at another authorization server (EMULATOR_LOGIN_USERNAME, _PASSWORD). */
  login: { username?: string; password?: string };
  /** Service settings passed through (ACCESS_TOKEN_TTL_SECONDS, REFRESH_GRACE_SECONDS, …). */
  serviceEnv: Record<string, string | undefined>;
}

type Env = Record<string, string | undefined>;

/** A configuration value that is missing or malformed; names the variable. */
export class EmulatorConfigError extends Error {
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
    this.name = 'EmulatorConfigError';
  }
}

function text(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === '' ? undefined : value;
}

function port(env: Env, name: string, fallback: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > 65_535) {
    throw new EmulatorConfigError(name, `must be a port number from 0 to 65535 (got "${raw}")`);
  }
  return value;
}

function flag(env: Env, name: string): boolean {
  const raw = text(env, name) ?? 'false';
  if (raw !== 'true' && raw !== 'false')
    throw new EmulatorConfigError(name, `must be "true" or "false" (got "${raw}")`);
  return raw === 'true';
}

function oneOf<T extends string>(
  env: Env,
  name: string,
  allowed: readonly T[],
  fallback: T | undefined,
): T | undefined {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(raw)) {
    throw new EmulatorConfigError(name, `must be one of ${allowed.join(', ')} (got "${raw}")`);
  }
  return raw as T;
}

const SERVICE_PASSTHROUGH = [
  'ACCESS_TOKEN_TTL_SECONDS',
  'REFRESH_TOKEN_IDLE_DAYS',
  'REFRESH_GRACE_SECONDS',
  'COOKIE_KEYS',
  'AWS_REGION',
];

/** Reads the emulator's environment; defaults: emulator 3000, service 3001, LWA stand-in 3002, all on 127.0.0.1. */
export function loadEmulatorConfig(env: Env): EmulatorConfig {
  const linkedService = oneOf(env, 'LINKED_SERVICE', ['ridehailer', 'lwa'] as const, 'ridehailer') ?? 'ridehailer';
  const vendorId = text(env, 'ALEXA_VENDOR_ID') ?? 'M2RIDEHAILER';
  if (!/^[A-Za-z0-9]+$/.test(vendorId)) throw new EmulatorConfigError('ALEXA_VENDOR_ID', 'must be letters and digits');
  return {
    host: text(env, 'EMULATOR_HOST') ?? '127.0.0.1',
    emulatorPort: port(env, 'EMULATOR_PORT', 3000),
    servicePort: port(env, 'EMULATOR_SERVICE_PORT', 3001),
    lwaPort: port(env, 'EMULATOR_LWA_PORT', 3002),
    linkedService,
    accountLinkingFile:
      text(env, 'EMULATOR_ACCOUNT_LINKING_FILE') ??
      (linkedService === 'lwa' ? 'accountLinking.lwa.json' : 'accountLinking.json'),
    clientSecret: text(env, 'ALEXA_CLIENT_SECRET'),
    lwaClientSecret: text(env, 'LWA_CLIENT_SECRET') ?? 'local-lwa-secret',
    accessTokenScheme: oneOf(
      env,
      'EMULATOR_ACCESS_TOKEN_SCHEME',
      ['HTTP_BASIC', 'REQUEST_BODY_CREDENTIALS'] as const,
      undefined,
    ),
    pkce: flag(env, 'EMULATOR_PKCE'),
    vendorId,
    dataDir: text(env, 'EMULATOR_DATA_DIR') ?? 'memory',
    locale: text(env, 'EMULATOR_LOCALE') ?? 'en-US',
    skillLogLevel: text(env, 'LOG_LEVEL'),
    emulatorUrl: text(env, 'EMULATOR_URL'),
    login: { username: text(env, 'EMULATOR_LOGIN_USERNAME'), password: text(env, 'EMULATOR_LOGIN_PASSWORD') },
    serviceEnv: Object.fromEntries(SERVICE_PASSTHROUGH.map((name) => [name, text(env, name)])),
  };
}

/** Where `npm run dialog -- --attach` looks for `npm start`: EMULATOR_URL, else the emulator's host and port. */
export function attachUrl(config: EmulatorConfig): string {
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  return (config.emulatorUrl ?? `http://${host}:${config.emulatorPort}`).replace(/\/+$/, '');
}

/**
 * Process-wide defaults for local runs, set once at the CLI edge: placeholder AWS credentials (dynalite accepts
 * any; the skill's DynamoDB client reads the default chain) and no AWS SDK Node-version notice.
 */
export function applyLocalProcessDefaults(env: NodeJS.ProcessEnv = process.env): void {
  env.AWS_ACCESS_KEY_ID ??= 'local';
  env.AWS_SECRET_ACCESS_KEY ??= 'local';
  env.AWS_REGION ??= 'us-east-1';
  env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
}
