import { parseDialogArgs } from '../../../emulator/cli/dialogArgs';
import { attachUrl, loadEmulatorConfig } from '../../../emulator/config';

describe('the dialog command line', () => {
  it('runs on a private stack unless --attach is given', () => {
    expect(parseDialogArgs(['--replay', 'emulator/replays/en-US.json']).attach).toBeUndefined();
  });

  it.each([
    [['--attach'], undefined],
    [['--attach', '--replay', 'r.json'], undefined],
    [['--replay', 'r.json', '--attach'], undefined],
    [['--attach', 'http://127.0.0.1:4000'], 'http://127.0.0.1:4000'],
    [['--attach=http://127.0.0.1:4000', '--replay', 'r.json'], 'http://127.0.0.1:4000'],
  ])('reads %j as attaching to %s (undefined: the default URL)', (argv, url) => {
    expect(parseDialogArgs(argv).attach).toEqual({ url });
  });

  it('keeps the other options next to --attach', () => {
    expect(parseDialogArgs(['--attach', '--replay', 'r.json', '-l', 'de-DE'])).toMatchObject({
      replay: 'r.json',
      locale: 'de-DE',
    });
  });

  it.each([
    [['--attach', 'localhost:3000'], /--attach needs an http:\/\/ URL/],
    [['--attach', 'ftp://127.0.0.1:3000'], /--attach needs an http:\/\/ URL/],
    [['--attach', '--standalone'], /choose --attach or --standalone/],
    [['--attach', '--pkce'], /--pkce and --lwa set up the private stack/],
    [['--attach', '--lwa'], /--pkce and --lwa set up the private stack/],
    [['--emulator-url', 'http://127.0.0.1:3000'], /Unknown option '--emulator-url'/],
  ])('refuses %j with a clear message', (argv, message) => {
    expect(() => parseDialogArgs(argv)).toThrow(message);
  });

  it('attaches by default where EMULATOR_URL says, else to the emulator port on the emulator host', () => {
    expect(attachUrl(loadEmulatorConfig({}))).toBe('http://127.0.0.1:3000');
    expect(attachUrl(loadEmulatorConfig({ EMULATOR_PORT: '4000', EMULATOR_HOST: '::1' }))).toBe('http://[::1]:4000');
    expect(attachUrl(loadEmulatorConfig({ EMULATOR_URL: 'http://127.0.0.1:5000/' }))).toBe('http://127.0.0.1:5000');
  });
});
