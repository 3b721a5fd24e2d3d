import { EXAMPLE_SKILL_ID } from '../alexa/envelopes';
import { DEMO_AMAZON_ACCOUNT } from '../amazon/lwa/LwaState';
import { type AmazonStandIn, startAmazonStandIn } from '../amazon/server';
import type { SkillInvoker } from '../conversation/types';
import type { Emulator } from '../core/Emulator';
import { startEmulatorServer } from '../http/EmulatorServer';
import {
  type AccessTokenScheme,
  type AccountLinkingRequest,
  type LinkingConfig,
  localLinkingConfig,
  readAccountLinking,
  usesLoginWithAmazon,
} from '../linking/config';
import { insecureUrl } from '../linking/diagnosis';
import { alexaSideOf } from '../linking/flows/appToAppFromApp';
import type { Credentials, LoginForm } from '../linking/headlessBrowser';
import { type HandlerSpec, loadHandlerSkill } from '../skill/handlerSkill';
import { httpSkill } from '../skill/httpSkill';
import { readSkillPackage, skillInfoOf } from '../skill/skillPackage';
import { startAuthServerCommand } from './authServerCommand';
import { type EmulatorStack, emulatorFactory } from './emulatorStack';
import { revokerFor } from './revoker';

/** The skill to drive: a Lambda handler loaded into this process, a function already in hand, or an HTTP endpoint. */
export type SkillTarget = { handler: HandlerSpec } | { invoke: SkillInvoker } | { url: string };

/** Everything the emulator needs to drive a skill that is not Ride Hailer through its own authorization server. */
export interface SkillStackOptions {
  host: string;
  emulatorPort: number;
  /** The Amazon stand-in's port, when the file links with Login with Amazon. */
  lwaPort: number;
  skill: SkillTarget;
  /** The ASK CLI `skill-package/` folder: skill.json and interaction models. */
  skillPackageDir: string;
  /** The SMAPI account-linking file. */
  accountLinkingFile: string;
  /** The skill id the requests carry (default an example id). */
  skillId?: string;
  vendorId: string;
  /** The client secret Alexa holds (ALEXA_CLIENT_SECRET); not needed with Login with Amazon's stand-in. */
  clientSecret: string | undefined;
  /** The secret the LWA stand-in accepts for the file's client. */
  lwaClientSecret: string;
  accessTokenScheme?: AccessTokenScheme;
  pkce: boolean;
  locale: string;
  /** The login the headless form filler types in. */
  login?: Credentials;
  loginForm?: LoginForm;
  /** A shell command that starts the authorization server; the stack waits for it and stops it on close. */
  authServerCommand?: string;
}

/** A setting that keeps the emulator from linking the way Alexa would; the message says what to change. */
export class SkillStackError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SkillStackError';
  }
}

function openSkill(target: SkillTarget): Promise<SkillInvoker> | SkillInvoker {
  if ('invoke' in target) return target.invoke;
  if ('url' in target) return httpSkill(target.url);
  return loadHandlerSkill(target.handler);
}

/** Alexa calls only HTTPS outside this machine; say so before anything starts. */
function checkTransport(file: string, request: AccountLinkingRequest): void {
  const problems = [
    insecureUrl('authorizationUrl', request.authorizationUrl),
    insecureUrl('accessTokenUrl', request.accessTokenUrl),
  ].filter((problem) => problem !== undefined);
  if (problems.length > 0) throw new SkillStackError(`${file}: ${problems.join('; ')}`);
}

function clientSecretOf(options: SkillStackOptions, request: AccountLinkingRequest, lwa: boolean): string {
  if (lwa) return options.lwaClientSecret;
  if (options.clientSecret !== undefined) return options.clientSecret;
  throw new SkillStackError(
    `ALEXA_CLIENT_SECRET is not set: set it to the secret your authorization server issued to the client "${request.clientId}" ` +
      '(the account-linking file holds none, as in the Alexa developer console)',
  );
}

/**
 * Starts the emulated Alexa app and terminal backend for any account-linked skill: the skill from a handler
 * file or an HTTP endpoint, language understanding from its skill package, and linking against the authorization
 * server its account-linking file names (Login with Amazon through the Amazon stand-in). Nothing of Ride Hailer runs.
 */
export async function startSkillStack(options: SkillStackOptions): Promise<EmulatorStack> {
  const started = performance.now();
  const stops: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  };
  try {
    const skillPackage = await readSkillPackage(options.skillPackageDir);
    const file = await readAccountLinking(options.accountLinkingFile);
    checkTransport(options.accountLinkingFile, file);
    const lwaMode = usesLoginWithAmazon(file);
    const clientSecret = clientSecretOf(options, file, lwaMode);
    if (options.authServerCommand !== undefined) {
      const authServer = await startAuthServerCommand(options.authServerCommand, new URL(file.authorizationUrl).origin);
      stops.push(() => authServer.close());
    }
    const invoke = await openSkill(options.skill);
    const server = await startEmulatorServer({ host: options.host, port: options.emulatorPort });
    stops.push(() => server.close());
    const redirectUri = server.redirectUri(options.vendorId);
    const skillId = options.skillId ?? EXAMPLE_SKILL_ID;
    let emulator: Emulator | undefined;
    let lwa: AmazonStandIn | undefined;
    if (lwaMode) {
      lwa = await startAmazonStandIn({
        host: options.host,
        port: options.lwaPort,
        clients: [{ clientId: file.clientId, clientSecret, redirectUris: [redirectUri] }],
        skill: { skillId, clientId: file.clientId, redirectUrls: [] },
        alexa: () => alexaSideOf(() => emulator as Emulator),
      });
      stops.push(() => (lwa as AmazonStandIn).close());
    }
    const overrides = options.accessTokenScheme === undefined ? {} : { accessTokenScheme: options.accessTokenScheme };
    const linking: LinkingConfig =
      lwa === undefined
        ? { ...file, clientSecret, pkce: options.pkce, ...overrides }
        : localLinkingConfig(file, { origin: lwa.url, clientSecret, pkce: options.pkce, overrides });
    const amazonLogin = { username: DEMO_AMAZON_ACCOUNT.email, password: DEMO_AMAZON_ACCOUNT.password };
    const login = options.login ?? (lwaMode ? amazonLogin : undefined);
    const authorizationHost = new URL(file.authorizationUrl).host;
    const skill = skillInfoOf(skillPackage, file, {
      id: skillId,
      vendorId: options.vendorId,
      locale: options.locale,
      byline: `Your skill · ${lwaMode ? 'Login with Amazon' : `account at ${authorizationHost}`}`,
    });
    const issuer = new URL(file.accessTokenUrl).origin;
    const freshEmulator = emulatorFactory({
      invoke,
      skill,
      skillPackage,
      linking,
      redirectUri,
      appUrl: server.url,
      locale: options.locale,
      login,
      loginForm: options.loginForm,
      amazonAccount: lwaMode ? DEMO_AMAZON_ACCOUNT.email : undefined,
      revoke: revokerFor(linking, lwa === undefined ? { issuer } : { lwa: lwa.url }),
    });
    const attach = (next: Emulator) => {
      emulator = next;
      server.attach(next, skill, reset);
    };
    const reset = async () => attach(freshEmulator());
    attach(freshEmulator());
    return {
      get emulator() {
        return emulator as Emulator;
      },
      appToApp: undefined,
      skill,
      urls: { emulator: server.url, ...(lwa === undefined ? {} : { lwa: lwa.url }) },
      redirectUri,
      linking,
      demo: login,
      logins: login === undefined ? {} : { Alex: login },
      readyMs: Math.round(performance.now() - started),
      reset,
      close: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
