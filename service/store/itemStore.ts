import { AsyncLocalStorage } from 'node:async_hooks';
import {
  type AttributeValue,
  DeleteItemCommand,
  type DeleteItemCommandInput,
  type DynamoDBClient,
  GetItemCommand,
  PutItemCommand,
  type PutItemCommandInput,
  UpdateItemCommand,
  type UpdateItemCommandInput,
  type WriteRequest,
} from '@aws-sdk/client-dynamodb';
import { batchGetItems, batchWriteItems } from './batches';
import { isConditionFailed } from './dynamo';

/** One item of the service table. */
export type Item = Record<string, AttributeValue>;

type PendingWrite = { put: Item } | { remove: true } | { removeIf: DeleteItemCommandInput };

/** What one request has read and not yet written. Lives exactly as long as the request. */
interface RequestState {
  /** Items read or written in this request (`undefined`: known to be absent). */
  known: Map<string, Item | undefined>;
  /** Keys to fetch together with the next read, because the request will very likely need them. */
  wanted: Set<string>;
  /** Keys fetched fresh with every read (never answered from `known`), and whether they were read yet. */
  watched: Map<string, boolean>;
  /** Unconditional writes, sent together by `flush`. */
  pending: Map<string, PendingWrite>;
  /** Checks that must pass before this request writes anything; run once. */
  beforeWrite: Array<() => Promise<void>>;
  /** Set when a check failed: the request writes nothing more. */
  refused?: { error: unknown };
  /** The flush in progress: flushes run one after another, so a later write never overtakes an earlier one. */
  flushing: Promise<void>;
}

/**
 * The service table as one HTTP request sees it, so a request pays for as few round trips as it can: an item is
 * read at most once per request (strongly consistent), keys the request will need are fetched together in one
 * BatchGetItem, and unconditional writes leave together in one BatchWriteItem before the response does. Nothing
 * is kept between requests, so a revoked token or grant is seen as gone by the very next request.
 *
 * Conditional writes (consume a code, move a pointer, count an attempt) and queries always go to DynamoDB at once,
 * after the pending writes, so they see everything written before them. Outside a request (CLI tools, start-up)
 * every call is a plain single-item request. Uses no transactions, so dynalite and DynamoDB run the same code.
 */
export class ItemStore {
  private readonly requests = new AsyncLocalStorage<RequestState>();

  constructor(
    readonly client: DynamoDBClient,
    readonly table: string,
  ) {}

  /** Runs `fn` as one request. Whoever answers the request must `flush` before the answer leaves. */
  inRequest<T>(fn: () => Promise<T>): Promise<T> {
    const state: RequestState = {
      known: new Map(),
      wanted: new Set(),
      watched: new Map(),
      pending: new Map(),
      beforeWrite: [],
      flushing: Promise.resolve(),
    };
    return this.requests.run(state, fn);
  }

  /** Unconditional writes not yet sent (0 outside a request). */
  pendingWrites(): number {
    return this.requests.getStore()?.pending.size ?? 0;
  }

  /** The item under `pk`, strongly consistent; read once per request. */
  async get(pk: string): Promise<Item | undefined> {
    const state = this.requests.getStore();
    if (!state) return this.getDirect(pk);
    if (state.known.has(pk) && !state.watched.has(pk)) return state.known.get(pk);
    await this.read(state, [pk]);
    return state.known.get(pk);
  }

  /** Fetches `pks` (and whatever else the request wants) in as few round trips as possible. */
  async getMany(pks: string[]): Promise<Map<string, Item | undefined>> {
    const state = this.requests.getStore();
    if (!state) return new Map(await Promise.all(pks.map(async (pk) => [pk, await this.getDirect(pk)] as const)));
    const missing = pks.filter((pk) => !state.known.has(pk) || state.watched.has(pk));
    if (missing.length > 0) await this.read(state, missing);
    return new Map(pks.map((pk) => [pk, state.known.get(pk)]));
  }

