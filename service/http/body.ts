import type { IncomingMessage } from 'node:http';
import { ContentTooLargeError, InvalidRequestError } from '../errors';

/** Largest request body the service reads; forms and ride requests are tiny. */
export const MAX_BODY_BYTES = 16 * 1024;

const TOO_LARGE = `request body too large (at most ${MAX_BODY_BYTES} bytes)`;

/** Reads the whole body as UTF-8, refusing anything over {@link MAX_BODY_BYTES} (413, before reading if declared). */
export async function readBody(req: IncomingMessage): Promise<string> {
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) throw new ContentTooLargeError(TOO_LARGE);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new ContentTooLargeError(TOO_LARGE);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The media type of a request, lower-cased, without parameters. */
export function mediaType(req: IncomingMessage): string {
  return (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
}

/** Reads an `application/x-www-form-urlencoded` body; other media types are refused. */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  if (mediaType(req) !== 'application/x-www-form-urlencoded') {
    throw new InvalidRequestError('expected application/x-www-form-urlencoded');
  }
  return new URLSearchParams(await readBody(req));
}

/** Reads a JSON object body; other media types and non-objects are refused. */
export async function readJsonObject(req: IncomingMessage): Promise<Record<string, unknown>> {
  if (mediaType(req) !== 'application/json') throw new InvalidRequestError('expected application/json');
  const text = await readBody(req);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new InvalidRequestError('body is not valid JSON');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InvalidRequestError('body must be a JSON object');
  }
  return value as Record<string, unknown>;
}
