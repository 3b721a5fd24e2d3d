import { appToAppOn } from './config';
import type { Env } from './configValues';
import { text } from './configValues';
import { ConfigError, ServiceError } from './errors';

/**
 * Secret variables that the deployed stack gives as the name of an SSM Parameter Store SecureString instead of a
 * value (`ALEXA_CLIENT_SECRET_PARAMETER` for `ALEXA_CLIENT_SECRET`, …), so no secret sits in the function's
 * configuration or in the template.
 */
export const SECRET_VARIABLES = ['ALEXA_CLIENT_SECRET', 'COOKIE_KEYS', 'ALEXA_APP_TO_APP_CLIENT_SECRET'] as const;

/** Secrets only one feature uses, read only while it is on (the stack names their parameters only then, too). */
const NEEDED_WHEN: Partial<Record<(typeof SECRET_VARIABLES)[number], (env: Env) => boolean>> = {
  ALEXA_APP_TO_APP_CLIENT_SECRET: appToAppOn,
};

/** What a parameter store answered: the decrypted values by name, and the names it does not have. */
export interface ParameterValues {
  values: Record<string, string>;
  missing: string[];
}

/** Reads SecureString parameters by name, decrypted. */
export type ParameterReader = (names: string[]) => Promise<ParameterValues>;

/** A named secret could not be read (no permission, throttled, network); `variable` says which setting. */
export class SecretUnavailableError extends ServiceError {
  readonly code = 'secret_unavailable';
  constructor(
    readonly variable: string,
    message: string,
    options?: ErrorOptions,
  ) {
    super(`${variable}: ${message}`, options);
    this.name = 'SecretUnavailableError';
  }
}

const PARAMETER_NAME = /^[A-Za-z0-9_.\-/]{1,2048}$/;

/**
 * Returns `env` with every secret whose `<NAME>_PARAMETER` is set read from SSM Parameter Store, in one call
 * (the Lambda edge runs this once per cold start, before the configuration is parsed). Setting both a value and
 * its parameter name is refused; with no parameter named, nothing is loaded and `env` comes back as it is. The
 * app-to-app client secret is read only while app-to-app linking is on.
 */
export async function resolveSecrets(env: Env, read?: ParameterReader): Promise<Env> {
  const wanted = new Map<string, string>();
  for (const variable of SECRET_VARIABLES) {
    const parameter = text(env, `${variable}_PARAMETER`);
    if (parameter === undefined || NEEDED_WHEN[variable]?.(env) === false) continue;
    if (text(env, variable) !== undefined) {
      throw new ConfigError(`${variable}_PARAMETER`, `set either ${variable} or ${variable}_PARAMETER, not both`);
    }
    if (!PARAMETER_NAME.test(parameter)) {
      throw new ConfigError(`${variable}_PARAMETER`, `is not an SSM parameter name: "${parameter}"`);
    }
    wanted.set(variable, parameter);
  }
  if (wanted.size === 0) return env;
  let answer: ParameterValues;
  try {
    // Imported here so that local runs, which name no parameter, never load the SSM client.
    const reader = read ?? (await import('./ssmReader')).ssmParameterReader(text(env, 'AWS_REGION') ?? 'us-east-1');
    answer = await reader([...new Set(wanted.values())]);
  } catch (error) {
    const names = [...wanted.keys()].map((variable) => `${variable}_PARAMETER`).join(', ');
    const reason = error instanceof Error ? error.name : 'unknown error';
    throw new SecretUnavailableError(names, `could not read SSM Parameter Store (${reason})`, { cause: error });
  }
  const resolved: Env = { ...env };
  for (const [variable, parameter] of wanted) {
    const value = answer.values[parameter];
    if (value === undefined || answer.missing.includes(parameter)) {
      throw new ConfigError(`${variable}_PARAMETER`, `SSM parameter "${parameter}" does not exist`);
    }
    resolved[variable] = value;
  }
  return resolved;
}
