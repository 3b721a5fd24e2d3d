import { readFileSync } from 'node:fs';
import { AccountLinkingConfigError, diffAccountLinking, renderRequest } from '../../../scripts/accountLinking';

const template = JSON.parse(readFileSync(new URL('../../../accountLinking.json', import.meta.url), 'utf8'));

describe('renderRequest', () => {
  it('adds the secret and moves the URLs to the given auth origin', () => {
    const { accountLinkingRequest: request } = renderRequest(template, {
      clientSecret: 's3cret',
      authBaseUrl: 'https://login.example.com',
    });
    expect(request).toMatchObject({
      authorizationUrl: 'https://login.example.com/auth',
      accessTokenUrl: 'https://login.example.com/token',
      clientSecret: 's3cret',
      accessTokenScheme: 'HTTP_BASIC',
    });
  });

  it.each([
    ['no wrapper', { ...template.accountLinkingRequest }, { clientSecret: 's' }, /accountLinkingRequest/],
    [
      'a committed secret',
      { accountLinkingRequest: { ...template.accountLinkingRequest, clientSecret: 'x' } },
      { clientSecret: 's' },
      /must not contain clientSecret/,
    ],
    ['no secret in the environment', template, {}, /ALEXA_CLIENT_SECRET/],
    ['an http auth URL', template, { clientSecret: 's', authBaseUrl: 'http://login.example.com' }, /https/],
    [
      'a state in the URL',
      {
        accountLinkingRequest: {
          ...template.accountLinkingRequest,
          authorizationUrl: 'https://a.example/auth?state=x',
        },
      },
      { clientSecret: 's' },
      /state/,
    ],
    [
      'a short default expiry',
      { accountLinkingRequest: { ...template.accountLinkingRequest, defaultTokenExpirationInSeconds: 60 } },
      { clientSecret: 's' },
      /360/,
    ],
  ])('refuses %s', (_, file, options, message) => {
    expect(() => renderRequest(file, options)).toThrow(AccountLinkingConfigError);
    expect(() => renderRequest(file, options)).toThrow(message);
  });
});

describe('diffAccountLinking', () => {
  it('ignores what GET never returns and reports real drift', () => {
    const { accountLinkingRequest: expected } = renderRequest(template, { clientSecret: 's' });
    const { clientSecret, skipOnEnablement, ...returned } = expected;
    expect(diffAccountLinking(expected, returned)).toEqual([]);
    expect(diffAccountLinking(expected, { ...returned, accessTokenScheme: 'REQUEST_BODY_CREDENTIALS' })).toEqual([
      'accessTokenScheme: file "HTTP_BASIC", Alexa "REQUEST_BODY_CREDENTIALS"',
    ]);
  });
});
