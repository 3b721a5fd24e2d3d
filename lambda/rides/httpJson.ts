import type { AxiosInstance } from 'axios';
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
let instance: Promise<AxiosInstance> | undefined;

/**
 * axios and the keep-alive agents (with node:http, node:https and TLS behind them) are loaded on first use,
 * so requests that never call out do not pay their load time.
 */
function client(): Promise<AxiosInstance> {
  instance ??= Promise.all([import('axios'), import('node:http'), import('node:https')]).then(([axios, http, https]) =>
    axios.default.create({
      httpAgent: new http.Agent({ keepAlive: true, maxSockets: 16 }),
      httpsAgent: new https.Agent({ keepAlive: true, maxSockets: 16 }),
      adapter: 'http',
      maxRedirects: 0,
      maxContentLength: MAX_BODY_BYTES,
      responseType: 'text',
      transitional: { silentJSONParsing: true, forcedJSONParsing: false, clarifyTimeoutError: true },
      validateStatus: () => true,
    }),
  );
  return instance;
}

/** RFC 6749 §2.3.1 / Appendix B: form-encode id and secret, then base64 `id:secret`. */
function basicCredentials(id: string, secret: string): string {
  const encode = (value: string) => encodeURIComponent(value).replace(/%20/g, '+');
  return Buffer.from(`${encode(id)}:${encode(secret)}`).toString('base64');
}

function parse(text: unknown): unknown {
  if (typeof text !== 'string' || text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Sends one JSON request within what is left of the budget. The token goes only in the
 * Authorization header (RFC 6750 §2.1), never in the URL.
 */
export async function requestJson(request: JsonRequest, budget: Budget): Promise<JsonResponse> {
  const timeout = budget.remainingMs();
  if (timeout < 50) throw new NoAnswerError('time budget exhausted before the call');
  const http = await client();
  const headers: Record<string, string> = { Accept: 'application/json', ...request.headers };
  if (request.accessToken !== undefined) headers.Authorization = `Bearer ${request.accessToken}`;
  if (request.basic !== undefined)
    headers.Authorization = `Basic ${basicCredentials(request.basic.id, request.basic.secret)}`;
  if (request.body !== undefined) headers['Content-Type'] = 'application/json';
  try {
    const response = await http.request({
      method: request.method,
      url: request.url,
      params: request.query,
      headers,
      data: request.body === undefined ? undefined : JSON.stringify(request.body),
      timeout,
      signal: AbortSignal.timeout(timeout),
    });
    const wwwAuthenticate = response.headers['www-authenticate'];
    return {
      status: response.status,
      body: parse(response.data),
      wwwAuthenticate: typeof wwwAuthenticate === 'string' ? wwwAuthenticate : undefined,
    };
  } catch (error) {
    const { code } = error as { code?: string };
    throw new NoAnswerError(`no answer from linked service (${code ?? 'network error'})`);
  }
}
