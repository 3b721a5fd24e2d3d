import { GetParametersCommand, SSMClient } from '@aws-sdk/client-ssm';
import type { ParameterReader } from './secrets';

/** SSM Parameter Store through the AWS SDK: one GetParameters call, SecureStrings decrypted. */
export function ssmParameterReader(region: string): ParameterReader {
  return async (names) => {
    const client = new SSMClient({ region, maxAttempts: 3 });
    try {
      const answer = await client.send(new GetParametersCommand({ Names: names, WithDecryption: true }));
      const values: Record<string, string> = {};
      for (const parameter of answer.Parameters ?? []) {
        if (parameter.Name !== undefined && parameter.Value !== undefined) values[parameter.Name] = parameter.Value;
      }
      return { values, missing: answer.InvalidParameters ?? [] };
    } finally {
      client.destroy();
    }
  };
}
