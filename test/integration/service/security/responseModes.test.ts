import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { authorizeUrl, LONG_STATE, REDIRECT_URIS } from '../../../helpers/service/alexa';
import { linkFromUrl } from '../../../helpers/service/link';
import { startTestService, type TestService } from '../../../helpers/service/testService';

describe('response modes: only query, as advertised (RFC 8414 §2, OAuth 2.0 Multiple Response Types §2.1)', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await startTestService();
  });
  afterAll(async () => {
    await service.close();
  });

  it('advertises query alone', async () => {
    const metadata = (await (await fetch(`${service.url}/.well-known/oauth-authorization-server`)).json()) as {
      response_modes_supported: string[];
    };
    expect(metadata.response_modes_supported).toEqual(['query']);
  });

  it.each(['form_post', 'fragment', 'web_message', ''])(
    'refuses response_mode=%s with unsupported_response_mode and the state, in the redirect URI’s query',
    async (mode) => {
      const url = authorizeUrl(service.authorizationUrl, { state: LONG_STATE, extra: { response_mode: mode } });
      const response = await fetch(url, { redirect: 'manual' });
      expect(response.status).toBe(303);
      const location = response.headers.get('location') ?? '';
      expect(location.startsWith(`${REDIRECT_URIS.pitangui}?`)).toBe(true);
      const redirect = new URL(location);
      expect(redirect.hash).toBe('');
      expect(redirect.searchParams.get('error')).toBe('unsupported_response_mode');
      expect(redirect.searchParams.get('state')).toBe(LONG_STATE);
      expect(redirect.searchParams.has('code')).toBe(false);
    },
  );

  it('RFC 6749 §3.1.2.4: an unserved mode with an unregistered redirect URI gets the error page, not a redirect', async () => {
    const url = authorizeUrl(service.authorizationUrl, {
      redirectUri: 'https://evil.example/cb',
      extra: { response_mode: 'form_post' },
    });
    const response = await fetch(url, { redirect: 'manual' });
    expect(response.status).toBe(400);
    expect(response.headers.get('location')).toBeNull();
    expect(await response.text()).not.toContain('evil.example');
  });

  it('links as usual with an explicit response_mode=query', async () => {
    const linked = await linkFromUrl(
      authorizeUrl(service.authorizationUrl, { state: 'explicit-query', extra: { response_mode: 'query' } }),
    );
    expect(linked.state).toBe('explicit-query');
    expect(linked.code).toMatch(/^[A-Za-z0-9_-]{43,}$/);
  });
});
