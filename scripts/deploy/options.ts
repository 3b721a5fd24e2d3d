import { parseArgs } from 'node:util';

/** Regions with the Alexa Skills Kit trigger for Lambda (the skill function must live in one of them). */
export const ALEXA_LAMBDA_REGIONS = ['us-east-1', 'eu-west-1', 'us-west-2', 'ap-northeast-1'] as const;

/** Everything `npm run deploy` / `npm run destroy` are told, checked. */
export interface DeployOptions {
  stage: string;
  region: string;
  /** ASK CLI profile (`ask configure`); also the AWS profile unless `awsProfile` says otherwise. */
  askProfile: string;
  /** AWS CLI profile; undefined leaves the AWS CLI's own default chain (environment, default profile). */
  awsProfile: string | undefined;
  vendorId: string | undefined;
  domainName: string | undefined;
  certificateArn: string | undefined;
  /** https origin (and optional path) of the Ride Hailer app's links; given, the deploy sets up app-to-app linking. */
  appBaseUrl: string | undefined;
  dryRun: boolean;
  skipBuild: boolean;
  yes: boolean;
  deleteSkill: boolean;
}

/** A wrong option or missing setting, said in a way the user can act on. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Parses the command line (and ALEXA_VENDOR_ID / AWS_REGION from the environment). */
export function parseOptions(argv: string[], env: NodeJS.ProcessEnv): DeployOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      stage: { type: 'string', default: 'dev' },
      region: { type: 'string' },
      profile: { type: 'string' },
      'aws-profile': { type: 'string' },
      'vendor-id': { type: 'string' },
      domain: { type: 'string' },
      'certificate-arn': { type: 'string' },
      'app-base-url': { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      'skip-build': { type: 'boolean', default: false },
      yes: { type: 'boolean', default: false },
      'delete-skill': { type: 'boolean', default: false },
    },
  });
  const stage = values.stage;
  if (!/^[a-z][a-z0-9-]{0,19}$/.test(stage)) {
    throw new UsageError(`--stage must be 1-20 of a-z 0-9 - starting with a letter, got "${stage}"`);
  }
  const region = values.region ?? env.AWS_REGION ?? 'us-east-1';
  if (!(ALEXA_LAMBDA_REGIONS as readonly string[]).includes(region)) {
    throw new UsageError(`--region must be one with the Alexa Skills Kit trigger: ${ALEXA_LAMBDA_REGIONS.join(', ')}`);
  }
  const vendorId = values['vendor-id'] ?? env.ALEXA_VENDOR_ID;
  if (vendorId !== undefined && !/^[A-Za-z0-9]+$/.test(vendorId)) {
    throw new UsageError('the vendor id is letters and digits (ask smapi get-vendor-list shows yours)');
  }
  const domainName = values.domain;
  const certificateArn = values['certificate-arn'];
  if ((domainName === undefined) !== (certificateArn === undefined)) {
    throw new UsageError('--domain and --certificate-arn go together (an ACM certificate for that name, same region)');
  }
  const appBaseUrl = values['app-base-url'];
  if (appBaseUrl !== undefined && !isAppBaseUrl(appBaseUrl)) {
    throw new UsageError(`--app-base-url must be an https URL without query or fragment, got "${appBaseUrl}"`);
  }
  return {
    stage,
    region,
    askProfile: values.profile ?? 'default',
    awsProfile: values['aws-profile'] ?? values.profile,
    vendorId,
    domainName,
    certificateArn,
    appBaseUrl,
    dryRun: values['dry-run'],
    skipBuild: values['skip-build'],
    yes: values.yes,
    deleteSkill: values['delete-skill'],
  };
}

function isAppBaseUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && !url.search && !url.hash && !value.includes('#') && !value.includes('?');
  } catch {
    return false;
  }
}

/** The names one stage's resources get. */
export function namesFor(options: Pick<DeployOptions, 'stage' | 'region'>, account: string) {
  return {
    serviceStack: `ride-hailer-${options.stage}-service`,
    clientSecretParameter: `/ride-hailer/${options.stage}/alexa-client-secret`,
    cookieKeysParameter: `/ride-hailer/${options.stage}/cookie-keys`,
    appToAppClientSecretParameter: `/ride-hailer/${options.stage}/alexa-app-to-app-client-secret`,
    artifactsBucket: `ride-hailer-artifacts-${account}-${options.region}`,
    artifactsPrefix: `service/${options.stage}/`,
  };
}

/** `--profile <p> --region <r>` for every AWS CLI call. */
export function awsFlags(options: Pick<DeployOptions, 'awsProfile' | 'region'>): string[] {
  return [...(options.awsProfile ? ['--profile', options.awsProfile] : []), '--region', options.region];
}
