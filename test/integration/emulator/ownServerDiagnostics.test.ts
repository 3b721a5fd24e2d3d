import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { LoginForm } from '../../../emulator/linking/headlessBrowser';
import { parseSelector } from '../../../emulator/linking/selectors';
import { formatTrace } from '../../../emulator/linking/trace';
import type { EmulatorStack } from '../../../emulator/stack/emulatorStack';
import { nameSkill, writeNameSkillPackage } from '../../helpers/emulator/askSdkSkill';
import {
  OIDC_SELECTORS,
  type OidcServer,
  type OidcServerOptions,
  startOidcServer,
} from '../../helpers/emulator/oidcServer';
import { startOwnSkillStack } from '../../helpers/emulator/skillStack';

let server: OidcServer | undefined;
let stack: EmulatorStack | undefined;
afterEach(async () => {
  await stack?.close();
  await server?.close();
  stack = undefined;
  server = undefined;
});

/** An emulator linking at a server started with `options`, the account-linking file changed by `file`. */
async function emulatorFor(options: OidcServerOptions, file: Record<string, unknown> = {}, clientSecret?: string) {
  server = await startOidcServer(options);
  const dir = await writeNameSkillPackage();
  const { skill } = nameSkill(`${server.url}/me`);
  stack = await startOwnSkillStack(server, {
    skill: { invoke: (request) => skill.invoke(request) as never },
    skillPackageDir: dir,
    accountLinkingFile: await server.accountLinkingFile(dir, file),
    ...(clientSecret === undefined ? {} : { clientSecret }),
  });
  return stack;
}

/** Links headlessly and returns the trace as the terminal prints it. */
async function linkTrace(on: EmulatorStack): Promise<string> {
  const result = await on.emulator.linkHeadless(on.emulator.user());
  expect(result.tokens).toBeUndefined();
  return formatTrace(result.trace);
}

