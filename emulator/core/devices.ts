import type { interfaces, SupportedInterfaces } from 'ask-sdk-model';

/** The kinds of Echo the emulated household has. */
export type DeviceKind = 'dot' | 'show';
export const DEVICE_KINDS: readonly DeviceKind[] = ['dot', 'show'];

/** What a device tells the skill about itself in every request. */
export interface DeviceProfile {
  kind: DeviceKind;
  label: string;
  screen: boolean;
  /** `context.System.device.supportedInterfaces`. */
  supportedInterfaces: SupportedInterfaces;
  /** `context.Viewport`, sent by devices with a screen only. */
  viewport?: interfaces.viewport.ViewportState;
}

/**
 * A voice-only Echo Dot (no interfaces, no Viewport) and a 10-inch Echo Show (APL and a landscape, touch
 * Viewport), shaped as Alexa sends them; the numbers are those of a 1280×800 hub at 160 dpi.
 * @see https://developer.amazon.com/docs/alexa-presentation-language/apl-support-for-your-skill.html
 */
export const DEVICE_PROFILES: Readonly<Record<DeviceKind, DeviceProfile>> = {
  dot: { kind: 'dot', label: 'Echo Dot (voice only)', screen: false, supportedInterfaces: {} },
  show: {
    kind: 'show',
    label: 'Echo Show (screen)',
    screen: true,
    supportedInterfaces: { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.3' } } },
    viewport: {
      experiences: [{ arcMinuteWidth: 346, arcMinuteHeight: 216, canRotate: false, canResize: false }],
      mode: 'HUB',
      shape: 'RECTANGLE',
      pixelWidth: 1280,
      pixelHeight: 800,
      dpi: 160,
      currentPixelWidth: 1280,
      currentPixelHeight: 800,
      touch: ['SINGLE'],
      keyboard: [],
      video: { codecs: ['H_264_42', 'H_264_41'] },
    },
  },
};

/** Thrown for a device kind the household does not have. */
export class UnknownDeviceError extends Error {
  constructor(kind: string) {
    super(`there is no device "${kind}"; the household has ${DEVICE_KINDS.join(' and ')}`);
    this.name = 'UnknownDeviceError';
  }
}

/** The profile for a kind named by the user (any case); throws UnknownDeviceError otherwise. */
export function deviceProfile(kind: string): DeviceProfile {
  const wanted = kind.trim().toLowerCase();
  const found = DEVICE_KINDS.find((candidate) => candidate === wanted);
  if (found === undefined) throw new UnknownDeviceError(kind);
  return DEVICE_PROFILES[found];
}
