import { DeleteItemCommand, DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { expect, it } from '@jest/globals';
import { type Item, ItemStore } from '../../../service/store/itemStore';
import { type CountingProxy, startCountingProxy } from '../countingProxy';
import type { StoreContext } from './storeContext';

const item = (pk: string, value = 'v'): Item => ({ pk: { S: pk }, value: { S: value } });

/** An item store whose every request to the database passes a counting proxy. */
async function countedStore(
  ctx: StoreContext,
): Promise<{ items: ItemStore; proxy: CountingProxy; close(): Promise<void> }> {
  const proxy = await startCountingProxy(ctx.endpoint());
  const client = new DynamoDBClient({
    endpoint: proxy.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  return {
    items: new ItemStore(client, ctx.table),
    proxy,
    close: async () => {
      client.destroy();
      await proxy.close();
    },
  };
}

async function stored(ctx: StoreContext, pk: string): Promise<Item | undefined> {
  const { Item } = await ctx
    .client()
    .send(new GetItemCommand({ TableName: ctx.table, Key: { pk: { S: pk } }, ConsistentRead: true }));
  return Item;
}

/** The request-scoped item store: what one request reads and writes, in how many requests to the database. */
export function itemStoreCases(ctx: StoreContext): void {
  it('reads an item once per request and brings the keys the request wants in the same BatchGetItem', async () => {
    const { items, proxy, close } = await countedStore(ctx);
    await ctx.client().send(new PutItemCommand({ TableName: ctx.table, Item: item('scope#a') }));
    await ctx.client().send(new PutItemCommand({ TableName: ctx.table, Item: item('scope#b') }));
    await items.inRequest(async () => {
      items.want('scope#b', 'scope#missing');
      expect(await items.get('scope#a')).toEqual(item('scope#a'));
      expect(await items.get('scope#b')).toEqual(item('scope#b'));
      expect(await items.get('scope#missing')).toBeUndefined();
      expect(await items.get('scope#a')).toEqual(item('scope#a'));
    });
    expect(proxy.counts()).toEqual({ BatchGetItem: 1 });
    await close();
  });

  it('remembers nothing between requests: an item deleted meanwhile is gone for the next one', async () => {
    const { items, close } = await countedStore(ctx);
    await ctx.client().send(new PutItemCommand({ TableName: ctx.table, Item: item('scope#revoked') }));
    await items.inRequest(async () => expect(await items.get('scope#revoked')).toBeDefined());
    await ctx.client().send(new DeleteItemCommand({ TableName: ctx.table, Key: { pk: { S: 'scope#revoked' } } }));
    await items.inRequest(async () => expect(await items.get('scope#revoked')).toBeUndefined());
    await close();
  });

  it('sends the writes of a request together, and the request reads its own writes before they leave', async () => {
    const { items, proxy, close } = await countedStore(ctx);
    await ctx.client().send(new PutItemCommand({ TableName: ctx.table, Item: item('scope#old') }));
    await items.inRequest(async () => {
      await items.put(item('scope#new-1'));
      await items.put(item('scope#new-2', 'first'));
      await items.put(item('scope#new-2', 'second'));
      await items.remove('scope#old');
      expect(await items.get('scope#new-2')).toEqual(item('scope#new-2', 'second'));
      expect(await items.get('scope#old')).toBeUndefined();
      expect(await stored(ctx, 'scope#new-1')).toBeUndefined();
      expect(items.pendingWrites()).toBe(3);
      await items.flush();
      expect(items.pendingWrites()).toBe(0);
    });
    expect(proxy.counts()).toEqual({ BatchWriteItem: 1 });
    expect(await stored(ctx, 'scope#new-2')).toEqual(item('scope#new-2', 'second'));
    expect(await stored(ctx, 'scope#old')).toBeUndefined();
    await close();
  });

  it('splits more than 25 writes and 100 reads into as many batches as DynamoDB allows', async () => {
    const { items, proxy, close } = await countedStore(ctx);
    const keys = Array.from({ length: 130 }, (_, i) => `scope#many-${i}`);
    await items.inRequest(async () => {
      for (const pk of keys) await items.put(item(pk, pk));
      await items.flush();
    });
    await items.inRequest(async () => {
      const found = await items.getMany(keys);
      expect([...found.values()].map((value) => value?.value?.S)).toEqual(keys);
    });
    expect(proxy.counts()).toEqual({ BatchWriteItem: 6, BatchGetItem: 2 });
    await close();
  });

  it('sends pending writes before a conditional write, and reads what that write touched afresh', async () => {
    const { items, close } = await countedStore(ctx);
    await items.inRequest(async () => {
      await items.put(item('scope#counter', 'pending'));
      expect(await items.get('scope#counter')).toEqual(item('scope#counter', 'pending'));
      await items.send(['scope#counter'], (client) =>
        client.send(
          new PutItemCommand({
            TableName: ctx.table,
            Item: item('scope#counter', 'conditional'),
            ConditionExpression: '#value = :pending',
            ExpressionAttributeNames: { '#value': 'value' },
            ExpressionAttributeValues: { ':pending': { S: 'pending' } },
          }),
        ),
      );
      expect(await items.get('scope#counter')).toEqual(item('scope#counter', 'conditional'));
    });
    await close();
  });

  it('a later put of a pointer replaces its pending conditional delete; otherwise the condition decides', async () => {
    const { items, proxy, close } = await countedStore(ctx);
    const condition = {
      ConditionExpression: '#value = :mine',
      ExpressionAttributeNames: { '#value': 'value' },
      ExpressionAttributeValues: { ':mine': { S: 'mine' } },
    };
    await ctx.client().send(new PutItemCommand({ TableName: ctx.table, Item: item('scope#moved', 'someone-else') }));
    await ctx.client().send(new PutItemCommand({ TableName: ctx.table, Item: item('scope#kept', 'mine') }));
    await items.inRequest(async () => {
      await items.removeIf('scope#moved', condition);
      await items.removeIf('scope#kept', condition);
      await items.put(item('scope#kept', 'replaced'));
      await items.flush();
    });
    expect(await stored(ctx, 'scope#moved')).toEqual(item('scope#moved', 'someone-else'));
    expect(await stored(ctx, 'scope#kept')).toEqual(item('scope#kept', 'replaced'));
    expect(proxy.counts()).toEqual({ PutItem: 1, DeleteItem: 1 });
    await close();
  });

  it('a check that fails at the first write refuses every write of the request', async () => {
    const { items, close } = await countedStore(ctx);
    const refused = new Error('locked');
    await ctx.client().send(new PutItemCommand({ TableName: ctx.table, Item: item('scope#refused-later') }));
    await items.inRequest(async () => {
      items.beforeFirstWrite(async () => {
        throw refused;
      });
      await expect(items.put(item('scope#refused'))).rejects.toBe(refused);
      await expect(items.send([], async () => 'sent')).rejects.toBe(refused);
      await expect(items.remove('scope#refused-later')).rejects.toBe(refused);
      await items.flush();
    });
    expect(await stored(ctx, 'scope#refused')).toBeUndefined();
    expect(await stored(ctx, 'scope#refused-later')).toEqual(item('scope#refused-later'));
    await close();
  });

  it('reads a watched item afresh with every read of the request, and answers with the latest', async () => {
    const { items, proxy, close } = await countedStore(ctx);
    await ctx.client().send(new PutItemCommand({ TableName: ctx.table, Item: item('scope#watched', '1') }));
    await items.inRequest(async () => {
      items.watch('scope#watched');
      expect((await items.latest('scope#watched'))?.value?.S).toBe('1');
      await ctx.client().send(new PutItemCommand({ TableName: ctx.table, Item: item('scope#watched', '2') }));
      expect((await items.latest('scope#watched'))?.value?.S).toBe('1');
      await items.get('scope#other');
      expect((await items.latest('scope#watched'))?.value?.S).toBe('2');
    });
    expect(proxy.counts()).toEqual({ GetItem: 1, BatchGetItem: 1 });
    await close();
  });
}