  /** Asks for `pks` to come with the next read of this request (no round trip of its own). */
  want(...pks: string[]): void {
    const state = this.requests.getStore();
    if (!state) return;
    for (const pk of pks) if (!state.known.has(pk)) state.wanted.add(pk);
  }

  /** Reads `pk` afresh with every read of this request, for a value that others change meanwhile (counters). */
  watch(pk: string): void {
    const state = this.requests.getStore();
    if (state && !state.watched.has(pk)) state.watched.set(pk, false);
  }

  /**
   * A watched item as of the latest read of this request; read now when no read has happened since `watch`
   * (and always outside a request).
   */
  async latest(pk: string): Promise<Item | undefined> {
    const state = this.requests.getStore();
    if (!state?.watched.get(pk)) return state ? (await this.getMany([pk])).get(pk) : this.getDirect(pk);
    return state.known.get(pk);
  }

  /**
   * Registers a check that runs once, when this request first writes (or flushes, or sends a conditional write).
   * When it throws, the request writes nothing: that write and every later one throw the same error, and
   * `flush` sends nothing.
   */
  beforeFirstWrite(check: () => Promise<void>): void {
    const state = this.requests.getStore();
    if (state) state.beforeWrite.push(check);
  }

  /** Stores `item` (unconditional): sent with the request's other writes, seen by this request's reads at once. */
  async put(item: Item): Promise<void> {
    const pk = item.pk?.S;
    if (pk === undefined) throw new TypeError('an item needs a string pk');
    const state = this.requests.getStore();
    if (!state) {
      await this.client.send(new PutItemCommand({ TableName: this.table, Item: item }));
      return;
    }
    await this.runChecks(state);
    state.pending.set(pk, { put: item });
    state.known.set(pk, item);
  }

  /** Deletes `pk` (unconditional), like {@link put}. */
  async remove(pk: string): Promise<void> {
    const state = this.requests.getStore();
    if (!state) {
      await this.client.send(new DeleteItemCommand({ TableName: this.table, Key: { pk: { S: pk } } }));
      return;
    }
    await this.runChecks(state);
    state.pending.set(pk, { remove: true });
    state.known.set(pk, undefined);
  }

  /**
   * Deletes `pk` only while `condition` holds (a pointer that may have moved on). A later {@link put} of the same
   * key in this request replaces it, since that put would overwrite the item anyway.
   */
  async removeIf(pk: string, condition: Omit<DeleteItemCommandInput, 'TableName' | 'Key'>): Promise<void> {
    const input: DeleteItemCommandInput = { ...condition, TableName: this.table, Key: { pk: { S: pk } } };
    const state = this.requests.getStore();
    if (!state) {
      await this.sendConditionalDelete(input);
      return;
    }
    await this.runChecks(state);
    state.pending.set(pk, { removeIf: input });
    state.known.delete(pk);
  }

  /**
   * Sends a command that must reach DynamoDB now (a conditional write, a query): pending writes go first, and
   * the items it touches (`pks`) are read afresh afterwards.
   */
  async send<T>(pks: string[], run: (client: DynamoDBClient) => Promise<T>): Promise<T> {
    const state = this.requests.getStore();
    if (state) {
      await this.runChecks(state);
      await this.flush();
      for (const pk of pks) state.known.delete(pk);
    }
    return run(this.client);
  }

  /** Puts `item` now (see {@link send}) only while `condition` holds; false when it did not. */
  async putIf(item: Item, condition: Omit<PutItemCommandInput, 'TableName' | 'Item'>): Promise<boolean> {
    const pk = item.pk?.S;
    if (pk === undefined) throw new TypeError('an item needs a string pk');
    return this.sendIf(pk, (client) =>
      client.send(new PutItemCommand({ ...condition, TableName: this.table, Item: item })),
    );
  }

