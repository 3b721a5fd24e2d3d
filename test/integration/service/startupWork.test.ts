import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { dummyHash } from '../../../service/riders/passwords';
import { type RunningService, startService } from '../../../service/server';

describe('work done at start, not on the first request', () => {
  let service: RunningService;
  beforeAll(async () => {
    service = await startService({ port: 0, env: { LOCAL_DATA_DIR: 'memory', LOG_LEVEL: 'silent' } });
  });
  afterAll(async () => {
    await service.close();
  });

  it('RFC 6819 §5.1.4.2: the dummy hash for unknown emails is built before the service answers', async () => {
    // Nothing has signed in yet. An Argon2id hash (19 MiB) takes tens of milliseconds on the thread pool, so only
    // a hash that already exists can be ready after one turn of the event loop.
    let built = false;
    void dummyHash().then(() => {
      built = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(built).toBe(true);
  });
});