describe('what the emulator says when a real authorization server breaks linking, and the fix', () => {
  it('names an unregistered redirect URI (the server shows an error page) and the URIs to register', async () => {
    const on = await emulatorFor({ redirectUris: ['http://127.0.0.1/some/other/callback'] });
    const trace = await linkTrace(on);
    expect(trace).toContain('HTTP 400 (invalid_redirect_uri');
    expect(trace).toContain(
      `the redirect URI is not registered. Fix: register the emulator's redirect URI ${on.redirectUri} as an allowed redirect URI of the client`,
    );
    expect(trace).toContain('https://pitangui.amazon.com/api/skill/link/M2RIDEHAILER');
    expect(trace).toContain('https://alexa.amazon.co.jp/api/skill/link/M2RIDEHAILER');
  });

  it('shows the same reason in the Alexa app instead of sending the browser to the error page', async () => {
    const on = await emulatorFor({ redirectUris: ['http://127.0.0.1/some/other/callback'] });
    const response = await fetch(`${on.urls.emulator}/api/link/start`, { redirect: 'manual' });
    expect(response.status).toBe(400);
    const page = await response.text();
    expect(page).toContain('data-testid="link-failure"');
    expect(page).toContain('the redirect URI is not registered. Fix: register the emulator&#39;s redirect URI');
  });

  it.each([
    ['body', 'HTTP_BASIC', 'REQUEST_BODY_CREDENTIALS'],
    ['basic', 'REQUEST_BODY_CREDENTIALS', 'HTTP_BASIC'],
  ] as const)(
    'finds that a server taking only %s credentials needs %s switched to %s',
    async (onlyScheme, used, needed) => {
      const on = await emulatorFor({ onlyScheme }, { accessTokenScheme: used });
      const trace = await linkTrace(on);
      expect(trace).toMatch(/✗ HTTP 401: invalid_client/);
      expect(trace).toContain(`✗ the server accepts the client with ${needed}`);
      expect(trace).toContain(`fix: set "accessTokenScheme": "${needed}" in the account-linking file`);
    },
  );

  it('says the client id or secret is wrong when neither scheme gets through', async () => {
    const on = await emulatorFor({}, {}, 'not the secret');
    const trace = await linkTrace(on);
    expect(trace).toContain('✗ the server refuses the client with HTTP_BASIC and with REQUEST_BODY_CREDENTIALS');
    expect(trace).toContain(
      'fix: check that the server knows the client id "alexa" and that ALEXA_CLIENT_SECRET holds its secret',
    );
  });

  it('refuses access tokens that live under 360 s and says how long they must live', async () => {
    const on = await emulatorFor({ accessTokenTtl: 60 });
    const trace = await linkTrace(on);
    expect(trace).toContain('✗ expires_in is 60 s; Alexa needs access tokens that live at least 360 s');
    expect(trace).toContain('fix: issue access tokens that live at least 360 s');
  });

  it('explains what headless linking needs when the pages defeat its guesses or no login is given', async () => {
    server = await startOidcServer();
    const dir = await writeNameSkillPackage();
    const { skill } = nameSkill(`${server.url}/me`);
    const base = {
      skill: { invoke: (request: RequestEnvelope) => skill.invoke(request) as Promise<ResponseEnvelope> },
      skillPackageDir: dir,
      accountLinkingFile: await server.accountLinkingFile(dir),
    };
    const selector = (name: keyof typeof OIDC_SELECTORS) => parseSelector(OIDC_SELECTORS[name]);
    const steps: [LoginForm, string][] = [
      [{}, 'no login or consent form on the page (login): give --login-password-selector or --consent-selector'],
      [
        { password: selector('password') },
        'the login form has no field the form filler takes for the username (its fields: acct, pin): give --login-username-selector, for example input[name=acct]',
      ],
      [
        { password: selector('password'), username: selector('username') },
        'the login did not go through: Ask your admin for a new PIN. (the filler pressed "Forgot PIN?"; if that is the wrong button, give --login-submit-selector)',
      ],
      [
        { password: selector('password'), username: selector('username'), submit: selector('submit') },
        'no login or consent form on the page (consent): give --consent-selector if the page has a form the filler did not recognize',
      ],
    ];
    for (const [loginForm, reason] of steps) {
      stack = await startOwnSkillStack(server, { ...base, loginForm });
      expect(await linkTrace(stack)).toContain(reason);
      await stack.close();
    }
    stack = await startOwnSkillStack(server, { ...base, login: undefined });
    expect(await linkTrace(stack)).toContain('headless linking needs a login to type in: give --login-username');
  });
});

describe('settings the emulator refuses before it starts', () => {
  it('refuses plain HTTP outside this machine, as Alexa calls only HTTPS', async () => {
    server = await startOidcServer();
    const dir = await writeNameSkillPackage();
    const file = await server.accountLinkingFile(dir, {
      authorizationUrl: 'http://auth.example.org/auth',
      accessTokenUrl: 'http://auth.example.org/token',
    });
    const start = startOwnSkillStack(server, {
      skill: { url: 'http://127.0.0.1:9/' },
      skillPackageDir: dir,
      accountLinkingFile: file,
    });
    await expect(start).rejects.toThrow(
      /authorizationUrl http:\/\/auth\.example\.org\/auth uses http: Alexa calls only https:\/\/ URLs on port 443 .* Fix: serve the authorization server over HTTPS/,
    );
  });

  it('asks for ALEXA_CLIENT_SECRET, which the account-linking file never holds', async () => {
    server = await startOidcServer();
    const dir = await writeNameSkillPackage();
    const start = startOwnSkillStack(server, {
      skill: { url: 'http://127.0.0.1:9/' },
      skillPackageDir: dir,
      accountLinkingFile: await server.accountLinkingFile(dir),
      clientSecret: undefined,
    });
    await expect(start).rejects.toThrow(
      /^ALEXA_CLIENT_SECRET is not set: set it to the secret your authorization server issued to the client "alexa"/,
    );
  });
});
