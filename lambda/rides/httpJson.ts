import type { Agent, request as httpRequest } from 'node:http';
import type { Budget } from './Budget';

/** One linked-service HTTP exchange, as far as the skill cares. */
export interface JsonResponse {
  status: number;
  /** Parsed JSON, or undefined when the body was empty or not JSON. */
  body: unknown;
  wwwAuthenticate: string | undefined;
}

export interface JsonRequest {
  method: 'GET' | 'POST' | 'PUT';
  url: string;
  accessToken?: string;
  /** HTTP Basic client credentials (RFC 6749 §2.3.1), used instead of a bearer token. */
  basic?: { id: string; secret: string };
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: unknown;
}

/** Network failure, timeout or an exhausted budget: no HTTP answer at all. */
export class NoAnswerError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NoAnswerError';
  }
}

const MAX_BODY_BYTES = 256 * 1024;

interface Transport {
  request: typeof httpRequest;
  agent: Agent;
}

const transports = new Map<string, Promise<Transport>>();

/**
 * node:http or node:https with a keep-alive agent, loaded on first use of that protocol: a request that never calls
 * out loads neither, and an http call (a local API) never loads TLS. Node's own client rather than a library
 * keeps the first linked answer's cold start small.
 */
function transport(protocol: string): Promise<Transport> {
  let made = transports.get(protocol);
  if (made === undefined) {
    const agent = { keepAlive: true, maxSockets: 16 };
    made =
      protocol === 'https:'
        ? import('node:https').then((https) => ({ request: https.request, agent: new https.Agent(agent) }))
        : import('node:http').then((http) => ({ request: http.request, agent: new http.Agent(agent) }));
    transports.set(protocol, made);
  }
  return made;
}

/** RFC 6749 §2.3.1 / Appendix B: form-encode id and secret, then base64 `id:secret`. */
function basicCredentials(id: string, secret: string): string {
  const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+');
  return Buffer.from(`${encode(id)}:${encode(secret)}`).toString('base64');
}

function parse(text: string): unknown {
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function noAnswer(error: unknown): NoAnswerError {
  const { code, name } = error as { code?: string; name?: string };
  return new NoAnswerError(`no answer from linked service (${code ?? name ?? 'network error'})`, { cause: error });
}

/**
 * Sends one JSON request within what is left of the budget: no redirects followed, at most 256 KB read, any status
 * returned as it is. The token goes only in the Authorization header (RFC 6750 §2.1), never in the URL.
 */
export async function requestJson(request: JsonRequest, budget: Budget): Promise<JsonResponse> {
  const timeout = budget.remainingMs();
  if (timeout < 50) throw new NoAnswerError('time budget exhausted before the call');
  const url = new URL(request.url);
  for (const [name, value] of Object.entries(request.query ?? {})) url.searchParams.set(name, value);
  const headers: Record<string, string> = { Accept: 'application/json', ...request.headers };
  if (request.accessToken !== undefined) headers.Authorization = `Bearer ${request.accessToken}`;
  if (request.basic !== undefined)
    headers.Authorization = `Basic ${basicCredentials(request.basic.id, request.basic.secret)}`;
  const body = request.body === undefined ? undefined : JSON.stringify(request.body);
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    headers['Content-Length'] = String(Buffer.byteLength(body));
  }
  const { request: send, agent } = await transport(url.protocol);
  return new Promise<JsonResponse>((resolve, reject) => {
    const options = { method: request.method, headers, agent, signal: AbortSignal.timeout(timeout) };
    const outgoing = send(url, options, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size <= MAX_BODY_BYTES) chunks.push(chunk);
        else res.destroy(new NoAnswerError(`answer larger than ${MAX_BODY_BYTES} bytes`));
      });
      res.on('error', (error) => reject(error instanceof NoAnswerError ? error : noAnswer(error)));
      // Cut off mid-answer (timeout, reset): no usable answer. After 'end' this changes nothing.
      res.on('close', () => {
        if (!res.complete) reject(noAnswer(new Error('answer cut off')));
      });
      res.on('end', () => {
        const wwwAuthenticate = res.headers['www-authenticate'];
        resolve({
          status: res.statusCode ?? 0,
          body: parse(Buffer.concat(chunks).toString('utf8')),
          wwwAuthenticate: typeof wwwAuthenticate === 'string' ? wwwAuthenticate : undefined,
        });
      });
    });
    outgoing.on('error', (error) => reject(noAnswer(error)));
    outgoing.end(body);
  });
}
