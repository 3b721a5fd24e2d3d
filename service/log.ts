import type { LogLevel } from './config';

/** Structured fields of one log line; callers pass codes and ids, never tokens, secrets or passwords. */
export type LogFields = Record<string, string | number | boolean | undefined>;

/** A minimal leveled logger. */
export interface Logger {
  error(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
}

const RANK: Record<LogLevel, number> = { silent: 0, error: 1, warn: 2, info: 3 };

/** Writes JSON lines to stderr for levels at or above `level`. */
export function createLogger(level: LogLevel, write: (line: string) => void = (line) => console.error(line)): Logger {
  const at =
    (name: Exclude<LogLevel, 'silent'>) =>
    (event: string, fields: LogFields = {}) => {
      if (RANK[name] <= RANK[level]) write(JSON.stringify({ level: name, event, ...fields }));
    };
  return { error: at('error'), warn: at('warn'), info: at('info') };
}
