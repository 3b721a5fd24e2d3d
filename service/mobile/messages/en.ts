/** English messages for the app, keyed by the stable error code; the shape every other language must have. */
export const en = {
  amazon_code_invalid: 'Your Amazon sign-in has expired or was already used. Start linking with Alexa again.',
  amazon_unavailable: 'We couldn’t reach Amazon just now, so nothing was linked. Try again in a few minutes.',
  alexa_region_unknown:
    'Your Amazon account isn’t set up for Alexa yet. Set up the Alexa app first, then link Ride Hailer again.',
  alexa_enablement_failed:
    'Alexa couldn’t turn on the Ride Hailer skill, so nothing was linked. Try again in a few minutes.',
  alexa_not_reached:
    'Ride Hailer is unlinked on our side, but we couldn’t reach Alexa. To remove the skill there too, disable Ride Hailer in the Alexa app.',
  invalid_request: 'This request to link with Alexa isn’t valid. Start again from the Alexa app.',
};

/** The message keys: one per error code the mobile endpoints answer with. */
export type Messages = { [K in keyof typeof en]: string };
