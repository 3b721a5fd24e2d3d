import { join } from 'node:path';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { loadConfig } from '../../lambda/config';
import { createDeps } from '../../lambda/deps';
import { lazyDynamo } from '../../lambda/persistence/dynamo';
import { ensureSkillTable } from '../../lambda/persistence/table';
import { buildSkill } from '../../lambda/skill';
import { DataDirInUseError } from '../../service/errors';
import { SECOND_DEMO_RIDER, seedDemoRider } from '../../service/riders/demoRider';
import { startService } from '../../service/server';
import { type EmbeddedDynamo, startEmbeddedDynalite } from '../../service/store/localDynalite';
import { EXAMPLE_SKILL_ID } from '../alexa/envelopes';
import { DEMO_AMAZON_ACCOUNT, SECOND_AMAZON_ACCOUNT } from '../amazon/lwa/LwaState';
import { type AmazonStandIn, startAmazonStandIn } from '../amazon/server';
import type { EmulatorConfig } from '../config';
import type { SkillInvoker } from '../conversation/types';
import type { Emulator } from '../core/Emulator';
import { type EmulatorServer, startEmulatorServer } from '../http/EmulatorServer';
import { localLinkingConfig, readAccountLinking, retarget } from '../linking/config';
import { alexaSideOf } from '../linking/flows/appToAppFromApp';
import type { AppToAppDeps } from '../linking/flows/deps';
import type { Credentials } from '../linking/headlessBrowser';
import { readSkillPackage, skillInfoOf } from '../skill/skillPackage';
import { type EmulatorStack, emulatorFactory } from './emulatorStack';
import { resetDemo } from './resetDemo';
import { revokerFor } from './revoker';
import { LOCAL_APP_TO_APP_CLIENT, rideHailerAppToApp } from './rideHailerAppToApp';
import { explainStartError } from './startErrors';

/**
 * Ride Hailer, the emulator's default configuration: its skill (in-process through `buildSkill`), its OAuth/rides
 * service on dynalite, the Ride Hailer app stand-in with app-to-app linking, and the demo logins. This is the one
 * emulator module that imports `lambda/` and `service/`; everything else knows a skill only as "envelope in,
 * response out" and an authorization server only through its account-linking file and HTTP.
 */

/** The demo rider the service seeds in local mode. */
export const DEMO_RIDER: Credentials = { username: 'rider@example.com', password: 'ride-hailer-demo' };

/** The household: Alex holds the Alexa account and is the demo rider; Sam has a rider (and Amazon login) of his own. */
export const HOUSEHOLD = ['Alex', 'Sam'] as const;

/** The secret Alexa holds for Ride Hailer's client when ALEXA_CLIENT_SECRET is not set (the service's local default). */
const LOCAL_CLIENT_SECRET = 'local-dev-secret';

/** The logins each member's headless sign-in types in, per linked service. */
function memberLogins(lwaMode: boolean): Record<string, Credentials> {
  const sam = lwaMode ? SECOND_AMAZON_ACCOUNT : SECOND_DEMO_RIDER;
  const alex = lwaMode ? { username: DEMO_AMAZON_ACCOUNT.email, password: DEMO_AMAZON_ACCOUNT.password } : DEMO_RIDER;
  return { Alex: alex, Sam: { username: sam.email, password: sam.password } };
}

/** The real skill, built in this process through its own composition root, its table created first. */
async function startRideHailerSkill(env: Record<string, string | undefined>): Promise<SkillInvoker> {
  const config = loadConfig(env);
  if (config.dynamodbEndpoint !== undefined) {
    const dynamo = lazyDynamo({
      region: config.awsRegion,
      endpoint: config.dynamodbEndpoint,
      table: config.skillTable,
    });
    await ensureSkillTable(await dynamo());
  }
  const skill = buildSkill(createDeps(config));
  return (request: RequestEnvelope) => skill.invoke(request) as Promise<ResponseEnvelope>;
}

