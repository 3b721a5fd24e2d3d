import { parseArgs } from 'node:util';
import { applyLocalProcessDefaults, type EmulatorConfig, loadEmulatorConfig } from '../config';

const USAGE = `Usage: npm start -- [options]

Starts the whole local Ride Hailer stack: dynalite, the OAuth/rides service, the Login with Amazon
stand-in, the skill (in this process) and the emulated Alexa app. Ctrl-C stops everything.

Options:
      --port N          emulator (Alexa app) port (default EMULATOR_PORT or 3000)
      --service-port N  OAuth/rides service port (default EMULATOR_SERVICE_PORT or 3001)
      --lwa-port N      Login with Amazon stand-in port (default EMULATOR_LWA_PORT or 3002)
      --lwa             link with Login with Amazon (LINKED_SERVICE=lwa, accountLinking.lwa.json)
      --pkce            send PKCE S256 when linking (the service then requires it)
      --memory          keep no data on disk (default: .data/emulator)
  -h, --help            show this help`;

function withFlags(config: EmulatorConfig, argv: string[]): EmulatorConfig | undefined {
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
    },
  });
  if (values.help) return undefined;
  const port = (raw: string | undefined, fallback: number) => (raw === undefined ? fallback : Number(raw));
  const lwa = values.lwa === true;
  return {
    ...config,
    emulatorPort: port(values.port, config.emulatorPort),
    servicePort: port(values['service-port'], config.servicePort),
    lwaPort: port(values['lwa-port'], config.lwaPort),
    linkedService: lwa ? 'lwa' : config.linkedService,
    accountLinkingFile: lwa && config.linkedService !== 'lwa' ? 'accountLinking.lwa.json' : config.accountLinkingFile,
    pkce: values.pkce === true || config.pkce,
    dataDir: values.memory ? 'memory' : config.dataDir,
  };
}

/** `npm start`: one command for the whole local stack; prints the URLs, the demo login and the time to ready. */
async function main(): Promise<void> {
  const config = withFlags(loadEmulatorConfig(process.env), process.argv.slice(2));
  if (config === undefined) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  applyLocalProcessDefaults();
  const { startStack } = await import('../stack/startStack');
  const stack = await startStack({ ...config, skillLogLevel: config.skillLogLevel ?? 'warn' });
  const sinceProcessStart = Math.round(performance.now());
  const { urls, linking } = stack;
  const lines = [
    `Ride Hailer local stack ready in ${stack.readyMs} ms (${sinceProcessStart} ms since the process started).`,
    '',
    `  Alexa app (emulator)   ${urls.emulator}      <- open this in a browser`,
    `  OAuth + rides service  ${urls.service}`,
    `  Login with Amazon      ${urls.lwa}   (local stand-in)`,
    `  DynamoDB (dynalite)    ${urls.dynamodb}   data: ${config.dataDir === 'memory' ? 'in memory' : `${config.dataDir}/dynalite`}`,
    '',
    `  Demo login             ${stack.demo.username} / ${stack.demo.password}`,
    `  Account linking        ${config.accountLinkingFile}: ${linking.accessTokenScheme}, PKCE ${linking.pkce ? 'on' : 'off'}`,
    `  Alexa redirect URI     ${stack.redirectUri}`,
    `  Terminal               npm run dialog   (talks to this emulator)`,
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
