import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { AuthorizationCode } from 'simple-oauth2';
import { DataDirInUseError } from '../../../service/errors';
import { createRider } from '../../../service/riders/riderService';
import { type RunningService, startService } from '../../../service/server';
import { CLIENT_SECRET, REDIRECT_URIS, SCOPE } from '../../helpers/service/alexa';
import { DEMO, linkFromUrl } from '../../helpers/service/link';

describe('startService() with simple-oauth2 over HTTP Basic', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startService({ port: 0, env: { LOCAL_DATA_DIR: 'memory', LOG_LEVEL: 'silent' } });
  });
  afterAll(async () => {
    await service.close();
  });

  it('reports the URLs and client id an OAuth client needs', () => {
    expect(service.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(service.issuer).toBe(service.url);
    expect(service.authorizationUrl).toBe(`${service.url}/auth`);
    expect(service.tokenUrl).toBe(`${service.url}/token`);
    expect(service.clientId).toBe('ride-hailer-alexa');
  });

  it('RFC 6749 §4.1.4 / §5.1: issues Bearer tokens the rides API accepts until the grant is revoked', async () => {
    const client = new AuthorizationCode({
      client: { id: service.clientId, secret: CLIENT_SECRET },
      auth: { tokenHost: service.url, tokenPath: '/token', authorizeHost: service.url, authorizePath: '/auth' },
      options: { authorizationMethod: 'header' },
    });
    const url = client.authorizeURL({ redirect_uri: REDIRECT_URIS.layla, scope: SCOPE, state: 'simple-oauth2' });
    const linked = await linkFromUrl(url);
    expect(linked.state).toBe('simple-oauth2');

    const accessToken = await client.getToken({ code: linked.code, redirect_uri: REDIRECT_URIS.layla });
    const token = accessToken.token as Record<string, unknown>;
    expect(token.token_type).toBe('Bearer');
    expect(typeof token.expires_in).toBe('number');
    expect(token.expires_in as number).toBeGreaterThanOrEqual(360);
    expect(typeof token.refresh_token).toBe('string');

    const me = () => fetch(`${service.url}/v1/me`, { headers: { authorization: `Bearer ${token.access_token}` } });
    const before = await me();
    expect(before.status).toBe(200);
    const rider = (await before.json()) as { id: string; email: string };
    expect(rider.email).toBe(DEMO.email);

    await expect(service.app.revokeGrantsForRider(rider.id)).resolves.toBe(1);
    const after = await me();
    expect(after.status).toBe(401);
    expect(after.headers.get('www-authenticate')).toContain('error="invalid_token"');
  });
});

describe('startService() with the on-disk local database', () => {
  it('keeps state across restarts and refuses a second process on the same folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ride-hailer-service-'));
    const env = { LOCAL_DATA_DIR: dir, LOG_LEVEL: 'silent' };
    try {
      const first = await startService({ port: 0, env });
      await createRider(
        first.app.riders,
        { email: 'kept@example.com', name: 'Kept', password: 'kept-password' },
        new Date(),
      );
      await expect(startService({ port: 0, env })).rejects.toBeInstanceOf(DataDirInUseError);
      await first.close();
      const second = await startService({ port: 0, env });
      await expect(second.app.riders.findByEmail('kept@example.com')).resolves.toMatchObject({ name: 'Kept' });
      await expect(second.app.riders.findByEmail(DEMO.email)).resolves.toMatchObject({ name: DEMO.name });
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
