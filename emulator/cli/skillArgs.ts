import type { Credentials, LoginForm } from '../linking/headlessBrowser';
import { parseSelector } from '../linking/selectors';
import { type HandlerSpec, parseHandlerSpec } from '../skill/handlerSkill';
import { parseSkillUrl } from '../skill/httpSkill';

/** The flags that point the emulator at a skill and an authorization server that are not Ride Hailer's. */
export const SKILL_OPTIONS = {
  'skill-handler': { type: 'string' },
  'skill-url': { type: 'string' },
  'skill-package': { type: 'string' },
  'skill-id': { type: 'string', short: 's' },
  'account-linking': { type: 'string' },
  'auth-server-command': { type: 'string' },
  'login-username': { type: 'string' },
  'login-password': { type: 'string' },
  'login-username-selector': { type: 'string' },
  'login-password-selector': { type: 'string' },
  'login-submit-selector': { type: 'string' },
  'consent-selector': { type: 'string' },
} as const;

/** The help text for {@link SKILL_OPTIONS}, shared by `start` and `dialog`. */
export const SKILL_USAGE = `Your own skill (instead of Ride Hailer; see emulator/README.md, "Use the emulator with your own skill"):
      --skill-handler FILE[#export]  a Node.js Lambda handler (async or callback style, CommonJS or ES module;
                                     export default: handler), loaded into the emulator's process
      --skill-url URL                or a skill served over HTTP (Alexa's JSON POSTed to URL)
      --skill-package DIR            the ASK CLI skill-package/ folder: skill.json and interactionModels/custom
                                     (default ./skill-package)
      --account-linking FILE         the SMAPI account-linking JSON (bare or {"accountLinkingRequest": …});
                                     the client secret comes from ALEXA_CLIENT_SECRET. Login with Amazon URLs
                                     are served by the emulator's Amazon stand-in
      --auth-server-command CMD      start the authorization server with CMD (a shell command line) and wait
                                     until it answers; it is stopped when the emulator stops
  -s, --skill-id ID                  the skill id requests carry (default: the replay file's, else an example id)
  Headless linking (.link, the page's headless button) fills in the server's login form:
      --login-username NAME          the login to type in (or EMULATOR_LOGIN_USERNAME)
      --login-password PASSWORD      its password (or EMULATOR_LOGIN_PASSWORD, which keeps it out of ps)
      --login-username-selector SEL  the username field, when the filler's guess is wrong (input[name=email])
      --login-password-selector SEL  the password field (a form with it is the login form)
      --login-submit-selector SEL    the login form's submit button
      --consent-selector SEL         the consent page's allow button (button[value=yes])
                                     SEL: one element's tag, #id, .class, [attr] or [attr=value]`;

type SkillValues = { [K in keyof typeof SKILL_OPTIONS]?: string };

/** What the skill flags chose: where the skill is and how to link it. */
export interface OwnSkill {
  skill: { handler: HandlerSpec } | { url: string };
  skillPackageDir: string;
  accountLinkingFile: string;
  skillId: string | undefined;
  authServerCommand: string | undefined;
  login: Credentials | undefined;
  loginForm: LoginForm;
}

const selector = (raw: string | undefined) => (raw === undefined ? undefined : parseSelector(raw));

function loginOf(username: string | undefined, password: string | undefined): Credentials | undefined {
  if (username === undefined && password === undefined) return undefined;
  if (username === undefined || password === undefined) {
    throw new Error('give both --login-username and --login-password (or EMULATOR_LOGIN_USERNAME and _PASSWORD)');
  }
  return { username, password };
}

/**
 * The skill the flags name, or undefined for Ride Hailer (no skill flag given). Throws a readable message for a
 * half-given choice; `fromEnv` is the login the environment gives.
 */
export function ownSkillOf(values: SkillValues, fromEnv: Partial<Credentials> = {}): OwnSkill | undefined {
  const handler = values['skill-handler'];
  const url = values['skill-url'];
  if (handler === undefined && url === undefined) {
    const stray = (Object.keys(SKILL_OPTIONS) as (keyof SkillValues)[]).filter(
      (name) => name !== 'skill-id' && values[name] !== undefined,
    );
    if (stray.length > 0) {
      throw new Error(
        `--${stray[0]} goes with --skill-handler or --skill-url; without them the emulator runs Ride Hailer`,
      );
    }
    return undefined;
  }
  if (handler !== undefined && url !== undefined) throw new Error('choose --skill-handler or --skill-url, not both');
  const accountLinkingFile = values['account-linking'];
  if (accountLinkingFile === undefined) {
    throw new Error('--account-linking FILE is required with your own skill: the SMAPI account-linking JSON');
  }
  return {
    skill: handler !== undefined ? { handler: parseHandlerSpec(handler) } : { url: parseSkillUrl(url as string) },
    skillPackageDir: values['skill-package'] ?? 'skill-package',
    accountLinkingFile,
    skillId: values['skill-id'],
    authServerCommand: values['auth-server-command'],
    login: loginOf(values['login-username'] ?? fromEnv.username, values['login-password'] ?? fromEnv.password),
    loginForm: {
      username: selector(values['login-username-selector']),
      password: selector(values['login-password-selector']),
      submit: selector(values['login-submit-selector']),
      consent: selector(values['consent-selector']),
    },
  };
}
