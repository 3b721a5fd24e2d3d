import { loadConfig } from '../../service/config';
import { ConfigError } from '../../service/errors';

/** A production configuration the service accepts, for checking one setting at a time against it. */
const VALID_BASE = {
  SERVICE_MODE: 'production',
  ISSUER: 'https://issuer.invalid',
  ALEXA_VENDOR_ID: 'CHECK',
  ALEXA_CLIENT_ID: 'ride-hailer-alexa',
  ALEXA_CLIENT_SECRET: 'a'.repeat(43),
  COOKIE_KEYS: 'k'.repeat(32),
};

/** The error the service would refuse `settings` with at its first cold start (it names the variable), if any. */
export function serviceConfigError(settings: Record<string, string | undefined>): ConfigError | undefined {
  try {
    loadConfig({ ...VALID_BASE, ...settings });
    return undefined;
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
}
