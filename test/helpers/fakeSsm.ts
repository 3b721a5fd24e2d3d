import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the fake received: the operation from X-Amz-Target, the JSON body, and whether it was signed. */
export interface SsmCall {
  operation: string;
  body: Record<string, unknown>;
  signed: boolean;
}

export interface FakeSsm {
  /** Use as AWS_ENDPOINT_URL_SSM, the SDK's own endpoint override. */
  endpoint: string;
  parameters: Map<string, string>;
  calls: SsmCall[];
  /** How many of the next requests to refuse with AccessDeniedException. */
  denyNext: number;
  close(): Promise<void>;
}

function reply(res: import('node:http').ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/x-amz-json-1.1' });
  res.end(JSON.stringify(body));
}

/**
 * SSM Parameter Store's JSON protocol (awsJson1_1) on 127.0.0.1 for GetParameter and GetParameters, the calls the
 * skill and the service make. SecureStrings come back decrypted only when WithDecryption is true, as on AWS.
 */
export async function startFakeSsm(parameters: Record<string, string> = {}): Promise<FakeSsm> {
  const fake = { parameters: new Map(Object.entries(parameters)), calls: [], denyNext: 0 } as unknown as FakeSsm;
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => {
      raw += chunk;
    });
    req.on('end', () => {
      const operation = String(req.headers['x-amz-target'] ?? '').replace(/^AmazonSSM\./, '');
      const body = JSON.parse(raw || '{}') as { Name?: string; Names?: string[]; WithDecryption?: boolean };
      fake.calls.push({ operation, body, signed: /^AWS4-HMAC-SHA256 /.test(req.headers.authorization ?? '') });
      if (fake.denyNext > 0) {
        fake.denyNext -= 1;
        return reply(res, 400, { __type: 'AccessDeniedException', message: 'not authorized to perform ssm:Get*' });
      }
      const value = (name: string) => (body.WithDecryption ? fake.parameters.get(name) : 'AQICAHencrypted==');
      const parameter = (name: string) => ({ Name: name, Type: 'SecureString', Value: value(name), Version: 1 });
      if (operation === 'GetParameter') {
        const name = body.Name ?? '';
        if (!fake.parameters.has(name)) return reply(res, 400, { __type: 'ParameterNotFound', message: '' });
        return reply(res, 200, { Parameter: parameter(name) });
      }
      if (operation === 'GetParameters') {
        const names = body.Names ?? [];
        return reply(res, 200, {
          Parameters: names.filter((name) => fake.parameters.has(name)).map(parameter),
          InvalidParameters: names.filter((name) => !fake.parameters.has(name)),
        });
      }
      return reply(res, 400, { __type: 'InvalidAction', message: `the fake does not serve ${operation}` });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  fake.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return fake;
}
