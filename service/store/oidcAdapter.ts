import { type DynamoDBClient, QueryCommand } from '@aws-sdk/client-dynamodb';
import { type Adapter, type AdapterPayload, errors } from 'oidc-provider';
import { type Item, ItemStore } from './itemStore';
import { epochSeconds } from './keys';
import { decodeRecord, GRANTABLE, pointerKey, recordKey, sanitize } from './oidcRecords';
import { INDEX } from './table';

export { recordKey } from './oidcRecords';

/** Which other items are worth fetching together with a record (see service/store/readAhead.ts). */
export interface ReadAhead {
  /** Keys the raw id names before the record is read (read hints in token values). */
  beforeFind(model: string, id: string): string[];
  /** Keys the record's payload names (its grant, its rider). */
  afterFind(model: string, payload: AdapterPayload): string[];
}

/** What the adapter needs: the table, a clock, and the refresh-token grace window (service/README.md). */
export interface OidcStoreDeps {
  client: DynamoDBClient;
  table: string;
  now: () => number;
  refreshGraceSeconds: number;
  /** The request-scoped view of the table shared with the repositories; one of its own when omitted. */
  items?: ItemStore;
  readAhead?: ReadAhead;
  /**
   * Revokes a grant whose code lost a concurrent redemption: the code was used twice, so everything issued under
   * it goes (RFC 6749 §4.1.2), as when oidc-provider finds a code already consumed.
   */
  revokeReplayedGrant?: (grantId: string) => Promise<void>;
}

/** Record fields that get a pointer item, so the record can be found by them. */
const POINTER_FIELDS = ['uid', 'userCode'] as const;
/** Models whose records carry a pointer field (Session uid; DeviceCode user code, unused here). */
const POINTED = new Set(['Session', 'DeviceCode']);

/**
 * oidc-provider adapter over one DynamoDB table: hashed keys, `jti` stripped and restored,
 * expired records ignored on read, and `consume` as one atomic conditional update. Reads and unconditional writes
 * go through the request's {@link ItemStore}, so one request reads a record once and writes its records together.
 */
export class DynamoOidcAdapter implements Adapter {
  private readonly items: ItemStore;

  constructor(
    private readonly model: string,
    private readonly deps: OidcStoreDeps,
  ) {
    this.items = deps.items ?? new ItemStore(deps.client, deps.table);
  }

  private get nowSeconds(): number {
    return epochSeconds(this.deps.now());
  }

  private decode(item: Item | undefined, id: string | undefined): AdapterPayload | undefined {
    const payload = decodeRecord(item, id, {
      nowSeconds: this.nowSeconds,
      graceSeconds: this.graceSeconds,
      model: this.model,
    });
    if (payload && this.deps.readAhead) this.items.want(...this.deps.readAhead.afterFind(this.model, payload));
    return payload;
  }

  private get graceSeconds(): number {
    return this.model === 'RefreshToken' ? this.deps.refreshGraceSeconds : 0;
  }

  /** Stores a record under the hash of `id` (oidc-provider Adapter#upsert). */
  async upsert(id: string, payload: AdapterPayload, expiresIn?: number): Promise<void> {
    const pk = recordKey(this.model, id);
    const stored = JSON.stringify(sanitize(this.model, payload));
    const item: Item = { pk: { S: pk }, model: { S: this.model }, payload: { S: stored } };
    const expiresAt = typeof expiresIn === 'number' ? this.nowSeconds + expiresIn : undefined;
    if (expiresAt !== undefined) item.expiresAt = { N: String(expiresAt) };
    if (GRANTABLE.has(this.model) && typeof payload.grantId === 'string') item.grantId = { S: payload.grantId };
    if (this.model === 'Grant') {
      item.grantId = { S: id };
      if (typeof payload.accountId === 'string') item.accountId = { S: payload.accountId };
    }
    const writes = [this.items.put(item)];
    for (const field of POINTER_FIELDS) {
      const value = payload[field];
      if (typeof value !== 'string') continue;
      // The pointer carries a copy of the record, so a lookup by uid is one read; both are written together.
      const pointer: Item = {
        pk: { S: pointerKey(this.model, field, value) },
        target: { S: pk },
        payload: item.payload!,
      };
      if (item.expiresAt) pointer.expiresAt = item.expiresAt;
      writes.push(this.items.put(pointer));
    }
    await Promise.all(writes);
  }

