import { parseArgs } from 'node:util';

/** What `npm run dialog -- …` was asked to do. */
export interface DialogArgs {
  help: boolean;
  locale: string | undefined;
  replay: string | undefined;
  saveSkillIo: string | undefined;
  emulatorUrl: string | undefined;
  standalone: boolean;
  pkce: boolean;
  lwa: boolean;
}

/** The text `--help` prints. */
export const DIALOG_USAGE = `Usage: npm run dialog -- [options]

Talk to the Ride Hailer skill like \`ask dialog\`, offline. Type what you would say after "User >";
lines starting with a dot are commands (.help lists them).

Options:
  -l, --locale LOCALE       device locale, e.g. de-DE (default: EMULATOR_LOCALE or en-US)
  -r, --replay FILE         run an ask dialog replay file (.json, .yaml, .yml), print the transcript, exit
      --save-skill-io FILE  write every skill request/response pair to FILE (access tokens as <redacted:length>)
      --emulator-url URL    use the emulator \`npm start\` runs at URL (default: detect http://127.0.0.1:3000)
      --standalone          start an own in-memory stack even if \`npm start\` is running
      --pkce                send PKCE (S256) when linking (own stack only)
      --lwa                 link with the Login with Amazon stand-in (LINKED_SERVICE=lwa; own stack only)
  -s, --skill-id ID         accepted for ask dialog compatibility; the local skill always answers
  -h, --help                show this help

Examples:
  npm run dialog
  npm run dialog -- --locale de-DE
  npm run dialog -- --replay emulator/replays/en-US.json --save-skill-io skill-io.json`;

/** Parses the dialog command line; throws with a readable message on unknown or incomplete options. */
export function parseDialogArgs(argv: string[]): DialogArgs {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      help: { type: 'boolean', short: 'h', default: false },
      locale: { type: 'string', short: 'l' },
      replay: { type: 'string', short: 'r' },
      'save-skill-io': { type: 'string' },
      'emulator-url': { type: 'string' },
      standalone: { type: 'boolean', default: false },
      pkce: { type: 'boolean', default: false },
      lwa: { type: 'boolean', default: false },
      'skill-id': { type: 'string', short: 's' },
    },
  });
  return {
    help: values.help ?? false,
    locale: values.locale,
    replay: values.replay,
    saveSkillIo: values['save-skill-io'],
    emulatorUrl: values['emulator-url'],
    standalone: values.standalone ?? false,
    pkce: values.pkce ?? false,
    lwa: values.lwa ?? false,
  };
}
