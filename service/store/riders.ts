import {
  type AttributeValue,
  DeleteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { RiderExistsError } from '../errors';
import { normalizeEmail, type Rider, type RiderRepository } from '../riders/rider';
import { isConditionFailed } from './dynamo';

type Item = Record<string, AttributeValue>;

function toRider(item: Item | undefined): Rider | undefined {
  if (!item?.riderId?.S || !item.email?.S || !item.name?.S || !item.passwordHash?.S) return undefined;
  return {
    id: item.riderId.S,
    email: item.email.S,
    name: item.name.S,
    passwordHash: item.passwordHash.S,
    createdAt: item.createdAt?.S ?? '',
  };
}

/** DynamoDB rider repository: `Rider#<id>` items plus a `RiderEmail#<email>` pointer that keeps emails unique. */
export function dynamoRiderRepository(client: DynamoDBClient, table: string): RiderRepository {
  const get = async (pk: string) =>
    (await client.send(new GetItemCommand({ TableName: table, Key: { pk: { S: pk } }, ConsistentRead: true }))).Item;
  const findById = async (id: string) => toRider(await get(`Rider#${id}`));
  return {
    findById,
    async findByEmail(email) {
      const pointer = await get(`RiderEmail#${normalizeEmail(email)}`);
      return pointer?.riderId?.S ? findById(pointer.riderId.S) : undefined;
    },
    async create(rider) {
      const emailKey = `RiderEmail#${normalizeEmail(rider.email)}`;
      try {
        await client.send(
          new PutItemCommand({
            TableName: table,
            Item: { pk: { S: emailKey }, riderId: { S: rider.id } },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        );
      } catch (error) {
        if (isConditionFailed(error)) throw new RiderExistsError(rider.email);
        throw error;
      }
      try {
        await client.send(
          new PutItemCommand({
            TableName: table,
            Item: {
              pk: { S: `Rider#${rider.id}` },
              riderId: { S: rider.id },
              email: { S: rider.email },
              name: { S: rider.name },
              passwordHash: { S: rider.passwordHash },
              createdAt: { S: rider.createdAt },
            },
          }),
        );
      } catch (error) {
        await client.send(new DeleteItemCommand({ TableName: table, Key: { pk: { S: emailKey } } }));
        throw error;
      }
    },
    async updatePasswordHash(id, passwordHash) {
      await client.send(
        new UpdateItemCommand({
          TableName: table,
          Key: { pk: { S: `Rider#${id}` } },
          UpdateExpression: 'SET #hash = :h',
          ExpressionAttributeNames: { '#hash': 'passwordHash' },
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':h': { S: passwordHash } },
        }),
      );
    },
  };
}
