import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import * as oauth from 'oauth4webapi';
import { rawRequest } from '../../../helpers/service/rawHttp';
import { startTestService, type TestService } from '../../../helpers/service/testService';

/** Every URL-valued member of a metadata document. */
function urlsIn(metadata: Record<string, unknown>): string[] {
  return Object.entries(metadata)
    .filter(([key]) => key === 'issuer' || key === 'jwks_uri' || key.endsWith('_endpoint'))
    .map(([, value]) => String(value));
}

describe('checklist #22: authorization server metadata (RFC 8414)', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(async () => {
    await service.close();
  });

  it.each(['/.well-known/oauth-authorization-server', '/.well-known/openid-configuration'])(
    'RFC 8414 §3.2: %s publishes the expected values',
    async (path) => {
      const response = await fetch(`${service.url}${path}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      const metadata = (await response.json()) as Record<string, unknown>;
      expect(metadata).toMatchObject({
        issuer: service.issuer,
        authorization_endpoint: `${service.issuer}/auth`,
        token_endpoint: `${service.issuer}/token`,
        revocation_endpoint: `${service.issuer}/token/revocation`,
        response_types_supported: ['code'],
        grant_types_supported: ['authorization_code', 'refresh_token'],
        code_challenge_methods_supported: ['S256'],
        token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
        authorization_response_iss_parameter_supported: true,
        response_modes_supported: ['query'],
      });
      expect(metadata.scopes_supported).toEqual(expect.arrayContaining(['profile', 'rides:read', 'rides:write']));
      expect(metadata).not.toHaveProperty('userinfo_endpoint');
      expect(metadata).not.toHaveProperty('introspection_endpoint');
      expect(metadata).not.toHaveProperty('end_session_endpoint');
      expect(metadata).not.toHaveProperty('registration_endpoint');
    },
  );

  it.each([
    ['a hostile Host', 'GET /.well-known/oauth-authorization-server HTTP/1.1', ['Host: evil.example']],
    [
      'X-Forwarded-Host and X-Forwarded-Proto',
      'GET /.well-known/openid-configuration HTTP/1.1',
      ['Host: evil.example', 'X-Forwarded-Host: evil.example', 'X-Forwarded-Proto: https'],
    ],
    [
      'an absolute-form target naming another host',
      'GET http://evil.example/.well-known/oauth-authorization-server HTTP/1.1',
      ['Host: evil.example'],
    ],
  ])('RFC 8414 §3.2: with %s, every URL in the metadata still comes from the issuer', async (_label, line, headers) => {
    const response = await rawRequest(service.url, line, headers);
    expect(response.status).toBe(200);
    const metadata = JSON.parse(response.body) as Record<string, unknown>;
    const urls = urlsIn(metadata);
    expect(urls).toEqual(expect.arrayContaining([`${service.issuer}/token`, `${service.issuer}/auth`]));
    for (const url of urls) expect(url === service.issuer || url.startsWith(`${service.issuer}/`)).toBe(true);
    expect(response.body).not.toContain('evil.example');
  });

  it.each(['oauth2', 'oidc'] as const)(
    'RFC 8414 §3.3: oauth4webapi accepts the metadata via %s discovery',
    async (algorithm) => {
      const issuer = new URL(service.issuer);
      const as = await oauth.processDiscoveryResponse(
        issuer,
        await oauth.discoveryRequest(issuer, { algorithm, [oauth.allowInsecureRequests]: true }),
      );
      expect(as.issuer).toBe(service.issuer);
    },
  );

  it('RFC 7517 §4: the published key set holds public parameters only', async () => {
    const jwks = (await (await fetch(`${service.url}/jwks`)).json()) as { keys: Array<Record<string, unknown>> };
    expect(jwks.keys).toHaveLength(1);
    for (const key of jwks.keys)
      for (const secret of ['d', 'p', 'q', 'dp', 'dq', 'qi', 'k']) expect(key).not.toHaveProperty(secret);
  });
});
