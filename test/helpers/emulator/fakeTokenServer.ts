import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the fake token endpoint received. */
export interface TokenRequest {
  authorization: string | undefined;
  body: URLSearchParams;
}

/** A token endpoint on loopback whose answer each test chooses; `hang` never answers (until closed). */
export interface FakeTokenServer {
  url: string;
  requests: TokenRequest[];
  answer(handler: (request: TokenRequest, res: ServerResponse) => void): void;
  close(): Promise<void>;
}

/** Answers with JSON and the given status. */
export function json(res: ServerResponse, body: unknown, status = 200): void {
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(body));
}

/** Starts the fake on 127.0.0.1:0; by default it answers a well-formed token response. */
export async function startFakeTokenServer(): Promise<FakeTokenServer> {
  const requests: TokenRequest[] = [];
  let handler = (_: TokenRequest, res: ServerResponse) =>
    json(res, { access_token: 'a'.repeat(40), token_type: 'Bearer', expires_in: 3600, refresh_token: 'r'.repeat(40) });
  const server = createServer((req: IncomingMessage, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = {
        authorization: req.headers.authorization,
        body: new URLSearchParams(Buffer.concat(chunks).toString()),
      };
      requests.push(request);
      handler(request, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/token`,
    requests,
    answer: (next) => {
      handler = next;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
