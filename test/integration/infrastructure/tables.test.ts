import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { lazyDynamo } from '../../../lambda/persistence/dynamo';
import { ensureSkillTable } from '../../../lambda/persistence/table';
import { ensureTable } from '../../../service/store/table';
import { type LocalDynamo, startDynalite } from '../../helpers/dynalite';
import { readTemplate } from '../../helpers/infrastructure/template';

let dynamo: LocalDynamo;
let client: DynamoDBClient;

beforeAll(async () => {
  dynamo = await startDynalite();
  client = new DynamoDBClient({
    region: 'us-east-1',
    endpoint: dynamo.endpoint,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
});
afterAll(async () => {
  client.destroy();
  await dynamo.close();
});

interface KeyElement {
  AttributeName?: string;
  KeyType?: string;
}

/** The parts of a table definition the code depends on, in a comparable order. */
function shape(table: {
  KeySchema?: KeyElement[];
  AttributeDefinitions?: { AttributeName?: string; AttributeType?: string }[];
  GlobalSecondaryIndexes?: { IndexName?: string; KeySchema?: KeyElement[]; Projection?: object }[];
  BillingMode?: string;
}) {
  const keys = (schema: KeyElement[] = []) => schema.map(({ AttributeName, KeyType }) => ({ AttributeName, KeyType }));
  return {
    keys: keys(table.KeySchema),
    attributes: [...(table.AttributeDefinitions ?? [])]
      .map(({ AttributeName, AttributeType }) => ({ AttributeName, AttributeType }))
      .sort((a, b) => String(a.AttributeName).localeCompare(String(b.AttributeName))),
    indexes: [...(table.GlobalSecondaryIndexes ?? [])]
      .map((index) => ({ name: index.IndexName, keys: keys(index.KeySchema), projection: index.Projection }))
      .sort((a, b) => String(a.name).localeCompare(String(b.name))),
  };
}

async function described(table: string) {
  const { Table } = await client.send(new DescribeTableCommand({ TableName: table }));
  return shape({ ...Table, BillingMode: Table?.BillingModeSummary?.BillingMode });
}

describe('the tables the stacks create are the tables the code creates for itself locally', () => {
  it('service: key, attributes and the three indexes with their projections', async () => {
    await ensureTable(client, 'service-shape');
    const template = readTemplate('service-stack.yaml').Resources.ServiceTable?.Properties ?? {};
    const expected = await described('service-shape');
    expect(expected.indexes.map((index) => index.name)).toEqual(['accountIndex', 'alexaUserIndex', 'grantIndex']);
    expect(shape(template)).toEqual(expected);
  });

  it('skill: partition key pk and nothing else', async () => {
    await ensureSkillTable(
      await lazyDynamo({ region: 'us-east-1', endpoint: dynamo.endpoint, table: 'skill-shape' })(),
    );
    const template = readTemplate('skill-stack.yaml').Resources.SkillTable?.Properties ?? {};
    expect(shape(template)).toEqual(await described('skill-shape'));
  });
});
