import { dialogCommand } from './dialogCommand';
import { SKILL_USAGE } from './skillArgs';
import { startCommand } from './startCommand';

const EXAMPLE = 'emulator/examples/linked-skill';

/** The text `ride-hailer-emulator --help` prints. */
export const EMULATOR_USAGE = `Usage: ride-hailer-emulator [start | dialog] [options]

The offline Alexa emulator for account-linked skills: the emulated Alexa app in a browser (start, the
default) or an \`ask dialog\`-compatible terminal (dialog). Without skill options it runs Ride Hailer, as
\`npm start\` and \`npm run dialog\` do; with them, your skill and your authorization server.

Commands:
  start     serve the emulated Alexa app until Ctrl-C (ride-hailer-emulator start --help)
  dialog    talk to the skill in the terminal, or run a replay file (ride-hailer-emulator dialog --help)

${SKILL_USAGE}

Example: a skill and an authorization server that are not Ride Hailer's (${EXAMPLE}/README.md):
  ALEXA_CLIENT_SECRET=example-alexa-secret npx ride-hailer-emulator dialog \\
    --skill-handler ${EXAMPLE}/skill.mjs --skill-package ${EXAMPLE}/skill-package \\
    --account-linking ${EXAMPLE}/accountLinking.json \\
    --auth-server-command "node ${EXAMPLE}/authServer.mjs" \\
    --login-username ada@example.com --login-password example-password \\
    --replay ${EXAMPLE}/replay.json`;

/**
 * The `ride-hailer-emulator` command: `start` (the default) or `dialog`, each with its own options. Resolves to
 * an exit code, or undefined while `start` keeps serving.
 */
export async function emulatorCommand(argv: string[]): Promise<number | undefined> {
  const [command, ...rest] = argv;
  if (command === 'start') return startCommand(rest);
  if (command === 'dialog') return dialogCommand(rest);
  if (command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(`${EMULATOR_USAGE}\n`);
    return 0;
  }
  if (command === undefined || command.startsWith('-')) return startCommand(argv);
  process.stderr.write(`ride-hailer-emulator: unknown command "${command}"; use start or dialog (--help)\n`);
  return 2;
}
