import { hasScreen } from '../../../lambda/screen';
import { build, withScreen } from '../../helpers/requests';

describe('hasScreen', () => {
  it('is false for a voice-only device (empty supportedInterfaces, no Viewport)', () => {
    expect(hasScreen(build('launch'))).toBe(false);
  });

  it.each(['APL', 'Display', 'Viewport'] as const)('is true when the request shows a screen by %s alone', (sign) => {
    expect(hasScreen(build('launch', withScreen(sign)))).toBe(true);
  });

  it('is false for an older envelope without context.System.device', () => {
    const envelope = build('launch');
    delete (envelope.context.System as { device?: unknown }).device;
    expect(hasScreen(envelope)).toBe(false);
  });
});
