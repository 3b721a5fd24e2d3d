/** API Gateway HTTP API (payload 2.0) / Function URL events, the shape service/index.ts receives on Lambda. */
export function httpApiEvent(
  method: string,
  path: string,
  options: { query?: string; headers?: Record<string, string>; body?: string; cookies?: string[] } = {},
) {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: options.query ?? '',
    cookies: options.cookies,
    headers: {
      host: 'auth.ride-hailer.test',
      'x-forwarded-proto': 'https',
      'x-forwarded-for': '198.51.100.7',
      'user-agent': 'Apache-HttpClient/4.5.x (Java/1.8.0_152)',
      ...(options.headers ?? {}),
    },
    requestContext: {
      accountId: '123456789012',
      apiId: 'api',
      domainName: 'auth.ride-hailer.test',
      domainPrefix: 'auth',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '198.51.100.7', userAgent: 'test' },
      requestId: 'req',
      routeKey: '$default',
      stage: '$default',
      time: '01/Jan/2030:00:00:00 +0000',
      timeEpoch: 1_893_456_000_000,
    },
    body: options.body,
    isBase64Encoded: false,
  };
}
