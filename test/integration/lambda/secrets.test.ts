import { loadConfig } from '../../../lambda/config';
import { lazyParameter, serviceCredentials } from '../../../lambda/secrets';
import { type FakeSsm, startFakeSsm } from '../../helpers/fakeSsm';

const NAME = '/ride-hailer/dev/alexa-client-secret';
let ssm: FakeSsm;

beforeAll(async () => {
  ssm = await startFakeSsm({ [NAME]: 'the-client-secret' });
  process.env.AWS_ENDPOINT_URL_SSM = ssm.endpoint;
});
afterAll(async () => {
  delete process.env.AWS_ENDPOINT_URL_SSM;
  await ssm.close();
});
beforeEach(() => {
  ssm.calls.length = 0;
  ssm.denyNext = 0;
});

describe('the skill’s revoke secret from SSM Parameter Store', () => {
  it('is read once, decrypted, on first use and kept for later requests', async () => {
    const secret = lazyParameter(NAME, 'us-east-1');
    expect(ssm.calls).toEqual([]);
    expect(await secret()).toBe('the-client-secret');
    expect(await secret()).toBe('the-client-secret');
    expect(ssm.calls).toEqual([
      { operation: 'GetParameter', body: { Name: NAME, WithDecryption: true }, signed: true },
    ]);
  });

  it('is read again after a failed read instead of keeping the failure', async () => {
    const secret = lazyParameter(NAME, 'us-east-1');
    ssm.denyNext = 1;
    await expect(secret()).rejects.toMatchObject({ name: 'AccessDeniedException' });
    expect(await secret()).toBe('the-client-secret');
  });

  it('comes from configuration as a value locally and as a parameter on Lambda', async () => {
    const base = { RIDE_HAILER_API_URL: 'https://api.ridehailer.example' };
    const local = serviceCredentials(loadConfig({ ...base, RIDE_HAILER_CLIENT_SECRET: 'plain' }));
    expect(await local?.clientSecret()).toBe('plain');
    const deployed = serviceCredentials(loadConfig({ ...base, RIDE_HAILER_CLIENT_SECRET_PARAMETER: NAME }));
    expect(deployed?.clientId).toBe('ride-hailer-alexa');
    expect(await deployed?.clientSecret()).toBe('the-client-secret');
    expect(serviceCredentials(loadConfig(base))).toBeUndefined();
  });
});
