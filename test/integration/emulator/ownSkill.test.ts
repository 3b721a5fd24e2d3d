import { writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { RequestEnvelope } from 'ask-sdk-model';
import { DialogSession } from '../../../emulator/dialog/DialogSession';
import { LocalBackend } from '../../../emulator/dialog/LocalBackend';
import { invokeHandler } from '../../../emulator/skill/handlerSkill';
import type { EmulatorStack } from '../../../emulator/stack/emulatorStack';
import { startSkillStack } from '../../../emulator/stack/startSkillStack';
import { nameSkill, writeNameSkillPackage } from '../../helpers/emulator/askSdkSkill';
import { type OidcServer, startOidcServer } from '../../helpers/emulator/oidcServer';
import { startOwnSkillStack } from '../../helpers/emulator/skillStack';

const ASK = 'ask name teller who am i';

let server: OidcServer;
let packageDir: string;
let accountLinking: string;
let stack: EmulatorStack | undefined;
beforeEach(async () => {
  server = await startOidcServer();
  packageDir = await writeNameSkillPackage();
  accountLinking = await server.accountLinkingFile(packageDir);
});
afterEach(async () => {
  await stack?.close();
  stack = undefined;
  await server.close();
});

/** A dialog on the stack; returns a function that runs lines and gives back what they printed. */
function dialogOn(on: EmulatorStack) {
  const session = new DialogSession(new LocalBackend(on.emulator, on.skill, 'test'), (line) => out.push(line));
  let out: string[] = [];
  return async (...lines: string[]) => {
    out = [];
    for (const line of lines) await session.handle(line);
    return out;
  };
}

const tokenOf = (request: RequestEnvelope | undefined) => request?.context.System.user.accessToken;
const types = (received: RequestEnvelope[]) => received.map((request) => request.request.type);

describe('the emulator with an ask-sdk-core skill and an oidc-provider server, neither of them Ride Hailer', () => {
  it('links through the server’s pages, sends its token, refreshes it after expiry and forgets it on unlink', async () => {
    const { skill, received } = nameSkill(`${server.url}/me`);
    stack = await startOwnSkillStack(server, {
      skill: { invoke: (request) => invokeHandler(async (event) => skill.invoke(event as RequestEnvelope), request) },
      skillPackageDir: packageDir,
      accountLinkingFile: accountLinking,
    });
    const say = dialogOn(stack);
    const userId = stack.emulator.user().userId;

    expect(await say(ASK)).toContain('Alexa > Please link your account first. [card: LinkAccount]');
    expect(tokenOf(received.at(-1))).toBeUndefined();

    expect((await say('.link')).join('\n')).toMatch(
      /Linked: access token \S{4}…\(\d+\), expires in \d+ s \(expires_in\)/,
    );
    expect(stack.emulator.user().lastTrace?.token?.tokens?.expiresInSeconds).toBe(3600);
    const linked = stack.emulator.tokens.get(userId);
    expect(types(received).slice(-2)).toEqual(['AlexaSkillEvent.SkillEnabled', 'AlexaSkillEvent.SkillAccountLinked']);
    const event = received.at(-1)?.request as { body?: { accessToken?: string } } | undefined;
    expect(event?.body?.accessToken).toBe(linked?.accessToken);

    expect(await say(ASK)).toContain('Alexa > You are Grace Hopper.');
    expect(tokenOf(received.at(-1))).toBe(linked?.accessToken);
    expect(received.at(-1)?.session?.user.accessToken).toBe(linked?.accessToken);

    await say('.expire');
    const refreshed = await say(ASK);
    expect(refreshed).toContain('  · refreshed the expired access token (refresh #1)');
    expect(refreshed).toContain('Alexa > You are Grace Hopper.');
    expect(server.grants).toEqual(['authorization_code', 'refresh_token']);
    const after = stack.emulator.tokens.get(userId)?.accessToken;
    expect(after).not.toBe(linked?.accessToken);
    expect(tokenOf(received.at(-1))).toBe(after);

    await say('.unlink');
    expect(await say(ASK)).toContain('Alexa > Please link your account first. [card: LinkAccount]');
    expect(tokenOf(received.at(-1))).toBeUndefined();
  });

  it('revokes the grant at the revocation endpoint the server publishes, and the skill asks to link again', async () => {
    const { skill } = nameSkill(`${server.url}/me`);
    stack = await startOwnSkillStack(server, {
      skill: { invoke: (request) => skill.invoke(request) as never },
      skillPackageDir: packageDir,
      accountLinkingFile: accountLinking,
    });
    const say = dialogOn(stack);
    await say('.link');
    expect((await say('.revoke')).join('\n')).toContain(
      `revoked at the service (${server.url}/token/revocation, HTTP 200)`,
    );
    expect(await say(ASK)).toContain('Alexa > Please link your account first. [card: LinkAccount]');
  });

  it('calls a callback-style handler (ask-sdk-core’s .lambda()) and sends only the events skill.json subscribes to', async () => {
    const { lambda, received } = nameSkill(`${server.url}/me`);
    const onlyEnabled = await writeNameSkillPackage(['SKILL_ENABLED']);
    stack = await startOwnSkillStack(server, {
      skill: { invoke: (request) => invokeHandler(lambda as never, request) },
      skillPackageDir: onlyEnabled,
      accountLinkingFile: accountLinking,
    });
    const say = dialogOn(stack);
    await say('.link');
    expect(types(received)).toEqual(['AlexaSkillEvent.SkillEnabled']);
    expect(stack.emulator.user().transcript.map((line) => line.text)).toContain(
      'AlexaSkillEvent.SkillAccountLinked not sent: skill.json does not subscribe to it',
    );
    expect(await say(ASK)).toContain('Alexa > You are Grace Hopper.');
  });

  it('links with Login with Amazon through the Amazon stand-in when the file names Amazon’s own URLs', async () => {
    const file = join(packageDir, 'lwa.json');
    const lwa = {
      type: 'AUTH_CODE',
      authorizationUrl: 'https://www.amazon.com/ap/oa',
      accessTokenUrl: 'https://api.amazon.com/auth/o2/token',
      accessTokenScheme: 'HTTP_BASIC',
      clientId: 'amzn1.application-oa2-client.name-teller',
      scopes: ['profile'],
    };
    await writeFile(file, JSON.stringify({ accountLinkingRequest: lwa }));
    const { skill } = nameSkill(() => `${stack?.urls.lwa}/user/profile`);
    stack = await startSkillStack({
      host: '127.0.0.1',
      emulatorPort: 0,
      lwaPort: 0,
      skill: { invoke: (request) => skill.invoke(request) as never },
      skillPackageDir: packageDir,
      accountLinkingFile: file,
      vendorId: 'M2RIDEHAILER',
      clientSecret: undefined,
      lwaClientSecret: 'name-teller-lwa-secret',
      pkce: false,
      locale: 'en-US',
    });
    const lwaUrl = stack.urls.lwa;
    expect(stack.linking).toMatchObject({
      authorizationUrl: `${lwaUrl}/ap/oa`,
      accessTokenUrl: `${lwaUrl}/auth/o2/token`,
    });
    const say = dialogOn(stack);
    expect((await say('.link')).join('\n')).toMatch(/Linked .*access token/);
    expect(await say(ASK)).toContain('Alexa > You are Alex Example.');
  });

  it('drives a skill served over HTTP: Alexa’s JSON posted to the URL, the response envelope back', async () => {
    const { skill, received } = nameSkill(`${server.url}/me`);
    const endpoint: Server = createServer(async (req, res) => {
      let body = '';
      for await (const chunk of req) body += chunk;
      const response = await skill.invoke(JSON.parse(body) as RequestEnvelope);
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(response));
    });
    await new Promise<void>((resolve) => endpoint.listen(0, '127.0.0.1', resolve));
    try {
      stack = await startOwnSkillStack(server, {
        skill: { url: `http://127.0.0.1:${(endpoint.address() as AddressInfo).port}/alexa` },
        skillPackageDir: packageDir,
        accountLinkingFile: accountLinking,
        pkce: true,
      });
      const say = dialogOn(stack);
      await say('.link');
      expect(stack.emulator.user().lastTrace?.pkce).toBe(true);
      expect(await say(ASK)).toContain('Alexa > You are Grace Hopper.');
      expect(tokenOf(received.at(-1))).toBe(stack.emulator.tokens.get(stack.emulator.user().userId)?.accessToken);
    } finally {
      await new Promise((resolve) => endpoint.close(resolve));
    }
  });
});
