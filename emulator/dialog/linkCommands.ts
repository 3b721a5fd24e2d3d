import { type CommandResult, type DialogBackend, isAppToAppFlow } from './backend';

/** How `.link` is used, for an argument it does not know. */
export const LINK_USAGE =
  'Use: .link | .link app | .link from-app | .link from-app-lwa | .link device [--person NAME] | .link qr';

/**
 * `.link` and its ways in: `.link` (headless, as from the card), `.link app|from-app|from-app-lwa` (app-to-app
 * linking from the Alexa app, or from the Ride Hailer app through the Alexa app or Login with Amazon), `.link device [--person NAME]` ("Sign in using
 * this device" on the Echo Show, for the account or for one person), `.link qr` (the phone scans the screen's QR code).
 */
export async function linkCommand(backend: DialogBackend, args: string[]): Promise<CommandResult> {
  const [how, ...rest] = args;
  if (how === undefined) return backend.link();
  if (isAppToAppFlow(how) && rest.length === 0) return backend.linkAppToApp(how);
  if (how === 'qr' && rest.length === 0) return backend.followQr();
  const unknown = { lines: [`Unknown way to link: ${args.join(' ')}. ${LINK_USAGE}`] };
  if (how !== 'device') return unknown;
  if (rest.length === 0) return backend.linkOnDevice(undefined);
  if (rest[0] === '--person' && rest.length === 2) return backend.linkOnDevice(rest[1]);
  return unknown;
}
