import { parseArgs } from 'node:util';
import { applyLocalProcessDefaults, attachUrl, type EmulatorConfig, loadEmulatorConfig } from '../config';

const USAGE = `Usage: npm start -- [options]

Starts the whole local Ride Hailer stack: dynalite, the OAuth/rides service, the Amazon stand-in (Login
with Amazon and the Alexa API), the skill (in this process), the emulated Alexa app and the Ride Hailer app
stand-in. Ctrl-C stops everything.

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
  -h, --help            show this help`;

/** What the flags chose beyond the configuration. */
interface StartChoice {
  config: EmulatorConfig;
  reset: boolean;
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
    },
  });
  if (values.help) return undefined;
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
  return { config: chosen, reset: values.reset === true };
}

function dataLine(config: EmulatorConfig, reset: boolean): string {
  if (config.dataDir === 'memory') return 'in memory (a fresh demo on every start)';
  return `${config.dataDir}/dynalite (kept across starts${reset ? '; emptied by --reset' : ''})`;
}

/** `npm start`: one command for the whole local stack; prints the URLs, the demo login and the time to ready. */
async function main(): Promise<void> {
  const fromEnv = loadEmulatorConfig(process.env);
  const choice = withFlags(fromEnv, process.argv.slice(2));
  if (choice === undefined) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const { config, reset } = choice;
  applyLocalProcessDefaults();
  const { startStack } = await import('../stack/startStack');
  const stack = await startStack({ ...config, skillLogLevel: config.skillLogLevel ?? 'warn' });
  // After the start, so a data folder another process holds is refused before anything is deleted.
  if (reset && config.dataDir !== 'memory') await stack.reset();
  const sinceProcessStart = Math.round(performance.now());
  const { urls, linking } = stack;
  const attach = urls.emulator === attachUrl(fromEnv) ? '--attach' : `--attach ${urls.emulator}`;
  const lines = [
    `Ride Hailer local stack ready in ${stack.readyMs} ms (${sinceProcessStart} ms since the process started).`,
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
    '',
    'Press Ctrl-C to stop.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
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
}

main().catch((error: Error) => {
  process.stderr.write(`start: ${error.message}\n`);
  process.exit(1);
});
