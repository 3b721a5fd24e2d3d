import { ConfigError } from './errors';

/** Which service the account is linked to. */
export type LinkedService = 'ridehailer' | 'lwa';
export type LogLevel = 'debug' | 'info' | 'warn' | 'error' | 'silent';
/**
 * Which link serves a recognized speaker: their own (personal linking), else the account's; or their own only,
 * so that everyone in the household books on their own account.
 */
export type SpeakerTokens = 'PERSON_OR_ACCOUNT' | 'PERSON_ONLY';

/** Everything the skill reads from its environment, parsed and validated once. */
export interface SkillConfig {
  linkedService: LinkedService;
  /** Base URL of the Ride Hailer rides API (service/openapi.yaml). */
  rideHailerApiUrl: string;
  /** Base URL of the Login with Amazon profile API. */
  lwaApiUrl: string;
  skillTable: string;
  dynamodbEndpoint: string | undefined;
  awsRegion: string;
  skillId: string | undefined;
  logLevel: LogLevel;
  /** Total time the calls out of one skill request (linked service and DynamoDB) may take, in ms (≤ 3000). */
  linkedServiceBudgetMs: number;
  /** Client credentials for revoking grants at the Ride Hailer service on SkillDisabled; unset → not revoked. */
  serviceCredentials: ServiceCredentialsConfig | undefined;
  /** Offer linking by voice (Connections.StartConnection to AMAZON.AskForAccountLinking); LWA mode only. */
  voiceForwardLinking: boolean;
  /** RECOGNIZED_SPEAKER_TOKEN: whether a recognized speaker without a personal link may use the account's link. */
  speakerTokens: SpeakerTokens;
}

/** The client secret as a value (local runs), or the name of the SSM SecureString that holds it (Lambda). */
export type ServiceCredentialsConfig =
  | { clientId: string; clientSecret: string }
  | { clientId: string; clientSecretParameter: string };

type Env = Record<string, string | undefined>;

const LOG_LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error', 'silent'];
const LINKED_SERVICES: readonly LinkedService[] = ['ridehailer', 'lwa'];
const SPEAKER_TOKENS: readonly SpeakerTokens[] = ['PERSON_OR_ACCOUNT', 'PERSON_ONLY'];
/** Alexa allows about 8 s per response; the calls out of one request get at most 3 s of it. */
export const MAX_LINKED_SERVICE_BUDGET_MS = 3000;

function optional(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === '' ? undefined : value;
}

function oneOf<T extends string>(env: Env, name: string, allowed: readonly T[], fallback: T): T {
  const value = optional(env, name) ?? fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ConfigError(name, `must be one of ${allowed.join(', ')} (got "${value}")`);
  }
  return value as T;
}

function httpUrl(env: Env, name: string, fallback?: string): string {
  const value = optional(env, name) ?? fallback;
  if (value === undefined) throw new ConfigError(name, 'is required');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(name, `must be an absolute http(s) URL (got "${value}")`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new ConfigError(name, `must be an http(s) URL (got "${value}")`);
  }
  if (url.search || url.hash) throw new ConfigError(name, 'must not carry a query or fragment');
  return value.replace(/\/+$/, '');
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = optional(env, name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(name, `must be an integer from ${min} to ${max} (got "${raw}")`);
  }
  return value;
}

function tableName(env: Env, name: string, fallback: string): string {
  const value = optional(env, name) ?? fallback;
  if (!/^[A-Za-z0-9_.-]{3,255}$/.test(value)) {
    throw new ConfigError(name, 'must be a DynamoDB table name: 3-255 of A-Z a-z 0-9 _ . -');
  }
  return value;
}

function skillId(env: Env): string | undefined {
  const value = optional(env, 'SKILL_ID');
  if (value !== undefined && !value.startsWith('amzn1.ask.skill.')) {
    throw new ConfigError('SKILL_ID', 'must start with "amzn1.ask.skill."');
  }
  return value;
}

/**
 * VOICE_FORWARD_ACCOUNT_LINKING mirrors the SMAPI field `voiceForwardAccountLinking`. Amazon documents voice-forward
 * linking for Login with Amazon only, so it defaults to ENABLED in LWA mode and cannot be enabled otherwise.
 * @see https://developer.amazon.com/docs/account-linking/use-voice-forward-account-linking.html
 */
function voiceForwardLinking(env: Env, linkedService: LinkedService): boolean {
  const fallback = linkedService === 'lwa' ? 'ENABLED' : 'DISABLED';
  const value = oneOf(env, 'VOICE_FORWARD_ACCOUNT_LINKING', ['ENABLED', 'DISABLED'] as const, fallback);
  if (value === 'ENABLED' && linkedService !== 'lwa') {
    throw new ConfigError('VOICE_FORWARD_ACCOUNT_LINKING', 'can be ENABLED only with LINKED_SERVICE=lwa');
  }
  return value === 'ENABLED';
}

function serviceCredentials(env: Env): SkillConfig['serviceCredentials'] {
  const clientSecret = optional(env, 'RIDE_HAILER_CLIENT_SECRET');
  const clientSecretParameter = optional(env, 'RIDE_HAILER_CLIENT_SECRET_PARAMETER');
  const clientId = optional(env, 'RIDE_HAILER_CLIENT_ID') ?? 'ride-hailer-alexa';
  if (clientSecretParameter !== undefined) {
    if (clientSecret !== undefined) {
      throw new ConfigError('RIDE_HAILER_CLIENT_SECRET_PARAMETER', 'set it or RIDE_HAILER_CLIENT_SECRET, not both');
    }
    if (!/^[A-Za-z0-9_.\-/]{1,2048}$/.test(clientSecretParameter)) {
      throw new ConfigError(
        'RIDE_HAILER_CLIENT_SECRET_PARAMETER',
        `is not an SSM parameter name: "${clientSecretParameter}"`,
      );
    }
    return { clientId, clientSecretParameter };
  }
  return clientSecret === undefined ? undefined : { clientId, clientSecret };
}

/** Reads and validates the skill's configuration; throws ConfigError naming the first bad variable. */
export function loadConfig(env: Env = process.env): SkillConfig {
  const linkedService = oneOf(env, 'LINKED_SERVICE', LINKED_SERVICES, 'ridehailer');
  return {
    linkedService,
    rideHailerApiUrl:
      linkedService === 'ridehailer'
        ? httpUrl(env, 'RIDE_HAILER_API_URL')
        : httpUrl(env, 'RIDE_HAILER_API_URL', 'http://127.0.0.1:3001'),
    lwaApiUrl: httpUrl(env, 'LWA_API_URL', 'https://api.amazon.com'),
    skillTable: tableName(env, 'SKILL_TABLE', 'ride-hailer-skill'),
    dynamodbEndpoint: optional(env, 'DYNAMODB_ENDPOINT') === undefined ? undefined : httpUrl(env, 'DYNAMODB_ENDPOINT'),
    awsRegion: optional(env, 'AWS_REGION') ?? 'us-east-1',
    skillId: skillId(env),
    logLevel: oneOf(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    linkedServiceBudgetMs: integer(env, 'LINKED_SERVICE_BUDGET_MS', 2500, 100, MAX_LINKED_SERVICE_BUDGET_MS),
    serviceCredentials: serviceCredentials(env),
    voiceForwardLinking: voiceForwardLinking(env, linkedService),
    speakerTokens: oneOf(env, 'RECOGNIZED_SPEAKER_TOKEN', SPEAKER_TOKENS, 'PERSON_OR_ACCOUNT'),
  };
}
