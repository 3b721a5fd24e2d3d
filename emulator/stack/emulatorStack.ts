import type { SkillInvoker } from '../conversation/types';
import { Emulator } from '../core/Emulator';
import { AccountLinker } from '../linking/AccountLinker';
import type { LinkingConfig } from '../linking/config';
import type { AppToAppDeps } from '../linking/flows/deps';
import type { Credentials, LoginForm } from '../linking/headlessBrowser';
import { Nlu } from '../nlu/Nlu';
import type { SkillInfo } from '../skill/skillInfo';
import type { SkillPackage } from '../skill/skillPackage';
import type { LinkedTokens } from '../tokens/rules';

/** What every stack gives the CLI, the page and tests: the emulator, its skill, where it runs, how to stop it. */
export interface EmulatorStack {
  /** The emulator the page serves; a reset replaces it with a fresh one. */
  readonly emulator: Emulator;
  readonly skill: SkillInfo;
  /** App-to-app linking (the phone's app and its flows), where the stack has an app stand-in. */
  readonly appToApp: AppToAppDeps | undefined;
  /** The emulated Alexa app, and the Amazon stand-in where one runs. */
  urls: { emulator: string; lwa?: string };
  redirectUri: string;
  linking: LinkingConfig;
  /** The login headless linking types in (the account holder's), when one is known. */
  demo: Credentials | undefined;
  /** Each household member's login, by name. */
  logins: Record<string, Credentials>;
  /** Milliseconds from the call to everything answering. */
  readyMs: number;
  /** Starts over: Alexa forgets her users, links, cards and conversations (and the stack its demo data). */
  reset(): Promise<void>;
  close(): Promise<void>;
}

/** The parts an emulator is made of, the same in every stack. */
export interface EmulatorParts {
  invoke: SkillInvoker;
  skill: SkillInfo;
  skillPackage: SkillPackage;
  linking: LinkingConfig;
  redirectUri: string;
  /** The emulator's own origin (the QR code on the screen device links there). */
  appUrl: string;
  locale: string;
  login: Credentials | undefined;
  logins?: Record<string, Credentials>;
  loginForm?: LoginForm;
  household?: readonly string[];
  amazonAccount?: string;
  revoke?: (tokens: LinkedTokens) => Promise<string>;
}

/**
 * Makes fresh emulators over the parts (no users, tokens, cards or conversations yet); a reset takes a new one.
 * All of them share one NLU over the skill package's models.
 */
export function emulatorFactory(parts: EmulatorParts): () => Emulator {
  const nlu = new Nlu(parts.skillPackage.modelsDir);
  return () => emulatorOf(parts, nlu);
}

function emulatorOf(parts: EmulatorParts, nlu: Nlu): Emulator {
  return new Emulator({
    invoke: parts.invoke,
    skillId: parts.skill.id,
    skillName: parts.skill.name,
    nlu,
    linker: new AccountLinker(parts.linking, parts.redirectUri, {
      skillName: parts.skill.name,
      loginForm: parts.loginForm,
    }),
    revoke: parts.revoke,
    demoCredentials: parts.login,
    memberLogins: parts.logins,
    household: parts.household,
    appUrl: parts.appUrl,
    personalization: parts.skillPackage.personalization,
    events: parts.skillPackage.events,
    defaultLocale: parts.locale,
    amazonAccount: parts.amazonAccount,
  });
}
