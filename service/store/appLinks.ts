import { DeleteItemCommand, type DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';

/** A rider's link made from the Ride Hailer app: where Alexa has the rider, and how to reach Amazon again. */
export interface AppLink {
  riderId: string;
  /** The Alexa API host the skill was enabled at (what `alexaApiEndpoint` returned). */
  endpoint: string;
  /** The grant behind the code Alexa redeemed. */
  grantId: string;
  /** The rider's Amazon refresh token, sealed (service/mobile/sealedToken.ts); never stored in the clear. */
  sealedRefreshToken: string | undefined;
  linkedAt: string;
}

/** Storage for app links, one per rider. */
export interface AppLinkRepository {
  find(riderId: string): Promise<AppLink | undefined>;
  save(link: AppLink): Promise<void>;
  remove(riderId: string): Promise<void>;
}

/** DynamoDB app links: one `AppLink#<riderId>` item per rider. */
export function dynamoAppLinkRepository(client: DynamoDBClient, table: string): AppLinkRepository {
  const key = (riderId: string) => ({ pk: { S: `AppLink#${riderId}` } });
  return {
    async find(riderId) {
      const { Item } = await client.send(
        new GetItemCommand({ TableName: table, Key: key(riderId), ConsistentRead: true }),
      );
      if (!Item?.endpoint?.S || !Item.grantId?.S) return undefined;
      return {
        riderId,
        endpoint: Item.endpoint.S,
        grantId: Item.grantId.S,
        sealedRefreshToken: Item.sealedRefreshToken?.S,
        linkedAt: Item.linkedAt?.S ?? '',
      };
    },
    async save(link) {
      await client.send(
        new PutItemCommand({
          TableName: table,
          Item: {
            ...key(link.riderId),
            endpoint: { S: link.endpoint },
            grantId: { S: link.grantId },
            linkedAt: { S: link.linkedAt },
            ...(link.sealedRefreshToken ? { sealedRefreshToken: { S: link.sealedRefreshToken } } : {}),
          },
        }),
      );
    },
    async remove(riderId) {
      await client.send(new DeleteItemCommand({ TableName: table, Key: key(riderId) }));
    },
  };
}
