import type { ServerResponse } from 'node:http';

/** Sends a complete HTML page with the given headers (callers pass the security headers). */
export function sendHtml(res: ServerResponse, status: number, html: string, headers: Record<string, string>): void {
  const body = Buffer.from(html, 'utf8');
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': String(body.length),
  });
  res.end(body);
}

/** Sends JSON; API answers are never cached (RFC 6749 §5.1 applies the same rule to tokens). */
export function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  const body = Buffer.from(JSON.stringify(value), 'utf8');
  res.writeHead(status, {
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(body.length),
  });
  res.end(body);
}

/** 303 See Other after a POST, so the browser follows with GET (RFC 9700 §4.12). */
export function seeOther(res: ServerResponse, location: string, headers: Record<string, string> = {}): void {
  res.writeHead(303, { ...headers, Location: location, 'Content-Length': '0' });
  res.end();
}
