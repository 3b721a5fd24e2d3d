import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localLinkingConfig, readAccountLinking } from '../../../emulator/linking/config';

async function fileWith(request: Record<string, unknown>): Promise<string> {
  const file = join(await mkdtemp(join(tmpdir(), 'linking-')), 'accountLinking.json');
  await writeFile(file, JSON.stringify({ accountLinkingRequest: request }));
  return file;
}

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
