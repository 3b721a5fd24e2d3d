import { ownSkillOf } from '../../../emulator/cli/skillArgs';

const own = {
  'skill-handler': 'skill/index.js',
  'account-linking': 'accountLinking.json',
};

describe('the skill flags', () => {
  it('runs Ride Hailer when no skill is named', () => {
    expect(ownSkillOf({})).toBeUndefined();
    expect(ownSkillOf({ 'skill-id': 'amzn1.ask.skill.x' })).toBeUndefined();
  });

  it('reads a handler, the package folder (default ./skill-package), the file, the login and the selectors', () => {
    const chosen = ownSkillOf({
      ...own,
      'login-username': 'ada@example.com',
      'login-password': 'pw',
      'login-username-selector': 'input[name=acct]',
      'consent-selector': 'button#allow',
    });
    expect(chosen).toMatchObject({
      skill: { handler: { file: 'skill/index.js', exportName: 'handler' } },
      skillPackageDir: 'skill-package',
      accountLinkingFile: 'accountLinking.json',
      login: { username: 'ada@example.com', password: 'pw' },
      loginForm: {
        username: { tag: 'input', attributes: [{ name: 'name', value: 'acct' }] },
        consent: { tag: 'button', id: 'allow' },
      },
    });
  });

  it('names the export after #, and takes the login from the environment when no flag gives it', () => {
    expect(
      ownSkillOf({ ...own, 'skill-handler': 'dist/main.cjs#alexa' }, { username: 'ada', password: 'from-env' }),
    ).toMatchObject({
      skill: { handler: { file: 'dist/main.cjs', exportName: 'alexa' } },
      login: { username: 'ada', password: 'from-env' },
    });
  });

  it.each([
    [{ 'account-linking': 'a.json' }, /--account-linking goes with --skill-handler or --skill-url/],
    [{ 'login-username': 'ada' }, /--login-username goes with --skill-handler or --skill-url/],
    [{ ...own, 'skill-url': 'http://127.0.0.1:3980/' }, /choose --skill-handler or --skill-url, not both/],
    [{ 'skill-handler': 'skill.js' }, /--account-linking FILE is required with your own skill/],
    [{ ...own, 'login-username': 'ada' }, /give both --login-username and --login-password/],
    [{ ...own, 'skill-handler': 'skill.js#not-a-name' }, /"not-a-name" is not an export name/],
    [{ ...own, 'skill-handler': '#handler' }, /--skill-handler needs a file/],
    [{ 'skill-url': 'skill server', 'account-linking': 'a.json' }, /--skill-url needs a URL such as http:\/\/127/],
    [
      { 'skill-url': 'localhost:3980', 'account-linking': 'a.json' },
      /needs an http:\/\/ or https:\/\/ URL \(got "localhost:3980"\)/,
    ],
    [
      { 'skill-url': 'ftp://127.0.0.1/', 'account-linking': 'a.json' },
      /--skill-url needs an http:\/\/ or https:\/\/ URL/,
    ],
    [{ ...own, 'consent-selector': 'form > button' }, /the selector "form > button" cannot be read/],
  ])('refuses %j with a clear message', (values, message) => {
    expect(() => ownSkillOf(values)).toThrow(message);
  });
});
