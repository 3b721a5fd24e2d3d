import { GetItemCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { expect, it } from '@jest/globals';
import { errors } from 'oidc-provider';
import { sha256 } from '../../../service/store/keys';
import { DynamoOidcAdapter, recordKey } from '../../../service/store/oidcAdapter';
import { ensureTable } from '../../../service/store/table';
import { NOW, type StoreContext } from './storeContext';

const TOKEN = 'Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dXhx';

/** The oidc-provider adapter contract. */
export function adapterCases(ctx: StoreContext): void {
  const adapter = (model: string) => new DynamoOidcAdapter(model, ctx.deps());

  it('creates the table idempotently and tolerates the TTL call on every emulator', async () => {
    await expect(ensureTable(ctx.client(), ctx.table)).resolves.toBeUndefined();
  });

  it('RFC 6819 §5.1.4.1.3: stores tokens under a sha256 key and never stores the raw value', async () => {
    await adapter('AccessToken').upsert(
      TOKEN,
      { jti: TOKEN, grantId: 'g-hash', accountId: 'rdr_1', kind: 'AccessToken' },
      60,
    );
    const { Items = [] } = await ctx.client().send(new ScanCommand({ TableName: ctx.table }));
    const dump = JSON.stringify(Items);
    expect(dump).not.toContain(TOKEN);
    expect(dump).toContain(recordKey('AccessToken', TOKEN));
    expect(recordKey('AccessToken', TOKEN)).toBe(`AccessToken#${sha256(TOKEN)}`);
  });

  it('restores jti on find and ignores expired records even before TTL deletion', async () => {
    await adapter('AccessToken').upsert('at-expiring', { jti: 'at-expiring', grantId: 'g1' }, 30);
    await expect(adapter('AccessToken').find('at-expiring')).resolves.toMatchObject({
      jti: 'at-expiring',
      grantId: 'g1',
      exp: Math.floor(NOW / 1000) + 30,
    });
    ctx.setNow(NOW + 30_000);
    await expect(adapter('AccessToken').find('at-expiring')).resolves.toBeUndefined();
    ctx.setNow(NOW);
  });

  it('RFC 6749 §4.1.2: consume is atomic, so exactly one of 10 concurrent consumers wins', async () => {
    await adapter('AuthorizationCode').upsert('code-race', { jti: 'code-race', grantId: 'g2' }, 60);
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => adapter('AuthorizationCode').consume('code-race')),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const failure of results.filter((r) => r.status === 'rejected')) {
      expect((failure as PromiseRejectedResult).reason).toBeInstanceOf(errors.InvalidGrant);
    }
    await expect(adapter('AuthorizationCode').find('code-race')).resolves.toMatchObject({
      consumed: Math.floor(NOW / 1000),
    });
  });

  it('consume of a missing record throws InvalidGrant', async () => {
    await expect(adapter('AuthorizationCode').consume('never-issued')).rejects.toBeInstanceOf(errors.InvalidGrant);
  });

  it('a consumed refresh token reads as unconsumed inside the grace window and as consumed after it', async () => {
    await adapter('RefreshToken').upsert('rt-grace', { jti: 'rt-grace', grantId: 'g3' }, 3600);
    await adapter('RefreshToken').consume('rt-grace');
    expect((await adapter('RefreshToken').find('rt-grace'))?.consumed).toBeUndefined();
    await expect(adapter('RefreshToken').consume('rt-grace')).resolves.toBeUndefined();
    ctx.setNow(NOW + 121_000);
    expect((await adapter('RefreshToken').find('rt-grace'))?.consumed).toBe(Math.floor(NOW / 1000));
    await expect(adapter('RefreshToken').consume('rt-grace')).rejects.toBeInstanceOf(errors.InvalidGrant);
    ctx.setNow(NOW);
  });

  it('extendExpiry slides a live record and refuses consumed or expired ones', async () => {
    await adapter('RefreshToken').upsert('rt-slide', { jti: 'rt-slide' }, 60);
    await expect(adapter('RefreshToken').extendExpiry('rt-slide', Math.floor(NOW / 1000) + 600)).resolves.toBe(true);
    expect((await adapter('RefreshToken').find('rt-slide'))?.exp).toBe(Math.floor(NOW / 1000) + 600);
    await adapter('RefreshToken').consume('rt-slide');
    await expect(adapter('RefreshToken').extendExpiry('rt-slide', Math.floor(NOW / 1000) + 900)).resolves.toBe(false);
    await expect(adapter('Grant').extendExpiry('no-such-grant', Math.floor(NOW / 1000) + 900)).resolves.toBe(false);
  });

  it('RFC 7009 §2.1: revokeByGrantId removes only that model’s records of that grant', async () => {
    await adapter('AccessToken').upsert('at-a', { jti: 'at-a', grantId: 'grant-a' }, 600);
    await adapter('AccessToken').upsert('at-b', { jti: 'at-b', grantId: 'grant-b' }, 600);
    await adapter('RefreshToken').upsert('rt-a', { jti: 'rt-a', grantId: 'grant-a' }, 600);
    await adapter('AccessToken').revokeByGrantId('grant-a');
    await expect(adapter('AccessToken').find('at-a')).resolves.toBeUndefined();
    await expect(adapter('AccessToken').find('at-b')).resolves.toBeDefined();
    await expect(adapter('RefreshToken').find('rt-a')).resolves.toBeDefined();
  });

  it('finds a Session by uid through its pointer, and destroy removes both', async () => {
    await adapter('Session').upsert('session-id-1', { jti: 'session-id-1', uid: 'uid-1', accountId: 'rdr_1' }, 600);
    await expect(adapter('Session').findByUid('uid-1')).resolves.toMatchObject({ uid: 'uid-1', accountId: 'rdr_1' });
    const dump = JSON.stringify((await ctx.client().send(new ScanCommand({ TableName: ctx.table }))).Items);
    expect(dump).not.toContain('session-id-1');
    await adapter('Session').destroy('session-id-1');
    await expect(adapter('Session').findByUid('uid-1')).resolves.toBeUndefined();
    await expect(adapter('Session').find('session-id-1')).resolves.toBeUndefined();
  });

  it('drops the session id an Interaction payload copies', async () => {
    await adapter('Interaction').upsert(
      'int-1',
      { jti: 'int-1', session: { accountId: 'rdr_1', uid: 'uid-9', cookie: 'secret-session-id' } },
      600,
    );
    const stored = await ctx
      .client()
      .send(new GetItemCommand({ TableName: ctx.table, Key: { pk: { S: recordKey('Interaction', 'int-1') } } }));
    expect(JSON.stringify(stored.Item)).not.toContain('secret-session-id');
    await expect(adapter('Interaction').find('int-1')).resolves.toMatchObject({ session: { uid: 'uid-9' } });
  });
}
