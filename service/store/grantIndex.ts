import {
  type AttributeValue,
  DeleteItemCommand,
  type DynamoDBClient,
  PutItemCommand,
  QueryCommand,
} from '@aws-sdk/client-dynamodb';
import { sha256 } from './keys';
import { INDEX } from './table';

/** Table access for finding grants by rider and by Alexa user, and for binding a grant to an Alexa user. */
export interface GrantIndexDeps {
  client: DynamoDBClient;
  table: string;
}

function linkKey(grantId: string): string {
  return `AlexaLink#${sha256(grantId)}`;
}

async function queryGrantIds(
  deps: GrantIndexDeps,
  indexName: string,
  attribute: string,
  value: string,
  prefix: string,
): Promise<string[]> {
  const ids: string[] = [];
  let startKey: Record<string, AttributeValue> | undefined;
  do {
    const page = await deps.client.send(
      new QueryCommand({
        TableName: deps.table,
        IndexName: indexName,
        KeyConditionExpression: `${attribute} = :v AND begins_with(pk, :prefix)`,
        ExpressionAttributeValues: { ':v': { S: value }, ':prefix': { S: prefix } },
        ExclusiveStartKey: startKey,
      }),
    );
    for (const item of page.Items ?? []) if (item.grantId?.S) ids.push(item.grantId.S);
    startKey = page.LastEvaluatedKey;
  } while (startKey);
  return ids;
}

/** Grant ids of one rider (the oidc-provider accountId). */
export function grantIdsForAccount(deps: GrantIndexDeps, accountId: string): Promise<string[]> {
  return queryGrantIds(deps, INDEX.account, 'accountId', accountId, 'Grant#');
}

/** Grant ids bound to one Alexa user id (SkillAccountLinked binding). */
export function grantIdsForAlexaUser(deps: GrantIndexDeps, alexaUserId: string): Promise<string[]> {
  return queryGrantIds(deps, INDEX.alexaUser, 'alexaUserId', alexaUserId, 'AlexaLink#');
}

/** Binds a grant to an Alexa user id; binding again replaces the previous Alexa user for that grant. */
export async function bindAlexaUser(deps: GrantIndexDeps, grantId: string, alexaUserId: string): Promise<void> {
  await deps.client.send(
    new PutItemCommand({
      TableName: deps.table,
      Item: { pk: { S: linkKey(grantId) }, grantId: { S: grantId }, alexaUserId: { S: alexaUserId } },
    }),
  );
}

/** Removes a grant's Alexa binding, if any. */
export async function unbindGrant(deps: GrantIndexDeps, grantId: string): Promise<void> {
  await deps.client.send(new DeleteItemCommand({ TableName: deps.table, Key: { pk: { S: linkKey(grantId) } } }));
}
