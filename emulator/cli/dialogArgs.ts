import { parseArgs } from 'node:util';
import { type OwnSkill, ownSkillOf, SKILL_OPTIONS, SKILL_USAGE } from './skillArgs';

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
  /** Your own skill and authorization server instead of Ride Hailer (`--skill-handler` or `--skill-url`). */
  ownSkill: OwnSkill | undefined;
  /** The private stack's emulator port (`--port`); its redirect URI follows it. */
  port: number | undefined;
}

/** The text `--help` prints. */
export const DIALOG_USAGE = `Usage: npm run dialog -- [options]
       npx ride-hailer-emulator dialog [options]

Talk to the Ride Hailer skill (or, with --skill-handler or --skill-url, your own) like \`ask dialog\`,
offline. Type what you would say after "User >"; lines starting with a dot are commands (.help lists them).

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
      --port N              the private emulator's port, which its redirect URI names (default: a free port for
                            Ride Hailer; EMULATOR_PORT or 3000 for your skill, so the URI your server allows stays)
  -h, --help                show this help

${SKILL_USAGE}
  For Ride Hailer, --skill-id is accepted for ask dialog compatibility; the local skill always answers.

Examples:
  npm run dialog
  npm run dialog -- --locale de-DE
  npm run dialog -- --replay emulator/replays/en-US.json --save-skill-io skill-io.json
  npm run dialog -- --attach
  npx ride-hailer-emulator dialog --skill-handler skill/index.js --account-linking accountLinking.json \\
    --login-username ada@example.com --login-password secret`;

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

/**
 * Parses the dialog command line; throws with a readable message on unknown or incomplete options. `login` is the
 * headless login the environment gives (EMULATOR_LOGIN_USERNAME, _PASSWORD).
 */
export function parseDialogArgs(argv: string[], login: { username?: string; password?: string } = {}): DialogArgs {
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
      port: { type: 'string' },
      ...SKILL_OPTIONS,
    },
  });
  const ownSkill = ownSkillOf(values, login);
  const attach = attachTarget(values.attach);
  if (attach !== undefined && values.standalone) throw new Error('choose --attach or --standalone, not both');
  if (attach !== undefined && (values.pkce || values.lwa)) {
    throw new Error('--pkce and --lwa set up the private stack; an attached `npm start` links as it was started');
  }
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65_535)) {
    throw new Error(`--port must be a port number from 0 to 65535 (got "${values.port}")`);
  }
  if (port !== undefined && attach !== undefined)
    throw new Error('--port sets up the private stack; --attach talks to a running one');
  if (ownSkill !== undefined && attach !== undefined) {
    throw new Error(
      '--skill-handler and --skill-url start a private emulator for your skill; --attach talks to a running one',
    );
  }
  if (ownSkill !== undefined && values.lwa) {
    throw new Error(
      "--lwa is Ride Hailer's; for your skill, Login with Amazon URLs in --account-linking use the stand-in",
    );
  }
  return {
    ownSkill,
    port,
    help: values.help ?? false,
    locale: values.locale,
    replay: values.replay,
    saveSkillIo: values['save-skill-io'],
    attach,
    pkce: values.pkce ?? false,
    lwa: values.lwa ?? false,
  };
}
