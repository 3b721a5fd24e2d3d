// Plays API Gateway (HTTP API, payload 2.0) in front of the shipped service bundle dist/service/index.js: every HTTP
// request on 127.0.0.1 becomes one Lambda event for the bundle's handler, and its result becomes the HTTP answer.
// Concurrent requests are concurrent invocations, as with many warm Lambda instances. The issuer is this gateway's
// own URL, so it is chosen after the port; the bundle reads its configuration on the first event. Prints the URL.
// With GATEWAY_FROZEN_CLOCK set, Date.now() stands still, so a burst of attempts never straddles a throttle window.
// The gateway speaks plain HTTP on loopback while the bundle, as on Lambda, takes every request for HTTPS; so a
// redirect to the gateway's own origin is handed back with http: (nothing else is rewritten).
import { createServer } from 'node:http';
import { join } from 'node:path';

if (process.env.GATEWAY_FROZEN_CLOCK) {
  const frozen = Date.now();
  Date.now = () => frozen;
}

// GATEWAY_BUNDLE: another copy of the bundle (an unpacked dist/service.zip, say) instead of dist/service/index.js.
const bundle = process.env.GATEWAY_BUNDLE ?? join(import.meta.dirname, '..', '..', '..', 'dist', 'service', 'index.js');
const { handler } = await import(bundle);

function eventFor(req, body) {
  const url = new URL(req.url ?? '/', 'http://gateway');
  const headers = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (name !== 'cookie' && value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    cookies: req.headers.cookie ? req.headers.cookie.split(/;\s*/) : undefined,
    headers,
    requestContext: {
      http: {
        method: req.method,
        path: url.pathname,
        protocol: 'HTTP/1.1',
        sourceIp: req.socket.remoteAddress,
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: 'gateway',
      routeKey: '$default',
      stage: '$default',
      timeEpoch: Date.now(),
    },
    body: body.length > 0 ? body.toString('base64') : undefined,
    isBase64Encoded: body.length > 0,
  };
}

let secureOrigin = '';
const server = createServer(async (req, res) => {
  try {
    const chunks = [];
    for await (const chunk of req) chunks.push(chunk);
    const result = await handler(eventFor(req, Buffer.concat(chunks)), {});
    const headers = { ...(result.headers ?? {}) };
    if (typeof headers.location === 'string' && headers.location.startsWith(secureOrigin)) {
      headers.location = `http:${headers.location.slice('https:'.length)}`;
    }
    if (result.cookies?.length) headers['set-cookie'] = result.cookies;
    res.writeHead(result.statusCode, headers);
    res.end(Buffer.from(result.body ?? '', result.isBase64Encoded ? 'base64' : 'utf8'));
  } catch (error) {
    console.error(error);
    res.writeHead(502).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}`;
secureOrigin = url.replace(/^http:/, 'https:');
// GATEWAY_HTTPS_ISSUER: the issuer is https://127.0.0.1:<port>, as production mode requires (the gateway still speaks http).
process.env.ISSUER = process.env.GATEWAY_HTTPS_ISSUER ? secureOrigin : url;
process.stdout.write(`${url}\n`);
