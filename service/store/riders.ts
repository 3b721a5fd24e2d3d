import { type DynamoDBClient, PutItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { RiderExistsError } from '../errors';
import { MAX_EMAIL_LENGTH, normalizeEmail, type Rider, type RiderRepository } from '../riders/rider';
import { isConditionFailed } from './dynamo';
import { type Item, ItemStore } from './itemStore';

/** Storage key of a rider, for reading a rider together with other items. */
export function riderKey(id: string): string {
  return `Rider#${id}`;
}

function emailKey(email: string): string {
  return `RiderEmail#${normalizeEmail(email)}`;
}

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

function riderFields(rider: Rider): Item {
  return {
    riderId: { S: rider.id },
    email: { S: rider.email },
    name: { S: rider.name },
    passwordHash: { S: rider.passwordHash },
    createdAt: { S: rider.createdAt },
  };
}

/**
 * DynamoDB rider repository: `Rider#<id>` items plus a `RiderEmail#<email>` item that keeps emails unique and
 * carries a copy of the rider, so a sign-in finds the rider in one read. The copy is written with the rider and
 * with every password change; an email item from before it carried the copy leads to the rider instead.
 */
export function dynamoRiderRepository(
  client: DynamoDBClient,
  table: string,
  items: ItemStore = new ItemStore(client, table),
): RiderRepository {
  const findById = async (id: string) => toRider(await items.get(riderKey(id)));
  const setHash = (pk: string, passwordHash: string) =>
    items.send([pk], (db) =>
      db.send(
        new UpdateItemCommand({
          TableName: table,
          Key: { pk: { S: pk } },
          UpdateExpression: 'SET #hash = :h',
          ExpressionAttributeNames: { '#hash': 'passwordHash' },
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':h': { S: passwordHash } },
        }),
      ),
    );
  return {
    findById,
    async findByEmail(email) {
      const pointer = await items.get(emailKey(email));
      const copy = toRider(pointer);
      if (copy) return copy;
      return pointer?.riderId?.S ? findById(pointer.riderId.S) : undefined;
    },
    readAheadEmail(email) {
      // No rider has a longer email, and such a key would be refused by DynamoDB (2048 bytes at most).
      if (email.trim().length <= MAX_EMAIL_LENGTH) items.want(emailKey(email));
    },
    async create(rider) {
      const pk = emailKey(rider.email);
      const item = { pk: { S: pk }, ...riderFields(rider) };
      if (!(await items.putIf(item, { ConditionExpression: 'attribute_not_exists(pk)' }))) {
        throw new RiderExistsError(rider.email);
      }
      try {
        await items.send([riderKey(rider.id)], (db) =>
          db.send(
            new PutItemCommand({ TableName: table, Item: { pk: { S: riderKey(rider.id) }, ...riderFields(rider) } }),
          ),
        );
      } catch (error) {
        await items.remove(pk);
        await items.flush();
        throw error;
      }
    },
    async updatePasswordHash(id, passwordHash) {
      await setHash(riderKey(id), passwordHash);
      const rider = await findById(id);
      try {
        if (rider) await setHash(emailKey(rider.email), passwordHash);
      } catch (error) {
        // An email item from before it carried the copy has no hash to update; the rider item is what counts.
        if (!isConditionFailed(error)) throw error;
      }
    },
  };
}
