import type { PersistenceAdapter } from 'ask-sdk-core';
import type { RequestEnvelope } from 'ask-sdk-model';
import { PersistenceError } from '../errors';
import { requestBudget } from '../requestBudget';
import { type Dynamo, withinBudget } from './dynamo';

type Attributes = Record<string, unknown>;

function userKey(envelope: RequestEnvelope): string {
  const userId = envelope.context?.System?.user?.userId;
  if (!userId) throw new PersistenceError('request has no context.System.user.userId');
  return `user#${userId}`;
}

/**
 * ask-sdk persistent attributes in one DynamoDB item per Alexa user, over AWS SDK v3
 * (instead of ask-sdk-dynamodb-persistence-adapter, which pulls in SDK v2). Every call keeps to the request's
 * time budget.
 */
export class DynamoAttributesAdapter implements PersistenceAdapter {
  constructor(private readonly dynamo: () => Promise<Dynamo>) {}

  async getAttributes(envelope: RequestEnvelope): Promise<Attributes> {
    const { sdk, client, table } = await this.dynamo();
    try {
      const { Item } = await client.send(
        new sdk.GetItemCommand({ TableName: table, Key: { pk: { S: userKey(envelope) } }, ConsistentRead: true }),
        withinBudget(requestBudget(envelope)),
      );
      const data = Item?.data?.S;
      return data === undefined ? {} : (JSON.parse(data) as Attributes);
    } catch (error) {
      throw new PersistenceError('could not read attributes', { cause: error });
    }
  }

  async saveAttributes(envelope: RequestEnvelope, attributes: Attributes): Promise<void> {
    const { sdk, client, table } = await this.dynamo();
    try {
      await client.send(
        new sdk.PutItemCommand({
          TableName: table,
          Item: { pk: { S: userKey(envelope) }, data: { S: JSON.stringify(attributes) } },
        }),
        withinBudget(requestBudget(envelope)),
      );
    } catch (error) {
      throw new PersistenceError('could not save attributes', { cause: error });
    }
  }

  async deleteAttributes(envelope: RequestEnvelope): Promise<void> {
    const { sdk, client, table } = await this.dynamo();
    try {
      await client.send(
        new sdk.DeleteItemCommand({ TableName: table, Key: { pk: { S: userKey(envelope) } } }),
        withinBudget(requestBudget(envelope)),
      );
    } catch (error) {
      throw new PersistenceError('could not delete attributes', { cause: error });
    }
  }
}
