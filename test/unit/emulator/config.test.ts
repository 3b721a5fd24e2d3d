import { loadEmulatorConfig } from '../../../emulator/config';

describe('the emulator configuration', () => {
  it('defaults to ports 3000, 3001 and 3002 on loopback, Ride Hailer linking and data in memory', () => {
    expect(loadEmulatorConfig({})).toMatchObject({
      host: '127.0.0.1',
      emulatorPort: 3000,
      servicePort: 3001,
      lwaPort: 3002,
      linkedService: 'ridehailer',
      accountLinkingFile: 'accountLinking.json',
      clientSecret: undefined,
      accessTokenScheme: undefined,
      pkce: false,
      vendorId: 'M2RIDEHAILER',
      dataDir: 'memory',
      locale: 'en-US',
      emulatorUrl: undefined,
      login: { username: undefined, password: undefined },
    });
  });

  it('reads the headless login for another authorization server, and leaves ALEXA_CLIENT_SECRET unset unless given', () => {
    expect(
      loadEmulatorConfig({
        EMULATOR_LOGIN_USERNAME: 'ada@example.com',
        EMULATOR_LOGIN_PASSWORD: 'pw',
        ALEXA_CLIENT_SECRET: 'theirs',
      }),
    ).toMatchObject({ login: { username: 'ada@example.com', password: 'pw' }, clientSecret: 'theirs' });
  });

  it('reads the LWA account-linking file in LWA mode', () => {
    expect(loadEmulatorConfig({ LINKED_SERVICE: 'lwa' }).accountLinkingFile).toBe('accountLinking.lwa.json');
  });

  it.each([
    ['EMULATOR_PORT', '70000'],
    ['EMULATOR_SERVICE_PORT', 'x'],
    ['EMULATOR_LWA_PORT', '-1'],
    ['LINKED_SERVICE', 'google'],
    ['EMULATOR_ACCESS_TOKEN_SCHEME', 'BASIC'],
    ['EMULATOR_PKCE', 'yes'],
    ['ALEXA_VENDOR_ID', 'M2-RIDE'],
  ])('names %s when its value is malformed', (name, value) => {
    expect(() => loadEmulatorConfig({ [name]: value })).toThrow(new RegExp(`^${name}: `));
  });

  it('treats an empty variable as missing', () => {
    expect(loadEmulatorConfig({ EMULATOR_PORT: ' ', EMULATOR_URL: '' })).toMatchObject({
      emulatorPort: 3000,
      emulatorUrl: undefined,
    });
  });
});
