import { parseArgs } from 'node:util';
import { applyLocalProcessDefaults, attachUrl, type EmulatorConfig, loadEmulatorConfig } from '../config';
import type { EmulatorStack } from '../stack/emulatorStack';
import { type OwnSkill, ownSkillOf, SKILL_OPTIONS, SKILL_USAGE } from './skillArgs';

const USAGE = `Usage: npm start -- [options]
       npx ride-hailer-emulator start [options]

Starts the whole local Ride Hailer stack: dynalite, the OAuth/rides service, the Amazon stand-in (Login
with Amazon and the Alexa API), the skill (in this process), the emulated Alexa app and the Ride Hailer app
stand-in. With --skill-handler or --skill-url it runs the emulated Alexa app for your skill and your
authorization server instead. Ctrl-C stops everything.

Options:
      --port N          emulator (Alexa app) port (default EMULATOR_PORT or 3000)
      --service-port N  OAuth/rides service port (default EMULATOR_SERVICE_PORT or 3001)
      --lwa-port N      Amazon stand-in port: Login with Amazon, Alexa API (default EMULATOR_LWA_PORT or 3002)
      --lwa             link with Login with Amazon (LINKED_SERVICE=lwa, accountLinking.lwa.json)
      --pkce            send PKCE S256 when linking (the service then requires it)
      --data-dir DIR    keep the service's and the skill's data in DIR across starts (default EMULATOR_DATA_DIR,
                        else in memory: every start is a fresh demo)
      --memory          keep the data in memory even if EMULATOR_DATA_DIR is set
      --reset           start the demo over: empty the data folder first (rides, grants, preferences; the demo
                        rider is seeded again). While running, the page's "Reset demo" button does the same
  -h, --help            show this help

${SKILL_USAGE}`;

/** Flags that set up Ride Hailer's own parts, meaningless for another skill. */
const RIDE_HAILER_ONLY = ['service-port', 'lwa', 'data-dir', 'memory', 'reset'] as const;

/** What the flags chose beyond the configuration. */
interface StartChoice {
  config: EmulatorConfig;
  reset: boolean;
  ownSkill: OwnSkill | undefined;
}

function withFlags(config: EmulatorConfig, argv: string[]): StartChoice | undefined {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      help: { type: 'boolean', short: 'h' },
      port: { type: 'string' },
      'service-port': { type: 'string' },
      'lwa-port': { type: 'string' },
      lwa: { type: 'boolean' },
      pkce: { type: 'boolean' },
      memory: { type: 'boolean' },
      'data-dir': { type: 'string' },
      reset: { type: 'boolean' },
      ...SKILL_OPTIONS,
    },
  });
  if (values.help) return undefined;
  const ownSkill = ownSkillOf(values, config.login);
  const rideHailerOnly = RIDE_HAILER_ONLY.find((name) => values[name] !== undefined);
  if (ownSkill !== undefined && rideHailerOnly !== undefined) {
    throw new Error(`--${rideHailerOnly} sets up Ride Hailer's own service; it does not go with your own skill`);
  }
  if (values.memory && values['data-dir'] !== undefined) throw new Error('choose --memory or --data-dir, not both');
  if (values['data-dir']?.trim() === '') throw new Error('--data-dir needs a folder');
  const port = (raw: string | undefined, fallback: number) => (raw === undefined ? fallback : Number(raw));
  const lwa = values.lwa === true;
  const dataDir = values.memory ? 'memory' : (values['data-dir']?.trim() ?? config.dataDir);
  const chosen: EmulatorConfig = {
    ...config,
    emulatorPort: port(values.port, config.emulatorPort),
    servicePort: port(values['service-port'], config.servicePort),
    lwaPort: port(values['lwa-port'], config.lwaPort),
    linkedService: lwa ? 'lwa' : config.linkedService,
    accountLinkingFile: lwa && config.linkedService !== 'lwa' ? 'accountLinking.lwa.json' : config.accountLinkingFile,
    pkce: values.pkce === true || config.pkce,
    dataDir,
  };
  return { config: chosen, reset: values.reset === true, ownSkill };
}

function dataLine(config: EmulatorConfig, reset: boolean): string {
  if (config.dataDir === 'memory') return 'in memory (a fresh demo on every start)';
  return `${config.dataDir}/dynalite (kept across starts${reset ? '; emptied by --reset' : ''})`;
}

/** A started stack and its banner, given how the dialog attaches to it (`--attach` or `--attach URL`). */
interface Started {
  stack: EmulatorStack;
  lines(attach: string): string[];
}

