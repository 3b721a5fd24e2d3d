import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createLogger } from '../../../service/log';
import { type RunningService, startService } from '../../../service/server';
import { rawRequest } from '../../helpers/service/rawHttp';

describe('RFC 9112 §3.2: a malformed request target or Host header on the node:http edge', () => {
  let service: RunningService;
  const logs: Array<Record<string, unknown>> = [];
  beforeAll(async () => {
    service = await startService({
      port: 0,
      env: { LOCAL_DATA_DIR: 'memory' },
      log: createLogger('info', (line) => logs.push(JSON.parse(line) as Record<string, unknown>)),
    });
  });
  afterAll(async () => {
    await service.close();
  });
  beforeEach(() => {
    logs.length = 0;
  });

  it.each([
    ['an absolute-form target that does not parse', 'GET http://[/ HTTP/1.1', ['Host: example.com']],
    ['a Host header that is no host', 'GET /.well-known/openid-configuration HTTP/1.1', ['Host: [']],
    ['a Host header on an API path', 'GET /v1/fares?destination=Airport HTTP/1.1', ['Host: a b']],
    ['a Host header with a path', 'POST /token HTTP/1.1', ['Host: example.com/x', 'Content-Length: 0']],
  ])('%s answers 400 invalid_request and is logged once as a client error', async (_label, line, headers) => {
    const response = await rawRequest(service.url, line, headers);
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(JSON.parse(response.body)).toEqual({
      error: 'invalid_request',
      error_description: expect.stringMatching(/^malformed (request target|Host header)$/),
    });
    expect(logs).toEqual([expect.objectContaining({ level: 'info', event: 'client_error', status: 400 })]);
  });

  it.each([
    ['an origin-form target with an authority-like path', 'GET //[ HTTP/1.1', ['Host: example.com'], 404],
    ['an absolute-form target', 'GET http://example.com/v1/fares?destination=Airport HTTP/1.1', ['Host: x'], 200],
    ['a bracketed IPv6 Host with a port', 'GET /v1/fares?destination=Airport HTTP/1.1', ['Host: [::1]:3001'], 200],
    ['an HTTP/1.0 request without Host', 'GET /v1/fares?destination=Airport HTTP/1.0', [], 200],
  ])('%s is served normally', async (_label, line, headers, status) => {
    const response = await rawRequest(service.url, line, headers);
    expect(response.status).toBe(status);
    expect(logs.filter((entry) => entry.level === 'error')).toEqual([]);
  });
});
