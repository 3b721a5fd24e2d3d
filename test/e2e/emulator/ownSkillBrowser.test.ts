import { nameSkill, writeNameSkillPackage } from '../../helpers/emulator/askSdkSkill';
import { STEP_MS, say, screenshot, usePhonePage } from '../../helpers/emulator/browser';
import { OIDC_USER, type OidcServer, startOidcServer } from '../../helpers/emulator/oidcServer';
import { startOwnSkillStack } from '../../helpers/emulator/skillStack';

let server: OidcServer;

const live = usePhonePage(async () => {
  server = await startOidcServer();
  const dir = await writeNameSkillPackage();
  const { skill } = nameSkill(`${server.url}/me`);
  return startOwnSkillStack(server, {
    skill: { invoke: (request) => skill.invoke(request) as never },
    skillPackageDir: dir,
    accountLinkingFile: await server.accountLinkingFile(dir),
  });
});
// Registered after usePhonePage, so it runs after the browser and the stack are closed.
afterAll(async () => {
  await server?.close();
});

describe('the Alexa app page for a skill and an authorization server that are not Ride Hailer’s', () => {
  it(
    'shows that skill by its own name and invocation, and asks to link with a card',
    async () => {
      const { page, stack } = live;
      await page.goto(stack.urls.emulator);
      await expect(page.locator('#skill-name').textContent()).resolves.toBe('Name Teller');
      await expect(page.getByTestId('skill-byline').textContent()).resolves.toBe(
        `Your skill · account at ${new URL(server.url).host}`,
      );
      await expect(page.getByTestId('utterance').getAttribute('placeholder')).resolves.toBe('open name teller');
      expect(await say(page, 'ask name teller who am i')).toContain('Please link your account first.');
      await expect(page.getByTestId('card-linkaccount').locator('strong').textContent()).resolves.toBe(
        'Link your Name Teller account',
      );
    },
    STEP_MS,
  );

  it(
    'links in the browser through the server’s own login and consent pages, then the skill uses the token',
    async () => {
      const { page, stack } = live;
      await page.getByTestId('card-link').click();
      await page.waitForURL((url) => url.origin === server.url);
      await screenshot(page, 'own-skill-01-their-login');
      await page.fill('input[name=acct]', OIDC_USER.username);
      await page.fill('input[name=pin]', OIDC_USER.password);
      await Promise.all([page.waitForSelector('button[value=share]'), page.click('button[value=signin]')]);
      await page.click('button[value=share]');
      await page.waitForURL((url) => url.toString().startsWith(stack.redirectUri), { timeout: 15_000 });
      await expect(page.getByTestId('link-success').locator('h1').textContent()).resolves.toBe(
        'Name Teller has been successfully linked.',
      );
      await screenshot(page, 'own-skill-02-linked');
      await page.getByTestId('back-to-skill').click();
      await expect(page.getByTestId('link-state').textContent()).resolves.toBe('Linked');
      expect(await say(page, 'ask name teller who am i')).toContain('You are Grace Hopper.');
      expect(server.grants).toEqual(['authorization_code']);
    },
    STEP_MS,
  );
});
