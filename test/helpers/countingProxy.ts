import { createServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One DynamoDB request seen on the wire: its operation (`X-Amz-Target` after the dot) and its JSON body. */
export interface WireRequest {
  operation: string;
  body: Record<string, unknown>;
}

/**
 * A loopback HTTP proxy in front of a DynamoDB endpoint (dynalite, DynamoDB Local) that counts every request by
 * operation. A round trip is one request on the wire, so a BatchGetItem counts once however many keys it carries;
 * an SDK retry counts again. Exact on any machine, unlike timings.
 */
export interface CountingProxy {
  /** Where clients send their DynamoDB requests instead of the real endpoint. */
  endpoint: string;
  /** Requests since the last reset, in the order they arrived. */
  requests(): WireRequest[];
  /** Requests since the last reset, by operation. */
  counts(): Record<string, number>;
  /** How many requests since the last reset. */
  total(): number;
  /** Resolves once no request is in flight (so a count taken after it includes everything already started). */
  idle(): Promise<void>;
  reset(): void;
  close(): Promise<void>;
}

function parse(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** Starts the proxy on 127.0.0.1 with a random port, forwarding to `target` (`http://host:port`). */
export async function startCountingProxy(target: string): Promise<CountingProxy> {
  const upstream = new URL(target);
  let seen: WireRequest[] = [];
  let inFlight = 0;
  let waiters: Array<() => void> = [];
  const settle = () => {
    if (inFlight > 0) return;
    const ready = waiters;
    waiters = [];
    for (const done of ready) done();
  };
  const server = createServer((req, res) => {
    inFlight++;
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const header = req.headers['x-amz-target'];
      const operation = (typeof header === 'string' ? header.split('.').pop() : undefined) ?? 'unknown';
      seen.push({ operation, body: parse(body.toString('utf8')) });
      const forward = request(
        {
          host: upstream.hostname,
          port: upstream.port,
          method: req.method,
          path: req.url,
          headers: { ...req.headers, host: upstream.host },
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          answer.on('end', () => {
            inFlight--;
            settle();
          });
        },
      );
      forward.on('error', () => {
        if (!res.headersSent) res.writeHead(502);
        res.end();
        inFlight--;
        settle();
      });
      forward.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    requests: () => [...seen],
    counts: () => {
      const counts: Record<string, number> = {};
      for (const { operation } of seen) counts[operation] = (counts[operation] ?? 0) + 1;
      return counts;
    },
    total: () => seen.length,
    idle: () =>
      new Promise<void>((resolve) => {
        waiters.push(resolve);
        settle();
      }),
    reset: () => {
      seen = [];
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
