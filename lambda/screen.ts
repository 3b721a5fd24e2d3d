import type { RequestEnvelope } from 'ask-sdk-model';

/**
 * Whether the request comes from a device with a screen: `Alexa.Presentation.APL` or the older `Display` in
 * `context.System.device.supportedInterfaces`, or a `context.Viewport`.
 * @see https://developer.amazon.com/docs/alexa-presentation-language/apl-support-for-your-skill.html
 */
export function hasScreen(envelope: RequestEnvelope): boolean {
  const interfaces: object = envelope.context?.System?.device?.supportedInterfaces ?? {};
  const viewport: unknown = envelope.context?.Viewport;
  return (
    'Alexa.Presentation.APL' in interfaces ||
    'Display' in interfaces ||
    (typeof viewport === 'object' && viewport !== null)
  );
}
