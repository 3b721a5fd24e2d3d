import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

const MAX_BODY = 64 * 1024;

/** Reads a request body (at most 64 KiB) as text. */
export async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY) throw new Error('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A JSON text that holds an object, parsed; undefined for anything else (invalid JSON, an array, a scalar). */
export function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** A form or JSON body as a flat record of strings. */
export async function readFields(req: IncomingMessage): Promise<Record<string, string>> {
  const text = await readText(req);
  if ((req.headers['content-type'] ?? '').includes('application/json')) {
    const parsed = text === '' ? {} : (JSON.parse(text) as Record<string, unknown>);
    return Object.fromEntries(Object.entries(parsed).map(([key, value]) => [key, String(value)]));
  }
  return Object.fromEntries(new URLSearchParams(text));
}

const HTML_HEADERS = {
  'Content-Type': 'text/html; charset=utf-8',
  'Cache-Control': 'no-store',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'same-origin',
  'Content-Security-Policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'",
};

/** Sends an HTML page with the anti-framing and no-store headers. */
export function sendHtml(res: ServerResponse, status: number, html: string): void {
  res.writeHead(status, HTML_HEADERS).end(html);
}

/** Sends a JSON body (never cached). */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res
    .writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8', 'Cache-Control': 'no-store', ...headers })
    .end(JSON.stringify(body));
}

/** 303 See Other: the browser follows with a GET (RFC 9110 §15.4.4). */
export function redirect(res: ServerResponse, location: string): void {
  res.writeHead(303, { Location: location, 'Cache-Control': 'no-store' }).end();
}

/** Starts listening; resolves with the bound port, rejects with a readable message when the port is taken. */
export function listen(server: Server, port: number, host: string, what: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      const hint =
        error.code === 'EADDRINUSE'
          ? ` (port ${port} is in use: stop what uses it, or choose free ports with --port, --service-port and --lwa-port, or EMULATOR_PORT, EMULATOR_SERVICE_PORT and EMULATOR_LWA_PORT)`
          : '';
      reject(new Error(`${what} could not listen on ${host}:${port}: ${error.message}${hint}`));
    });
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

/** Stops a server, closing idle and open connections. */
export function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

/** The URL origin for a host and port (IPv6 literals bracketed). */
export function origin(host: string, port: number): string {
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}
