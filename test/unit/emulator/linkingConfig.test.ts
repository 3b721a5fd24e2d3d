import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localLinkingConfig, readAccountLinking, usesLoginWithAmazon } from '../../../emulator/linking/config';
import { insecureUrl } from '../../../emulator/linking/diagnosis';

async function fileWith(request: Record<string, unknown>): Promise<string> {
  return rawFile({ accountLinkingRequest: request });
}

async function rawFile(content: unknown): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'linking-')), 'accountLinking.json');
  await writeFile(file, JSON.stringify(content));
  return file;
}

const FIELDS = {
  type: 'AUTH_CODE',
  authorizationUrl: 'https://auth.example.org/authorize',
  accessTokenUrl: 'https://auth.example.org/oauth/token',
  accessTokenScheme: 'REQUEST_BODY_CREDENTIALS',
  clientId: 'alexa',
  scopes: ['read'],
};

describe('reading another skill’s account-linking file', () => {
  it.each([
    ['bare', FIELDS],
    ['wrapped for update-account-linking-info', { accountLinkingRequest: FIELDS }],
    ['as get-account-linking-info prints it', { accountLinkingResponse: FIELDS }],
  ])('reads the fields %s', async (_, content) => {
    expect(await readAccountLinking(await rawFile(content))).toEqual(FIELDS);
  });

  it.each([
    [[FIELDS], /expected the account-linking fields/],
    [{ something: 'else' }, /expected the account-linking fields/],
    [{ ...FIELDS, type: 'IMPLICIT' }, /type must be AUTH_CODE for the emulator \(got IMPLICIT\)/],
    [{ ...FIELDS, accessTokenUrl: '/token' }, /accessTokenUrl must be a URL \(got "\/token"\)/],
    [{ ...FIELDS, scopes: 'read write' }, /scopes must be a list of strings/],
  ])('names what is wrong with %j', async (content, message) => {
    await expect(readAccountLinking(await rawFile(content))).rejects.toThrow(message);
  });

  it('knows Login with Amazon by its hosts, which the Amazon stand-in then plays', async () => {
    const lwa = await readAccountLinking('accountLinking.lwa.json');
    expect(usesLoginWithAmazon(lwa)).toBe(true);
    expect(usesLoginWithAmazon({ ...lwa, authorizationUrl: 'https://www.amazon.co.uk/ap/oa' })).toBe(true);
    expect(usesLoginWithAmazon(await readAccountLinking(await rawFile(FIELDS)))).toBe(false);
  });

  it('lets plain HTTP through only on this machine', () => {
    for (const url of [
      'http://127.0.0.1:4000/auth',
      'http://localhost/token',
      'http://[::1]:80/a',
      'https://x.org/a',
    ]) {
      expect([url, insecureUrl('authorizationUrl', url)]).toEqual([url, undefined]);
    }
    expect(insecureUrl('accessTokenUrl', 'http://10.0.0.5:4000/token')).toMatch(
      /^accessTokenUrl http:\/\/10\.0\.0\.5:4000\/token uses http: Alexa calls only https:\/\/ URLs on port 443/,
    );
  });
});

describe('the account-linking file’s app-to-app links', () => {
  it('moves the app links to the emulator’s origin and the authorization server’s to the service’s', async () => {
    const request = await readAccountLinking('accountLinking.json');
    const local = localLinkingConfig(request, {
      origin: 'http://127.0.0.1:3001',
      appOrigin: 'http://127.0.0.1:3000',
      clientSecret: 's',
      pkce: false,
    });
    expect(local.accessTokenUrl).toBe('http://127.0.0.1:3001/token');
    expect(local.redirectUrls).toEqual(['http://127.0.0.1:3000/app/alexa/linked']);
    expect(local.authorizationUrlsByPlatform?.map((entry) => entry.platformAuthorizationUrl)).toEqual([
      'http://127.0.0.1:3000/app/alexa/authorize',
      'http://127.0.0.1:3000/app/alexa/authorize',
    ]);
  });

  it('names the field when a platform entry or a redirect URL is malformed', async () => {
    const base = await readAccountLinking('accountLinking.json');
    const platform = await fileWith({
      ...base,
      authorizationUrlsByPlatform: [{ platformType: 'Windows', platformAuthorizationUrl: 'https://x.example/a' }],
    });
    await expect(readAccountLinking(platform)).rejects.toThrow(/authorizationUrlsByPlatform entries need/);
    const redirect = await fileWith({ ...base, redirectUrls: ['not a url'] });
    await expect(readAccountLinking(redirect)).rejects.toThrow(/redirectUrls must be URLs/);
  });
});
