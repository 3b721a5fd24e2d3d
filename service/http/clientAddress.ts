import type { IncomingMessage } from 'node:http';

/**
 * The client's address for throttling: the TCP peer locally, API Gateway's `sourceIp` on Lambda (serverless-http
 * puts it on the socket). `X-Forwarded-For` is never read, because any client can forge it.
 */
export function clientAddress(req: IncomingMessage): string {
  return req.socket?.remoteAddress ?? 'unknown';
}
