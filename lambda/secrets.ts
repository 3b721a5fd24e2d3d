import type { SkillConfig } from './config';
import type { ServiceCredentials } from './rides/AccountLinks';

async function readParameter(name: string, region: string): Promise<string> {
  // Loaded on first use like the DynamoDB client (see persistence/dynamo.ts).
  const sdk = await import('@aws-sdk/client-ssm');
  const client = new sdk.SSMClient({
    region,
    maxAttempts: 2,
    requestHandler: { connectionTimeout: 500, requestTimeout: 1500 },
  });
  try {
    const { Parameter } = await client.send(new sdk.GetParameterCommand({ Name: name, WithDecryption: true }));
    if (Parameter?.Value === undefined) throw new Error(`SSM parameter "${name}" has no value`);
    return Parameter.Value;
  } finally {
    client.destroy();
  }
}

/**
 * A SecureString read from SSM Parameter Store on first use and kept for the life of the Lambda instance. Only
 * SkillDisabled needs it, so no other request loads the SSM client; a failed read is tried again next time.
 */
export function lazyParameter(name: string, region: string): () => Promise<string> {
  let value: Promise<string> | undefined;
  return () => {
    value ??= readParameter(name, region).catch((error: unknown) => {
      value = undefined;
      throw error;
    });
    return value;
  };
}

/** The revoke credentials from configuration: the secret as given, or read from its parameter when first needed. */
export function serviceCredentials(config: SkillConfig): ServiceCredentials | undefined {
  const configured = config.serviceCredentials;
  if (configured === undefined) return undefined;
  if ('clientSecret' in configured) {
    const { clientSecret } = configured;
    return { clientId: configured.clientId, clientSecret: async () => clientSecret };
  }
  return {
    clientId: configured.clientId,
    clientSecret: lazyParameter(configured.clientSecretParameter, config.awsRegion),
  };
}
