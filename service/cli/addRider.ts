import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { loadConfig, processEnv } from '../config';
import { ConfigError, DataDirInUseError, RiderExistsError } from '../errors';
import { createRider, validateNewRider } from '../riders/riderService';
import { createDynamoClient } from '../store/dynamo';
import { type EmbeddedDynamo, startEmbeddedDynalite } from '../store/localDynalite';
import { dynamoRiderRepository } from '../store/riders';
import { ensureTable } from '../store/table';

const USAGE = `Add a rider to the Ride Hailer service.

Usage:
  npm run service:add-rider -- --email <email> --name <display name> [--password <password>]
  printf '%s' 'the password' | npm run service:add-rider -- --email <email> --name <display name>

Options:
  --email      Sign-in email address (stored lower-case; must be unused)
  --name       Display name shown on the consent page and by GET /v1/me
  --password   Password (8-1024 characters). Omit it to read the password from stdin instead,
               which keeps it out of your shell history.
  --help       Show this text

Storage follows the service configuration (see service/README.md): in local mode the embedded
database under LOCAL_DATA_DIR (default .data/service; stop \`npm run service\` first), or the table
SERVICE_TABLE at DYNAMODB_ENDPOINT / AWS.`;

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    const prompt = createInterface({ input: process.stdin, output: process.stdout });
    const answer = await prompt.question('Password (visible as you type; pipe it on stdin to hide it): ');
    prompt.close();
    return answer;
  }
  let data = '';
  for await (const chunk of process.stdin) data += String(chunk);
  return data.replace(/\r?\n$/, '');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      password: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.email || !values.name) {
    console.error(`Both --email and --name are required.\n\n${USAGE}`);
    return 2;
  }
  const password = values.password ?? (await readPassword());
  const problem = validateNewRider({ email: values.email, name: values.name, password });
  if (problem) {
    console.error(`Cannot add rider: ${problem}.`);
    return 2;
  }
  const config = loadConfig(processEnv());
  let embedded: EmbeddedDynamo | undefined;
  if (config.mode === 'local' && !config.dynamo.endpoint) {
    embedded = await startEmbeddedDynalite(config.localDataDir);
    config.dynamo.endpoint = embedded.endpoint;
  }
  const client = createDynamoClient(config);
  try {
    if (config.mode === 'local') await ensureTable(client, config.dynamo.table);
    const rider = await createRider(
      dynamoRiderRepository(client, config.dynamo.table),
      { email: values.email, name: values.name, password },
      new Date(),
    );
    console.log(`Added rider ${rider.id} (${rider.email}, "${rider.name}").`);
    return 0;
  } finally {
    client.destroy();
    await embedded?.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof RiderExistsError) console.error(`Cannot add rider: ${error.message}.`);
    else if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
    else if (error instanceof DataDirInUseError) {
      console.error(`Cannot open the local database: ${error.message}. Stop \`npm run service\` first.`);
    } else if (error instanceof TypeError && error.message.startsWith('Unknown option')) {
      console.error(`${error.message}\n\n${USAGE}`);
    } else console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