/** Everything `npm start` and `npm run dialog` run for Ride Hailer, and how to stop it. */
export interface Stack extends EmulatorStack {
  /** The Amazon stand-in (LWA and the Alexa API), for trying failures. */
  amazon: AmazonStandIn;
  urls: { emulator: string; service: string; lwa: string; dynamodb: string };
  demo: Credentials;
}

/** Where to run the stack and how quiet its parts are. */
export type StackOptions = EmulatorConfig & {
  serviceLogLevel?: string;
  skillLogLevel?: string;
  /** The skill package (skill.json and interaction models); default `skill-package`. */
  skillPackageDir?: string;
};

/** A private stack: free loopback ports, data in memory, quiet logs (dialog without `npm start`, tests, bench). */
export const EPHEMERAL_STACK = {
  emulatorPort: 0,
  servicePort: 0,
  lwaPort: 0,
  dataDir: 'memory',
  skillLogLevel: 'silent',
  serviceLogLevel: 'silent',
} as const satisfies Partial<StackOptions>;

/**
 * Starts dynalite, the emulator's HTTP server (first, so its redirect URI is known), the LWA stand-in, the
 * OAuth/rides service (allowing that redirect URI), the skill in-process, and wires the emulator to them.
 * On failure, whatever started is stopped again.
 */
