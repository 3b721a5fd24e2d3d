import type { AddressInfo } from 'node:net';
import { DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import dynalite from 'dynalite';

/** A dynalite server on a random loopback port (in memory unless `path` is given). */
export interface LocalDynamo {
  endpoint: string;
  close(): Promise<void>;
}

export async function startDynalite(options: { path?: string } = {}): Promise<LocalDynamo> {
  const server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0, path: options.path });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((err) => (err ? reject(err) : resolve()))),
  };
}

/** The partition keys in `table` that start with `prefix` (a white-box count of what was stored). */
export async function keysStartingWith(endpoint: string, table: string, prefix: string): Promise<string[]> {
  const client = new DynamoDBClient({
    endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  try {
    const { Items = [] } = await client.send(new ScanCommand({ TableName: table }));
    return Items.map((item) => item.pk?.S ?? '').filter((pk) => pk.startsWith(prefix));
  } finally {
    client.destroy();
  }
}
