import { ConfigError } from './errors';

/** The environment as a plain record, so tests can pass their own. */
export type Env = Record<string, string | undefined>;

/** Whether the service runs with local defaults or production requirements. */
type Mode = 'local' | 'production';

/** A trimmed value; blank counts as unset. */
export function text(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === '' ? undefined : value;
}

/** A whole number in [min, max], or the fallback when unset. */
export function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw)) throw new ConfigError(name, `must be a whole number, got "${raw}"`);
  const value = Number(raw);
  if (value < min || value > max) throw new ConfigError(name, `must be between ${min} and ${max}, got ${value}`);
  return value;
}

/** `true` or `false`, or the fallback when unset. */
export function flag(env: Env, name: string, fallback: boolean): boolean {
  const raw = text(env, name);
  if (raw === undefined) return fallback;
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  throw new ConfigError(name, `must be "true" or "false", got "${raw}"`);
}

/** A value production must set; local mode falls back to a development default. */
export function required(env: Env, name: string, mode: Mode, localDefault: string): string {
  const value = text(env, name);
  if (value !== undefined) return value;
  if (mode === 'production') throw new ConfigError(name, 'is required when SERVICE_MODE=production');
  return localDefault;
}

/** An absolute URL, or a ConfigError naming the variable. */
export function url(name: string, raw: string): URL {
  try {
    return new URL(raw);
  } catch {
    throw new ConfigError(name, `must be an absolute URL, got "${raw}"`);
  }
}
