import { parseArgs } from 'node:util';

/** What `npm run dialog -- …` was asked to do. */
export interface DialogArgs {
  help: boolean;
  locale: string | undefined;
  replay: string | undefined;
  saveSkillIo: string | undefined;
  /** Talk to a running `npm start` (`url` undefined: where EMULATOR_URL or the default port says). */
  attach: { url: string | undefined } | undefined;
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
      --attach [URL]        talk to the emulator a running \`npm start\` serves: the same user, links and rides
                            as its page (URL default: EMULATOR_URL, else http://EMULATOR_HOST:EMULATOR_PORT,
                            i.e. http://127.0.0.1:3000). Without it the dialog starts a private in-memory stack
                            of its own, even when \`npm start\` is running, and leaves nothing behind
      --standalone          the private stack (the default; accepted for older scripts)
      --pkce                send PKCE (S256) when linking (private stack only)
      --lwa                 link with the Login with Amazon stand-in (LINKED_SERVICE=lwa; private stack only)
  -s, --skill-id ID         accepted for ask dialog compatibility; the local skill always answers
  -h, --help                show this help

Examples:
  npm run dialog
  npm run dialog -- --locale de-DE
  npm run dialog -- --replay emulator/replays/en-US.json --save-skill-io skill-io.json
  npm run dialog -- --attach`;

/** `--attach` takes an optional URL (`--attach`, `--attach URL`, `--attach=URL`), which parseArgs cannot express. */
function withAttachValue(argv: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const next = argv[i + 1];
    if (arg !== '--attach') out.push(arg);
    else if (next !== undefined && !next.startsWith('-')) {
      out.push(`--attach=${next}`);
      i++;
    } else out.push('--attach=');
  }
  return out;
}

function attachTarget(raw: string | undefined): DialogArgs['attach'] {
  if (raw === undefined) return undefined;
  if (raw === '') return { url: undefined };
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`--attach needs an http:// URL such as http://127.0.0.1:3000 (got "${raw}")`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new Error(`--attach needs an http:// URL such as http://127.0.0.1:3000 (got "${raw}")`);
  }
  return { url: raw };
}

/** Parses the dialog command line; throws with a readable message on unknown or incomplete options. */
export function parseDialogArgs(argv: string[]): DialogArgs {
  const { values } = parseArgs({
    args: withAttachValue(argv),
    strict: true,
    allowPositionals: false,
    options: {
      help: { type: 'boolean', short: 'h', default: false },
      locale: { type: 'string', short: 'l' },
      replay: { type: 'string', short: 'r' },
      'save-skill-io': { type: 'string' },
      attach: { type: 'string' },
      standalone: { type: 'boolean', default: false },
      pkce: { type: 'boolean', default: false },
      lwa: { type: 'boolean', default: false },
      'skill-id': { type: 'string', short: 's' },
    },
  });
  const attach = attachTarget(values.attach);
  if (attach !== undefined && values.standalone) throw new Error('choose --attach or --standalone, not both');
  if (attach !== undefined && (values.pkce || values.lwa)) {
    throw new Error('--pkce and --lwa set up the private stack; an attached `npm start` links as it was started');
  }
  return {
    help: values.help ?? false,
    locale: values.locale,
    replay: values.replay,
    saveSkillIo: values['save-skill-io'],
    attach,
    pkce: values.pkce ?? false,
    lwa: values.lwa ?? false,
  };
}
