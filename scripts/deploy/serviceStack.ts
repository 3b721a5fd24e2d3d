import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aws, type DeployContext, placeholder, StepError } from './context';
import { namesFor } from './options';
import { CommandFailedError } from './runner';

export const SERVICE_ZIP = 'dist/service.zip';
export const SERVICE_TEMPLATE = 'infrastructure/service-stack.yaml';

/** The AWS account the credentials belong to (it names the artifacts bucket). */
export async function account(context: DeployContext): Promise<string> {
  if (context.state.account === undefined) {
    const args = ['sts', 'get-caller-identity', '--query', 'Account', '--output', 'text'];
    const answer = await aws(context, args, { capture: true });
    context.state.account = context.runner.dryRun ? placeholder('account id') : answer.trim();
  }
  return context.state.account;
}

/** Creates the artifacts bucket (private) unless it exists, then uploads the service zip under its content hash. */
export async function uploadServiceZip(context: DeployContext): Promise<void> {
  const { artifactsBucket: bucket, artifactsPrefix } = namesFor(context.options, await account(context));
  const create = async () => {
    const location =
      context.options.region === 'us-east-1'
        ? []
        : ['--create-bucket-configuration', `LocationConstraint=${context.options.region}`];
    await aws(context, ['s3api', 'create-bucket', '--bucket', bucket, ...location], { capture: true });
    const block = 'BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true';
    await aws(context, [
      's3api',
      'put-public-access-block',
      '--bucket',
      bucket,
      '--public-access-block-configuration',
      block,
    ]);
  };
  try {
    await aws(context, ['s3api', 'head-bucket', '--bucket', bucket], { capture: true });
    if (context.runner.dryRun) {
      context.runner.say('    (only if that says 404 Not Found:)');
      await create();
    }
  } catch (error) {
    if (!(error instanceof CommandFailedError)) throw error;
    if (/\(403\)|Forbidden/.test(error.stderr)) {
      throw new StepError(
        `bucket ${bucket} exists but belongs to another account`,
        'use another AWS account or region',
      );
    }
    if (!/\(404\)|Not Found/.test(error.stderr)) throw error;
    await create();
  }
  const hash = createHash('sha256')
    .update(readFileSync(join(context.root, SERVICE_ZIP)))
    .digest('hex')
    .slice(0, 16);
  context.state.codeKey = `${artifactsPrefix}${hash}.zip`;
  await aws(context, ['s3', 'cp', SERVICE_ZIP, `s3://${bucket}/${context.state.codeKey}`, '--only-show-errors']);
}

interface StackDescription {
  StackStatus: string;
  Outputs?: { OutputKey: string; OutputValue: string }[];
}

async function describe(context: DeployContext, stack: string): Promise<StackDescription | undefined> {
  try {
    const answer = await aws(
      context,
      ['cloudformation', 'describe-stacks', '--stack-name', stack, '--output', 'json'],
      {
        capture: true,
      },
    );
    return context.runner.dryRun ? undefined : (JSON.parse(answer) as { Stacks: StackDescription[] }).Stacks[0];
  } catch (error) {
    if (error instanceof CommandFailedError && /does not exist/.test(error.stderr)) return undefined;
    throw error;
  }
}

/** `aws cloudformation deploy` of the service stack, after clearing a first create that rolled back. */
export async function deployServiceStack(context: DeployContext): Promise<void> {
  const { options } = context;
  const names = namesFor(options, await account(context));
  const stack = names.serviceStack;
  const status = (await describe(context, stack))?.StackStatus;
  if (status === 'ROLLBACK_COMPLETE' || status === 'ROLLBACK_FAILED') {
    context.runner.say(`    ${stack} is ${status} (its first create failed): deleting it so it can be created anew`);
    await aws(context, ['cloudformation', 'delete-stack', '--stack-name', stack]);
    await aws(context, ['cloudformation', 'wait', 'stack-delete-complete', '--stack-name', stack]);
  } else if (status?.endsWith('_IN_PROGRESS') || status === 'UPDATE_ROLLBACK_FAILED') {
    throw new StepError(
      `${stack} is ${status}`,
      status === 'UPDATE_ROLLBACK_FAILED'
        ? `aws cloudformation continue-update-rollback --stack-name ${stack}, then run npm run deploy again`
        : `wait until it settles (aws cloudformation describe-stacks --stack-name ${stack}), then run npm run deploy again`,
    );
  }
  const overrides = {
    Stage: options.stage,
    CodeBucket: names.artifactsBucket,
    CodeKey: context.state.codeKey ?? placeholder('code key'),
    AlexaVendorId: options.vendorId ?? placeholder('ALEXA_VENDOR_ID'),
    AlexaClientSecretParameter: names.clientSecretParameter,
    CookieKeysParameter: names.cookieKeysParameter,
    ...(options.domainName ? { DomainName: options.domainName, CertificateArn: options.certificateArn } : {}),
    // Left out, an existing stack keeps its earlier values (aws cloudformation deploy reuses them).
    ...(context.appToApp.on ? context.appToApp.parameters : {}),
  };
  try {
    await aws(context, [
      'cloudformation',
      'deploy',
      '--stack-name',
      stack,
      '--template-file',
      SERVICE_TEMPLATE,
      '--parameter-overrides',
      ...Object.entries(overrides).map(([key, value]) => `${key}=${value}`),
      '--capabilities',
      'CAPABILITY_IAM',
      '--no-fail-on-empty-changeset',
      '--tags',
      'project=ride-hailer',
      `stage=${options.stage}`,
    ]);
  } catch (error) {
    if (!(error instanceof CommandFailedError)) throw error;
    throw new StepError(
      error.message,
      `see why with \`aws cloudformation describe-stack-events --stack-name ${stack} --max-items 20\`; fix the cause and run npm run deploy again (a failed first create is cleared automatically)`,
    );
  }
}

/** The service stack's outputs (issuer, endpoints, API URL). */
export async function readServiceOutputs(context: DeployContext): Promise<void> {
  const stack = namesFor(context.options, '').serviceStack;
  const description = await describe(context, stack);
  if (context.runner.dryRun) {
    const origin = context.options.domainName
      ? `https://${context.options.domainName}`
      : `https://api-id.execute-api.${context.options.region}.amazonaws.com`;
    if (!context.options.domainName) context.runner.say('    (api-id stands for the id AWS gives the HTTP API)');
    context.state.outputs = {
      IssuerUrl: origin,
      ApiUrl: origin,
      AuthorizationUrl: `${origin}/auth`,
      TokenUrl: `${origin}/token`,
    };
    return;
  }
  if (description === undefined) throw new StepError(`${stack} does not exist`, 'run npm run deploy again');
  context.state.outputs = Object.fromEntries((description.Outputs ?? []).map((o) => [o.OutputKey, o.OutputValue]));
  for (const key of ['IssuerUrl', 'ApiUrl', 'AuthorizationUrl', 'TokenUrl']) {
    if (!context.state.outputs[key]) throw new StepError(`${stack} has no output ${key}`, 'run npm run deploy again');
  }
  for (const [key, value] of Object.entries(context.state.outputs)) context.runner.say(`    ${key}: ${value}`);
}
