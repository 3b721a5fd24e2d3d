import { applyLocalProcessDefaults, type EmulatorConfig } from '../config';
import type { DialogBackend } from './backend';
import { LocalBackend } from './LocalBackend';
import { RemoteBackend } from './RemoteBackend';

/** How the dialog finds its emulator. */
export interface BackendChoice {
  /** An explicit emulator URL (flag or EMULATOR_URL): use it or fail. */
  emulatorUrl?: string;
  /** Never reuse a running emulator. */
  standalone: boolean;
  pkce: boolean;
  lwa: boolean;
}

/**
 * The emulator `npm start` runs when it is given or found on its default port; otherwise a fresh, in-memory
 * stack in this process (dynalite, service, LWA stand-in and skill on free ports).
 */
export async function openBackend(config: EmulatorConfig, choice: BackendChoice): Promise<DialogBackend> {
  if (choice.emulatorUrl !== undefined) {
    const url = choice.emulatorUrl.replace(/\/+$/, '');
    if (!(await RemoteBackend.detect(url))) throw new Error(`no Ride Hailer emulator answers at ${url}`);
    return new RemoteBackend(url);
  }
  const usual = `http://${config.host}:${config.emulatorPort}`;
  if (!choice.standalone && (await RemoteBackend.detect(usual))) return new RemoteBackend(usual);
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
  const skill = {
    name: 'Ride Hailer',
    vendorId: config.vendorId,
    linking: 'available' as const,
    linkedService: choice.lwa ? 'lwa' : config.linkedService,
  };
  return new LocalBackend(stack.emulator, skill, `an in-memory stack (ready in ${stack.readyMs} ms)`, () =>
    stack.close(),
  );
}
