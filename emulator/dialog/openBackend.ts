import { applyLocalProcessDefaults, attachUrl, type EmulatorConfig } from '../config';
import type { DialogBackend } from './backend';
import { LocalBackend } from './LocalBackend';
import { RemoteBackend } from './RemoteBackend';

/** Which emulator the dialog talks to. */
export interface BackendChoice {
  /** The URL of a running `npm start` to attach to; undefined starts a private stack. */
  attach?: string;
  pkce: boolean;
  lwa: boolean;
}

/**
 * The emulator a running `npm start` serves when asked to attach (and it must answer); otherwise a fresh,
 * private, in-memory stack in this process (dynalite, service, LWA stand-in and skill on free ports), so what
 * the dialog does never depends on, or leaves anything in, another process.
 */
export async function openBackend(config: EmulatorConfig, choice: BackendChoice): Promise<DialogBackend> {
  if (choice.attach !== undefined) {
    const url = choice.attach.replace(/\/+$/, '');
    if (!(await RemoteBackend.detect(url))) {
      throw new Error(
        `no Ride Hailer emulator answers at ${url}: start one with \`npm start\`, or leave out --attach to use a private stack`,
      );
    }
    return new RemoteBackend(url);
  }
  // Only for the banner, probed while the stack starts: say that a running `npm start` is left alone.
  const running = attachUrl(config);
  const runningFound = RemoteBackend.detect(running);
  applyLocalProcessDefaults();
  const { EPHEMERAL_STACK, startStack } = await import('../stack/startStack');
  const stack = await startStack({
    ...config,
    ...EPHEMERAL_STACK,
    linkedService: choice.lwa ? 'lwa' : config.linkedService,
    accountLinkingFile:
      choice.lwa && config.linkedService !== 'lwa' ? 'accountLinking.lwa.json' : config.accountLinkingFile,
    pkce: choice.pkce || config.pkce,
    skillLogLevel: config.skillLogLevel ?? 'silent',
  });
  const other = (await runningFound) ? ` (the \`npm start\` at ${running} is left alone; --attach talks to it)` : '';
  const description = `a private in-memory stack, ready in ${stack.readyMs} ms${other}`;
  return new LocalBackend(
    stack.emulator,
    stack.skill,
    description,
    () => stack.close(),
    () => stack.appToApp,
  );
}
