import type { OwnSkill } from '../cli/skillArgs';
import { applyLocalProcessDefaults, attachUrl, type EmulatorConfig } from '../config';
import type { EmulatorStack } from '../stack/emulatorStack';
import type { DialogBackend } from './backend';
import { LocalBackend } from './LocalBackend';
import { RemoteBackend } from './RemoteBackend';

/** Which emulator the dialog talks to. */
export interface BackendChoice {
  /** The URL of a running `npm start` to attach to; undefined starts a private stack. */
  attach?: string;
  pkce: boolean;
  lwa: boolean;
  /** Your own skill and authorization server; undefined runs Ride Hailer. */
  ownSkill?: OwnSkill;
  /** The skill id requests carry when `--skill-id` names none (a replay file's). */
  skillId?: string;
  /** The private emulator's port (default: free for Ride Hailer, the configured one for your skill). */
  port?: number;
}

/** A private stack for your skill, or Ride Hailer's; both load only when asked for. */
async function privateStack(config: EmulatorConfig, choice: BackendChoice): Promise<EmulatorStack> {
  const own = choice.ownSkill;
  if (own !== undefined) {
    const { startSkillStack } = await import('../stack/startSkillStack');
    return startSkillStack({
      ...config,
      ...own,
      emulatorPort: choice.port ?? config.emulatorPort,
      lwaPort: 0,
      skillId: own.skillId ?? choice.skillId,
      pkce: choice.pkce || config.pkce,
    });
  }
  const { EPHEMERAL_STACK, startStack } = await import('../stack/startStack');
  return startStack({
    ...config,
    ...EPHEMERAL_STACK,
    emulatorPort: choice.port ?? EPHEMERAL_STACK.emulatorPort,
    linkedService: choice.lwa ? 'lwa' : config.linkedService,
    accountLinkingFile:
      choice.lwa && config.linkedService !== 'lwa' ? 'accountLinking.lwa.json' : config.accountLinkingFile,
    pkce: choice.pkce || config.pkce,
    skillLogLevel: config.skillLogLevel ?? 'silent',
  });
}

/**
 * The emulator a running `npm start` serves when asked to attach (and it must answer); otherwise a fresh,
 * private, in-memory stack in this process (for Ride Hailer: dynalite, service, LWA stand-in and skill on free
 * ports), so what the dialog does never depends on, or leaves anything in, another process.
 */
export async function openBackend(config: EmulatorConfig, choice: BackendChoice): Promise<DialogBackend> {
  if (choice.attach !== undefined) {
    const url = choice.attach.replace(/\/+$/, '');
    if (!(await RemoteBackend.detect(url))) {
      throw new Error(
        `no emulator answers at ${url}: start one with \`npm start\` (or \`ride-hailer-emulator start\`), or leave out --attach to use a private stack`,
      );
    }
    return new RemoteBackend(url);
  }
  // Only for the banner, probed while the stack starts: say that a running `npm start` is left alone.
  const running = attachUrl(config);
  const runningFound = RemoteBackend.detect(running);
  applyLocalProcessDefaults();
  const stack = await privateStack(config, choice);
  const other = (await runningFound) ? ` (the \`npm start\` at ${running} is left alone; --attach talks to it)` : '';
  const what = choice.ownSkill === undefined ? 'a private in-memory stack' : 'a private emulator for your skill';
  const description = `${what}, ready in ${stack.readyMs} ms${other}`;
  return new LocalBackend(
    stack.emulator,
    stack.skill,
    description,
    () => stack.close(),
    () => stack.appToApp,
  );
}
