// A tiny API Gateway (HTTP API, payload 2.0) in front of the built service bundle, so tests can drive whole
// browser and app flows through exactly what ships: every request becomes an event for dist/service/index.js's
// handler, and its answer (cookies array included) becomes the HTTP response. Like API Gateway it ends TLS in
// front of the function, which therefore sees https (ISSUER is the https origin); on this loopback stand-in the
// wire is plain http, so the browser's http Origin is read as the https one and absolute redirects to the https
// origin are rewritten to http. Prints "listening <url>".
import { createServer } from 'node:http';

const { handler } = await import(process.argv[2]);

function event(req, url, body) {
  const headers = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (name !== 'cookie') headers[name] = Array.isArray(value) ? value.join(',') : String(value);
  }
  headers['x-forwarded-proto'] = 'https';
  // What a browser would send if the wire were https, as behind the real API Gateway.
  if (headers.origin === url.origin.replace(/^https:/, 'http:')) headers.origin = url.origin;
  const cookies = req.headers.cookie ? req.headers.cookie.split(/;\s*/) : undefined;
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: url.pathname,
    rawQueryString: url.search.slice(1),
    cookies,
    headers,
    requestContext: {
      accountId: '123456789012',
      apiId: 'gateway',
      domainName: url.host,
      domainPrefix: 'gateway',
      http: { method: req.method, path: url.pathname, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'test' },
      requestId: `req-${Date.now()}`,
      routeKey: '$default',
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
    body: body.length > 0 ? body.toString('base64') : undefined,
    isBase64Encoded: body.length > 0,
  };
}

const server = createServer((req, res) => {
  const chunks = [];
  req.on('data', (chunk) => chunks.push(chunk));
  req.on('end', async () => {
    try {
      const url = new URL(req.url ?? '/', process.env.ISSUER);
      const plain = process.env.ISSUER.replace(/^https:/, 'http:');
      const result = await handler(event(req, url, Buffer.concat(chunks)), {});
      const headers = { ...(result.headers ?? {}) };
      if (typeof headers.location === 'string' && headers.location.startsWith(process.env.ISSUER)) {
        headers.location = plain + headers.location.slice(process.env.ISSUER.length);
      }
      if (result.cookies?.length) headers['set-cookie'] = result.cookies;
      res.writeHead(result.statusCode, headers);
      res.end(result.body === undefined ? '' : Buffer.from(result.body, result.isBase64Encoded ? 'base64' : 'utf8'));
    } catch (error) {
      res.writeHead(502, { 'content-type': 'text/plain' }).end(String(error));
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  // The handler reads its configuration on the first request, so the issuer can follow the port chosen here.
  const port = server.address().port;
  process.env.ISSUER = `https://127.0.0.1:${port}`;
  process.stdout.write(`listening http://127.0.0.1:${port}\n`);
});
