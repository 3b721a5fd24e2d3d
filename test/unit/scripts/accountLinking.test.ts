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

  it('moves the app-to-app links to the app’s origin and keeps one iOS and one Android link', () => {
    const { accountLinkingRequest: request } = renderRequest(template, {
      clientSecret: 's',
      appBaseUrl: 'https://www.rides.example.com',
    });
    expect(request.redirectUrls).toEqual(['https://www.rides.example.com/app/alexa/linked']);
    expect(request.authorizationUrlsByPlatform).toEqual([
      { platformType: 'iOS', platformAuthorizationUrl: 'https://www.rides.example.com/app/alexa/authorize' },
      { platformType: 'Android', platformAuthorizationUrl: 'https://www.rides.example.com/app/alexa/authorize' },
    ]);
  });

  const withLinks = (links: Record<string, unknown>) => ({
    accountLinkingRequest: { ...template.accountLinkingRequest, ...links },
  });

  it.each([
    ['an http app link', withLinks({ redirectUrls: ['http://www.example.com/app'] }), /redirectUrls must use https/],
    [
      'a state in an app link',
      withLinks({
        authorizationUrlsByPlatform: [{ platformType: 'iOS', platformAuthorizationUrl: 'https://a.example/x?state=1' }],
      }),
      /\(iOS\) must not carry its own state/,
    ],
    [
      'an unknown platform',
      withLinks({
        authorizationUrlsByPlatform: [{ platformType: 'Windows', platformAuthorizationUrl: 'https://a.example/x' }],
      }),
      /platformType must be iOS or Android/,
    ],
    ['an app link that is no URL', withLinks({ redirectUrls: ['app/alexa'] }), /must be an absolute URL/],
  ])('refuses %s', (_, file, message) => {
    expect(() => renderRequest(file, { clientSecret: 's' })).toThrow(message);
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
