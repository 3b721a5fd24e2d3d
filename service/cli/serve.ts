import { loadConfig, processEnv } from '../config';
import { ConfigError, DataDirInUseError } from '../errors';
import { DEMO_RIDER, SECOND_DEMO_RIDER } from '../riders/demoRider';

/**
 * `npm run service`: the linked service on 127.0.0.1:${PORT:-3001} with embedded dynalite under .data/service and
 * the demo rider. Ctrl-C stops it cleanly.
 */
async function main(): Promise<void> {
  const local = loadConfig(processEnv()).mode === 'local';
  // Local runs on Node 20 need not repeat the AWS SDK's notice that future releases will require Node 22.
  if (local) process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const { startService } = await import('../server');
  const service = await startService();
  console.log(`Ride Hailer service listening at ${service.url}
  Authorization URL  ${service.authorizationUrl}
  Access token URL   ${service.tokenUrl}
  Client id          ${service.clientId}
  Discovery          ${service.issuer}/.well-known/oauth-authorization-server`);
  if (local) console.log(`  Demo rider         ${DEMO_RIDER.email} / ${DEMO_RIDER.password} (local mode only)`);
  if (local) console.log(`  Second demo rider  ${SECOND_DEMO_RIDER.email} / ${SECOND_DEMO_RIDER.password}`);
  console.log('Press Ctrl-C to stop.');
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\n${signal} received, stopping…`);
    await service.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) console.error(`Configuration error: ${error.message}`);
  else if (error instanceof DataDirInUseError) console.error(`Cannot open the local database: ${error.message}.`);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
