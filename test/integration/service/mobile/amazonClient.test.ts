import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { loadConfig, type MobileConfig } from '../../../../service/config';
import { AmazonClient } from '../../../../service/mobile/amazonClient';
import { AmazonUnavailableError } from '../../../../service/mobile/errors';

/** A loopback Alexa API whose alexaApiEndpoint answer each test sets. */
let server: Server;
let endpoints: unknown;
let seenAuthorization: string | undefined;
let config: MobileConfig;
beforeAll(async () => {
  server = createServer((req, res) => {
    seenAuthorization = req.headers.authorization;
    res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ endpoints }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const mobile = loadConfig({ ALEXA_API_URL: base }).mobile;
  if (!mobile) throw new Error('mobile endpoints are off');
  config = mobile;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('the Amazon client’s alexaApiEndpoint call', () => {
  it('sends the Amazon token only as a Bearer header and accepts hosts with or without https://', async () => {
    endpoints = ['api.amazonalexa.com', 'https://api.eu.amazonalexa.com', 'api.fe.amazon.com'];
    const hosts = await new AmazonClient(config).endpoints('amazon-access-token');
    expect(hosts).toEqual(['api.amazonalexa.com', 'api.eu.amazonalexa.com', 'api.fe.amazon.com']);
    expect(seenAuthorization).toBe('Bearer amazon-access-token');
  });

  it.each([['attacker.example'], ['api.amazonalexa.com.attacker.example'], ['127.0.0.1:9']])(
    'refuses to send the token on to %s',
    async (host) => {
      endpoints = ['api.amazonalexa.com', host];
      await expect(new AmazonClient(config).endpoints('amazon-access-token')).rejects.toBeInstanceOf(
        AmazonUnavailableError,
      );
    },
  );
});