  /** Updates `pk` now (see {@link send}) only while the update's condition holds; false when it did not. */
  updateIf(pk: string, update: Omit<UpdateItemCommandInput, 'TableName' | 'Key'>): Promise<boolean> {
    return this.sendIf(pk, (client) =>
      client.send(new UpdateItemCommand({ ...update, TableName: this.table, Key: { pk: { S: pk } } })),
    );
  }

  private async sendIf(pk: string, run: (client: DynamoDBClient) => Promise<unknown>): Promise<boolean> {
    try {
      await this.send([pk], run);
      return true;
    } catch (error) {
      if (isConditionFailed(error)) return false;
      throw error;
    }
  }

  /** Sends this request's pending writes: one BatchWriteItem per 25, then any conditional deletes. */
  async flush(): Promise<void> {
    const state = this.requests.getStore();
    if (!state) return;
    const run = state.flushing.then(() => this.flushPending(state));
    // The next flush waits for this one whatever its outcome; this caller sees the outcome.
    state.flushing = run.catch(() => undefined);
    await run;
  }

  private async flushPending(state: RequestState): Promise<void> {
    if (state.pending.size === 0) return;
    if (state.refused) {
      state.pending.clear();
      return;
    }
    const writes = [...state.pending.entries()];
    state.pending.clear();
    const batch: WriteRequest[] = [];
    const conditional: DeleteItemCommandInput[] = [];
    for (const [pk, write] of writes) {
      if ('put' in write) batch.push({ PutRequest: { Item: write.put } });
      else if ('remove' in write) batch.push({ DeleteRequest: { Key: { pk: { S: pk } } } });
      else conditional.push(write.removeIf);
    }
    const [only] = batch;
    if (batch.length === 1 && only?.PutRequest?.Item) {
      // A lone write goes as itself: the same one round trip, and an error names the real operation.
      await this.client.send(new PutItemCommand({ TableName: this.table, Item: only.PutRequest.Item }));
    } else if (batch.length === 1 && only?.DeleteRequest?.Key) {
      await this.client.send(new DeleteItemCommand({ TableName: this.table, Key: only.DeleteRequest.Key }));
    } else {
      await batchWriteItems(this.client, this.table, batch);
    }
    await Promise.all(conditional.map((input) => this.sendConditionalDelete(input)));
  }

  private async runChecks(state: RequestState): Promise<void> {
    if (state.refused) throw state.refused.error;
    const checks = state.beforeWrite.splice(0);
    try {
      for (const check of checks) await check();
    } catch (error) {
      state.refused = { error };
      state.pending.clear();
      throw error;
    }
  }

  private async getDirect(pk: string): Promise<Item | undefined> {
    const { Item } = await this.client.send(
      new GetItemCommand({ TableName: this.table, Key: { pk: { S: pk } }, ConsistentRead: true }),
    );
    return Item;
  }

  private async read(state: RequestState, pks: string[]): Promise<void> {
    const keys = new Set(pks);
    for (const pk of state.wanted) if (!state.known.has(pk)) keys.add(pk);
    for (const pk of state.watched.keys()) keys.add(pk);
    state.wanted.clear();
    // A key with a pending write is already known as this request will leave it.
    for (const pk of keys) if (state.pending.has(pk)) keys.delete(pk);
    const list = [...keys];
    if (list.length === 0) return;
    const found = new Map<string, Item>();
    if (list.length === 1) {
      // A lone key goes as a GetItem: the same one round trip, and an error names the real operation.
      const [pk] = list as [string];
      const item = await this.getDirect(pk);
      if (item) found.set(pk, item);
    } else {
      for (const [pk, item] of await batchGetItems(this.client, this.table, list)) found.set(pk, item);
    }
    for (const pk of list) {
      state.known.set(pk, found.get(pk));
      if (state.watched.has(pk)) state.watched.set(pk, true);
    }
  }

  private async sendConditionalDelete(input: DeleteItemCommandInput): Promise<void> {
    try {
      await this.client.send(new DeleteItemCommand(input));
    } catch (error) {
      if (!isConditionFailed(error)) throw error;
    }
  }
}