  /** Finds a live record by its raw id (oidc-provider Adapter#find). */
  async find(id: string): Promise<AdapterPayload | undefined> {
    if (this.deps.readAhead) this.items.want(...this.deps.readAhead.beforeFind(this.model, id));
    return this.decode(await this.items.get(recordKey(this.model, id)), id);
  }

  private async findByPointer(field: string, value: string): Promise<AdapterPayload | undefined> {
    const pointer = await this.items.get(pointerKey(this.model, field, value));
    // The raw id is not stored, so `jti` cannot be restored here; oidc-provider only reads the payload.
    if (pointer?.payload?.S) return this.decode(pointer, undefined);
    // Pointers written before they carried the record lead to it.
    const target = pointer?.target?.S;
    return target ? this.decode(await this.items.get(target), undefined) : undefined;
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
    const pk = recordKey(this.model, id);
    const consumed = await this.items.updateIf(pk, {
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
    });
    if (consumed) return;
    if (this.model === 'AuthorizationCode') await this.revokeReplayed(pk);
    throw new errors.InvalidGrant(`${this.model} already used`);
  }

  private async revokeReplayed(pk: string): Promise<void> {
    const grantId = (await this.items.get(pk))?.grantId?.S;
    if (grantId !== undefined) await this.deps.revokeReplayedGrant?.(grantId);
  }

  /** Deletes a record (and its Session uid pointer, unless that pointer already leads elsewhere). */
  async destroy(id: string): Promise<void> {
    const pk = recordKey(this.model, id);
    const stored = POINTED.has(this.model) ? (await this.items.get(pk))?.payload?.S : undefined;
    await this.items.remove(pk);
    const payload = stored ? (JSON.parse(stored) as AdapterPayload) : undefined;
    for (const field of POINTER_FIELDS) {
      const value = payload?.[field];
      if (typeof value !== 'string') continue;
      await this.items.removeIf(pointerKey(this.model, field, value), {
        ConditionExpression: '#target = :pk',
        ExpressionAttributeNames: { '#target': 'target' },
        ExpressionAttributeValues: { ':pk': { S: pk } },
      });
    }
  }

  /** Deletes every record of this model issued under `grantId` (RFC 7009 §2.1; code replay, RFC 6749 §4.1.2). */
  async revokeByGrantId(grantId: string): Promise<void> {
    let startKey: Item | undefined;
    do {
      const page = await this.items.send([], (client) =>
        client.send(
          new QueryCommand({
            TableName: this.deps.table,
            IndexName: INDEX.grant,
            KeyConditionExpression: 'grantId = :g AND begins_with(pk, :prefix)',
            ExpressionAttributeValues: { ':g': { S: grantId }, ':prefix': { S: `${this.model}#` } },
            ExclusiveStartKey: startKey,
          }),
        ),
      );
      await Promise.all((page.Items ?? []).flatMap((item) => (item.pk?.S ? [this.items.remove(item.pk.S)] : [])));
      startKey = page.LastEvaluatedKey;
    } while (startKey);
  }

  /**
   * Slides a live record's expiry to `expiresAt` (refresh-token idle lifetime). Never revives a consumed or
   * expired record; returns false when nothing was extended.
   */
  extendExpiry(id: string, expiresAt: number): Promise<boolean> {
    return this.items.updateIf(recordKey(this.model, id), {
      UpdateExpression: 'SET #expiresAt = :exp',
      ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(#consumed) AND #expiresAt > :now',
      ExpressionAttributeNames: { '#expiresAt': 'expiresAt', '#consumed': 'consumed' },
      ExpressionAttributeValues: { ':exp': { N: String(expiresAt) }, ':now': { N: String(this.nowSeconds) } },
    });
  }
}

/** Builds the `adapter` factory oidc-provider expects, one adapter per model name, all on one item store. */
export function dynamoAdapterFactory(deps: OidcStoreDeps): (model: string) => DynamoOidcAdapter {
  const shared = { ...deps, items: deps.items ?? new ItemStore(deps.client, deps.table) };
  const cache = new Map<string, DynamoOidcAdapter>();
  return (model) => {
    let adapter = cache.get(model);
    if (!adapter) {
      adapter = new DynamoOidcAdapter(model, shared);
      cache.set(model, adapter);
    }
    return adapter;
  };
}
