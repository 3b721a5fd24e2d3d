import type { LogLevel } from './config';

/** Structured JSON logger; values under secret-looking keys are replaced before anything is written. */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  child(fields: LogFields): Logger;
}

export type LogFields = Record<string, unknown>;
type Sink = (line: string) => void;

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };
/** Keys whose values are credentials: access/refresh tokens, auth codes, secrets, headers that carry them. */
const SECRET_KEY = /token|secret|password|authorization|cookie|^code$|code_verifier|apiaccesstoken/i;
export const REDACTED = '[redacted]';

function redact(value: unknown, depth = 0): unknown {
  if (depth > 6 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) return describeError(value);
  if (Array.isArray(value)) return value.map((item) => redact(item, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = SECRET_KEY.test(key) ? REDACTED : redact(inner, depth + 1);
  }
  return out;
}

/** Name, code and message of an error and its causes — never its config, request or headers. */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: String(error) };
  const { code } = error as { code?: unknown };
  const described: Record<string, unknown> = { name: error.name, message: error.message };
  // Not `code`: that key is redacted everywhere, because OAuth authorization codes travel under it.
  if (typeof code === 'string') described.errorCode = code;
  if (error.cause !== undefined) described.cause = describeError(error.cause);
  return described;
}

/** Creates a logger that writes one JSON object per line at or above `level`. */
export function createLogger(
  level: LogLevel,
  base: LogFields = {},
  sink: Sink = (line) => process.stdout.write(`${line}\n`),
): Logger {
  const write = (at: Exclude<LogLevel, 'silent'>, message: string, fields?: LogFields) => {
    if (RANK[at] < RANK[level]) return;
    const entry = {
      level: at,
      time: new Date().toISOString(),
      message,
      ...(redact({ ...base, ...fields }) as LogFields),
    };
    sink(JSON.stringify(entry));
  };
  return {
    debug: (m, f) => write('debug', m, f),
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
    child: (fields) => createLogger(level, { ...base, ...fields }, sink),
  };
}
