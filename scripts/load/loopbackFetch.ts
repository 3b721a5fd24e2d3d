import { Agent, request } from 'node:http';

/** One HTTP exchange as the load run times it. */
export interface Exchange {
  method: string;
  url: URL;
  status: number;
  ms: number;
}

/**
 * A `fetch` for plain-http loopback URLs that sends from `localAddress` (any 127.x.y.z works on Linux), so that
 * every simulated user has an address of its own, as real users do: the service counts sign-in attempts per
 * client address. Each exchange is reported to `observe`. Enough of fetch for the emulator's linking client.
 */
export function loopbackFetch(localAddress: string, observe: (exchange: Exchange) => void): typeof fetch {
  // A connection per request: a kept-alive socket the server closes while idle would fail the next request.
  const agent = new Agent({ keepAlive: false, localAddress });
  const loopback = async (input: string | URL | Request, init: RequestInit = {}): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : input);
    const method = init.method ?? 'GET';
    const headers: Record<string, string> = {};
    new Headers(init.headers).forEach((value, name) => {
      headers[name] = value;
    });
    const body = init.body === undefined || init.body === null ? undefined : String(init.body);
    const started = performance.now();
    const answer = await new Promise<{ status: number; raw: string[]; data: Buffer }>((resolve, reject) => {
      const outgoing = request(
        { agent, method, hostname: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, headers },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 0, raw: res.rawHeaders, data: Buffer.concat(chunks) }),
          );
          res.on('error', reject);
        },
      );
      outgoing.on('error', reject);
      init.signal?.addEventListener('abort', () => outgoing.destroy(new Error('aborted')), { once: true });
      outgoing.end(body);
    });
    observe({ method, url, status: answer.status, ms: performance.now() - started });
    const responseHeaders = new Headers();
    for (let i = 0; i + 1 < answer.raw.length; i += 2)
      responseHeaders.append(answer.raw[i] ?? '', answer.raw[i + 1] ?? '');
    const empty = answer.status === 204 || answer.status === 304;
    return new Response(empty ? null : new Uint8Array(answer.data), {
      status: answer.status,
      headers: responseHeaders,
    });
  };
  return Object.assign(loopback, { destroy: () => agent.destroy() }) as unknown as typeof fetch;
}
