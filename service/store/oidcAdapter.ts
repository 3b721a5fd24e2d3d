import {
  type AttributeValue,
  DeleteItemCommand,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { type Adapter, type AdapterPayload, errors } from 'oidc-provider';
import { isConditionFailed } from './dynamo';
import { epochSeconds } from './keys';
import { decodeRecord, GRANTABLE, pointerKey, recordKey, sanitize } from './oidcRecords';
import { INDEX } from './table';

export { recordKey } from './oidcRecords';

/** What the adapter needs: the table, a clock, and the refresh-token grace window (service/README.md). */
export interface OidcStoreDeps {
  client: DynamoDBClient;
  table: string;
  now: () => number;
  refreshGraceSeconds: number;
  /**
   * Revokes a grant whose code lost a concurrent redemption: the code was used twice, so everything issued under
   * it goes (RFC 6749 §4.1.2), as when oidc-provider finds a code already consumed.
   */
  revokeReplayedGrant?: (grantId: string) => Promise<void>;
}

type Item = Record<string, AttributeValue>;

/**
 * oidc-provider adapter over one DynamoDB table: hashed keys, `jti` stripped and restored,
 * expired records ignored on read, and `consume` as one atomic conditional update.
 */
export class DynamoOidcAdapter implements Adapter {
  constructor(
    private readonly model: string,
    private readonly deps: OidcStoreDeps,
  ) {}

  private get nowSeconds(): number {
    return epochSeconds(this.deps.now());
  }

  private async get(pk: string): Promise<Item | undefined> {
    const { Item } = await this.deps.client.send(
      new GetItemCommand({ TableName: this.deps.table, Key: { pk: { S: pk } }, ConsistentRead: true }),
    );
    return Item;
  }

  private decode(item: Item | undefined, id: string | undefined): AdapterPayload | undefined {
    return decodeRecord(item, id, { nowSeconds: this.nowSeconds, graceSeconds: this.graceSeconds, model: this.model });
  }

  private get graceSeconds(): number {
    return this.model === 'RefreshToken' ? this.deps.refreshGraceSeconds : 0;
  }

  /** Stores a record under the hash of `id` (oidc-provider Adapter#upsert). */
  async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
    const pk = recordKey(this.model, id);
    const item: Item = {
      pk: { S: pk },
      model: { S: this.model },
      payload: { S: JSON.stringify(sanitize(this.model, payload)) },
    };
    const expiresAt = typeof expiresIn === 'number' ? this.nowSeconds + expiresIn : undefined;
    if (expiresAt !== undefined) item.expiresAt = { N: String(expiresAt) };
    if (GRANTABLE.has(this.model) && typeof payload.grantId === 'string') item.grantId = { S: payload.grantId };
    if (this.model === 'Grant') {
      item.grantId = { S: id };
      if (typeof payload.accountId === 'string') item.accountId = { S: payload.accountId };
    }
    await this.deps.client.send(new PutItemCommand({ TableName: this.deps.table, Item: item }));
    for (const field of ['uid', 'userCode'] as const) {
      const value = payload[field];
      if (typeof value !== 'string') continue;
      const pointer: Item = { pk: { S: pointerKey(this.model, field, value) }, target: { S: pk } };
      if (item.expiresAt) pointer.expiresAt = item.expiresAt;
      await this.deps.client.send(new PutItemCommand({ TableName: this.deps.table, Item: pointer }));
    }
  }

  /** Finds a live record by its raw id (oidc-provider Adapter#find). */
  async find(id: string): Promise<AdapterPayload | undefined> {
    return this.decode(await this.get(recordKey(this.model, id)), id);
  }

  private async findByPointer(field: string, value: string): Promise<AdapterPayload | undefined> {
    const pointer = await this.get(pointerKey(this.model, field, value));
    const target = pointer?.target?.S;
    if (!target) return undefined;
    // The raw id is not stored, so `jti` cannot be restored here; oidc-provider only reads the payload.
    return this.decode(await this.get(target), undefined);
  }

  /** Finds a Session by its uid through a strongly consistent pointer item (no GSI lag). */
  async findByUid(uid: string): Promise<AdapterPayload | undefined> {
    return this.findByPointer('uid', uid);
  }

  /** Finds a DeviceCode by user code (device flow is disabled; kept for the adapter contract). */
  async findByUserCode(userCode: string): Promise<AdapterPayload | undefined> {
    return this.findByPointer('userCode', userCode);
  }

  /**
   * Marks a code or token used in one conditional UpdateItem, so concurrent redemptions cannot both succeed
   * (RFC 6749 §4.1.2, §10.5); a code that loses the race has its grant revoked. A refresh token may be consumed
   * again inside the grace window (retry-safe policy).
   */
  async consume(id: string): Promise<void> {
    const now = this.nowSeconds;
    const grace = this.graceSeconds;
    try {
      await this.deps.client.send(
        new UpdateItemCommand({
          TableName: this.deps.table,
          Key: { pk: { S: recordKey(this.model, id) } },
          UpdateExpression: 'SET #consumed = if_not_exists(#consumed, :now)',
          ConditionExpression:
            grace > 0
              ? 'attribute_exists(pk) AND (attribute_not_exists(#consumed) OR #consumed > :since)'
              : 'attribute_exists(pk) AND attribute_not_exists(#consumed)',
          ExpressionAttributeNames: { '#consumed': 'consumed' },
          ExpressionAttributeValues: {
            ':now': { N: String(now) },
            ...(grace > 0 ? { ':since': { N: String(now - grace) } } : {}),
          },
        }),
      );
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
      if (this.model === 'AuthorizationCode') await this.revokeReplayed(id);
      throw new errors.InvalidGrant(`${this.model} already used`);
    }
  }

  private async revokeReplayed(id: string): Promise<void> {
    const grantId = (await this.get(recordKey(this.model, id)))?.grantId?.S;
    if (grantId !== undefined) await this.deps.revokeReplayedGrant?.(grantId);
  }

  /** Deletes a record (and its Session uid pointer). */
  async destroy(id: string): Promise<void> {
    const pk = recordKey(this.model, id);
    const { Attributes } = await this.deps.client.send(
      new DeleteItemCommand({ TableName: this.deps.table, Key: { pk: { S: pk } }, ReturnValues: 'ALL_OLD' }),
    );
    const payload = Attributes?.payload?.S ? (JSON.parse(Attributes.payload.S) as AdapterPayload) : undefined;
    for (const field of ['uid', 'userCode'] as const) {
      const value = payload?.[field];
      if (typeof value !== 'string') continue;
      try {
        await this.deps.client.send(
          new DeleteItemCommand({
            TableName: this.deps.table,
            Key: { pk: { S: pointerKey(this.model, field, value) } },
            ConditionExpression: '#target = :pk',
            ExpressionAttributeNames: { '#target': 'target' },
            ExpressionAttributeValues: { ':pk': { S: pk } },
          }),
        );
      } catch (error) {
        if (!isConditionFailed(error)) throw error;
      }
    }
  }

  /** Deletes every record of this model issued under `grantId` (RFC 7009 §2.1; code replay, RFC 6749 §4.1.2). */
  async revokeByGrantId(grantId: string): Promise<void> {
    let startKey: Item | undefined;
    do {
      const page = await this.deps.client.send(
        new QueryCommand({
          TableName: this.deps.table,
          IndexName: INDEX.grant,
          KeyConditionExpression: 'grantId = :g AND begins_with(pk, :prefix)',
          ExpressionAttributeValues: { ':g': { S: grantId }, ':prefix': { S: `${this.model}#` } },
          ExclusiveStartKey: startKey,
        }),
      );
      await Promise.all(
        (page.Items ?? []).map((item) =>
          this.deps.client.send(new DeleteItemCommand({ TableName: this.deps.table, Key: { pk: item.pk! } })),
        ),
      );
      startKey = page.LastEvaluatedKey;
    } while (startKey);
  }

  /**
   * Slides a live record's expiry to `expiresAt` (refresh-token idle lifetime). Never revives a consumed or
   * expired record; returns false when nothing was extended.
   */
  async extendExpiry(id: string, expiresAt: number): Promise<boolean> {
    try {
      await this.deps.client.send(
        new UpdateItemCommand({
          TableName: this.deps.table,
          Key: { pk: { S: recordKey(this.model, id) } },
          UpdateExpression: 'SET #expiresAt = :exp',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#consumed) AND #expiresAt > :now',
          ExpressionAttributeNames: { '#expiresAt': 'expiresAt', '#consumed': 'consumed' },
          ExpressionAttributeValues: { ':exp': { N: String(expiresAt) }, ':now': { N: String(this.nowSeconds) } },
        }),
      );
      return true;
    } catch (error) {
      if (isConditionFailed(error)) return false;
      throw error;
    }
  }
}

/** Builds the `adapter` factory oidc-provider expects, one adapter per model name. */
export function dynamoAdapterFactory(deps: OidcStoreDeps): (model: string) => DynamoOidcAdapter {
  const cache = new Map<string, DynamoOidcAdapter>();
  return (model) => {
    let adapter = cache.get(model);
    if (!adapter) {
      adapter = new DynamoOidcAdapter(model, deps);
      cache.set(model, adapter);
    }
    return adapter;
  };
}