export async function startStack(options: StackOptions): Promise<Stack> {
  const started = performance.now();
  const stops: Array<() => Promise<void>> = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => undefined);
  };
  const explain = (error: unknown) =>
    Promise.reject(
      explainStartError(
        error,
        { host: options.host, port: options.servicePort },
        error instanceof DataDirInUseError ? error : undefined,
      ),
    );
  try {
    const skillPackage = await readSkillPackage(options.skillPackageDir ?? 'skill-package');
    const dynamo: EmbeddedDynamo = await startEmbeddedDynalite(
      options.dataDir === 'memory' ? 'memory' : join(options.dataDir, 'dynalite'),
    ).catch(explain);
    stops.push(() => dynamo.close());
    const server: EmulatorServer = await startEmulatorServer({ host: options.host, port: options.emulatorPort });
    stops.push(() => server.close());
    const redirectUri = server.redirectUri(options.vendorId);
    const lwaMode = options.linkedService === 'lwa';
    const clientSecret = options.clientSecret ?? LOCAL_CLIENT_SECRET;
    const file = await readAccountLinking(options.accountLinkingFile);
    const appLinks = (file.redirectUrls ?? []).map((link) => retarget(link, server.url));
    let emulator: Emulator | undefined;
    const lwa: AmazonStandIn = await startAmazonStandIn({
      host: options.host,
      port: options.lwaPort,
      clients: [
        { clientId: file.clientId, clientSecret: options.lwaClientSecret, redirectUris: [redirectUri] },
        { ...LOCAL_APP_TO_APP_CLIENT, redirectUris: appLinks, appName: 'Ride Hailer' },
      ],
      skill: { skillId: EXAMPLE_SKILL_ID, clientId: LOCAL_APP_TO_APP_CLIENT.clientId, redirectUrls: appLinks },
      alexa: () => alexaSideOf(() => emulator as Emulator),
    });
    stops.push(() => lwa.close());
    const service = await startService({
      host: options.host,
      port: options.servicePort,
      env: {
        ...options.serviceEnv,
        SERVICE_MODE: 'local',
        DYNAMODB_ENDPOINT: dynamo.endpoint,
        EXTRA_REDIRECT_URIS: redirectUri,
        ALEXA_CLIENT_SECRET: clientSecret,
        ALEXA_VENDOR_ID: options.vendorId,
        REQUIRE_PKCE: String(options.pkce && !lwaMode),
        LOG_LEVEL: options.serviceLogLevel ?? 'warn',
        MOBILE_APP_REDIRECT_URIS: `${server.url}/app/oauth/callback`,
        ...(appLinks.length > 0 ? { MOBILE_ALEXA_REDIRECT_URIS: appLinks.join(',') } : {}),
        ALEXA_APP_TO_APP_CLIENT_ID: LOCAL_APP_TO_APP_CLIENT.clientId,
        ALEXA_APP_TO_APP_CLIENT_SECRET: LOCAL_APP_TO_APP_CLIENT.clientSecret,
        ALEXA_SKILL_ID: EXAMPLE_SKILL_ID,
        ALEXA_SKILL_STAGE: 'development',
        LWA_TOKEN_URL: `${lwa.url}/auth/o2/token`,
        ALEXA_API_URL: lwa.alexaApiUrl('api.amazonalexa.com'),
        ALEXA_REGION_URL_TEMPLATE: `${lwa.url}/{endpoint}`,
      },
    }).catch(explain);
    stops.push(() => service.close());
    const invoke = await startRideHailerSkill({
      LINKED_SERVICE: options.linkedService,
      RIDE_HAILER_API_URL: service.url,
      LWA_API_URL: lwa.url,
      DYNAMODB_ENDPOINT: dynamo.endpoint,
      SKILL_ID: EXAMPLE_SKILL_ID,
      ...(lwaMode ? {} : { RIDE_HAILER_CLIENT_ID: file.clientId, RIDE_HAILER_CLIENT_SECRET: clientSecret }),
      AWS_REGION: 'us-east-1',
      LOG_LEVEL: options.skillLogLevel ?? 'warn',
      // The skill offers linking by voice exactly when the account-linking file lets Alexa do it.
      VOICE_FORWARD_ACCOUNT_LINKING: lwaMode ? (file.voiceForwardAccountLinking ?? 'DISABLED') : 'DISABLED',
    });
    const linking = localLinkingConfig(file, {
      origin: lwaMode ? lwa.url : service.url,
      appOrigin: server.url,
      clientSecret: lwaMode ? options.lwaClientSecret : clientSecret,
      pkce: options.pkce,
      overrides: options.accessTokenScheme === undefined ? {} : { accessTokenScheme: options.accessTokenScheme },
    });
    const logins = memberLogins(lwaMode);
    const demo = logins.Alex as Credentials;
    const skill = skillInfoOf(skillPackage, file, {
      id: EXAMPLE_SKILL_ID,
      vendorId: options.vendorId,
      locale: options.locale,
      byline: `Ride Hailer Inc. · ${lwaMode ? 'Login with Amazon' : 'Ride Hailer account'}`,
    });
    const freshEmulator = emulatorFactory({
      invoke,
      skill,
      skillPackage,
      linking,
      redirectUri,
      appUrl: server.url,
      locale: options.locale,
      login: demo,
      logins,
      household: HOUSEHOLD,
      amazonAccount: DEMO_AMAZON_ACCOUNT.email,
      revoke: revokerFor(
        linking,
        lwaMode ? { lwa: lwa.url } : { issuer: service.issuer, fallback: `${service.issuer}/token/revocation` },
      ),
    });
    const appToAppOf = rideHailerAppToApp({
      service,
      emulatorUrl: server.url,
      amazon: lwa,
      appLinks,
      rider: DEMO_RIDER,
      amazonLogin: { username: DEMO_AMAZON_ACCOUNT.email, password: DEMO_AMAZON_ACCOUNT.password },
    });
    let appToApp: AppToAppDeps | undefined;
    const attach = (next: Emulator) => {
      emulator = next;
      const app = lwaMode ? undefined : appToAppOf(next);
      appToApp = app?.deps;
      server.attach(next, skill, reset, app?.routes);
    };
    const reset = async () => {
      const seed = () => seedDemoRider(service.app.riders, new Date());
      attach(await resetDemo({ dynamodb: dynamo.endpoint, seed, freshEmulator }));
    };
    attach(freshEmulator());
    return {
      get emulator() {
        return emulator as Emulator;
      },
      get appToApp() {
        return appToApp;
      },
      skill,
      amazon: lwa,
      urls: { emulator: server.url, service: service.url, lwa: lwa.url, dynamodb: dynamo.endpoint },
      redirectUri,
      linking,
      demo,
      logins,
      readyMs: Math.round(performance.now() - started),
      reset,
      close: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