/** Ride Hailer's stack and banner. */
async function startRideHailer(config: EmulatorConfig, reset: boolean): Promise<Started> {
  const { startStack } = await import('../stack/startStack');
  const stack = await startStack({ ...config, skillLogLevel: config.skillLogLevel ?? 'warn' });
  // After the start, so a data folder another process holds is refused before anything is deleted.
  if (reset && config.dataDir !== 'memory') await stack.reset();
  const { urls, linking } = stack;
  const lines = (attach: string) => [
    `Ride Hailer local stack ready in ${stack.readyMs} ms (${Math.round(performance.now())} ms since the process started).`,
    '',
    `  Alexa app (emulator)   ${urls.emulator}      <- open this in a browser`,
    `  OAuth + rides service  ${urls.service}`,
    `  Amazon stand-in        ${urls.lwa}   (Login with Amazon, Alexa API)`,
    `  Ride Hailer app        ${urls.emulator}/app/   (phone app stand-in)`,
    `  DynamoDB (dynalite)    ${urls.dynamodb}   data: ${dataLine(config, reset)}`,
    '',
    `  Demo login             ${stack.demo.username} / ${stack.demo.password}   (Alex, who holds the Alexa account)`,
    ...Object.entries(stack.logins)
      .filter(([name]) => name !== 'Alex')
      .map(
        ([name, login]) =>
          `  ${`${name}'s login`.padEnd(23)}${login.username} / ${login.password}   (a profile of ${name}'s own)`,
      ),
    `  Account linking        ${config.accountLinkingFile}: ${linking.accessTokenScheme}, PKCE ${linking.pkce ? 'on' : 'off'}`,
    `  Alexa redirect URI     ${stack.redirectUri}`,
    `  Terminal               npm run dialog -- ${attach}   (talks to this emulator)`,
    `  Start over             "Reset demo" on the page`,
  ];
  return { stack, lines };
}

/** Another skill's stack and banner. */
async function startOwnSkill(config: EmulatorConfig, own: OwnSkill): Promise<Started> {
  const { startSkillStack } = await import('../stack/startSkillStack');
  const stack = await startSkillStack({ ...config, ...own, skill: own.skill });
  const { urls, linking, skill } = stack;
  const where = 'url' in own.skill ? own.skill.url : `${own.skill.handler.file}#${own.skill.handler.exportName}`;
  const lwa = 'lwa' in urls ? `  Amazon stand-in        ${urls.lwa}   (Login with Amazon)` : undefined;
  const login = stack.demo === undefined ? 'none: give --login-username and --login-password' : stack.demo.username;
  const lines = (attach: string) => [
    `${skill.name} emulator ready in ${stack.readyMs} ms (${Math.round(performance.now())} ms since the process started).`,
    '',
    `  Alexa app (emulator)   ${urls.emulator}      <- open this in a browser`,
    `  Skill                  ${where} · ${skill.locales.join(', ')}`,
    `  Authorization server   ${linking.authorizationUrl} (token: ${linking.accessTokenUrl})`,
    ...(lwa === undefined ? [] : [lwa]),
    `  Account linking        ${own.accountLinkingFile}: ${linking.accessTokenScheme}, PKCE ${linking.pkce ? 'on' : 'off'}`,
    `  Alexa redirect URI     ${stack.redirectUri}   (your server must allow it)`,
    `  Headless login         ${login}`,
    `  Terminal               npx ride-hailer-emulator dialog ${attach}   (talks to this emulator)`,
  ];
  return { stack, lines };
}

/**
 * `npm start` and `ride-hailer-emulator start`: one command for the whole local stack (Ride Hailer's, or the one
 * for your skill); prints the URLs, the logins and the time to ready, and runs until Ctrl-C. Resolves to an exit
 * code when it stops at once (help, bad input), undefined while it runs.
 */
export async function startCommand(argv: string[]): Promise<number | undefined> {
  let choice: StartChoice | undefined;
  let fromEnv: EmulatorConfig;
  try {
    fromEnv = loadEmulatorConfig(process.env);
    choice = withFlags(fromEnv, argv);
  } catch (error) {
    process.stderr.write(`start: ${(error as Error).message}\n`);
    return 1;
  }
  if (choice === undefined) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const { config, reset, ownSkill } = choice;
  applyLocalProcessDefaults();
  let started: Started;
  try {
    started = await (ownSkill === undefined ? startRideHailer(config, reset) : startOwnSkill(config, ownSkill));
  } catch (error) {
    process.stderr.write(`start: ${(error as Error).message}\n`);
    return 1;
  }
  const { stack } = started;
  const attach = stack.urls.emulator === attachUrl(fromEnv) ? '--attach' : `--attach ${stack.urls.emulator}`;
  process.stdout.write(`${[...started.lines(attach), '', 'Press Ctrl-C to stop.'].join('\n')}\n`);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) process.exit(1);
    stopping = true;
    process.stdout.write(`\n${signal}: stopping…\n`);
    await stack.close();
    process.stdout.write('Stopped.\n');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
  return undefined;
}
