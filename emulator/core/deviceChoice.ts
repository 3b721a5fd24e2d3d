import type { Household } from './Household';

/** One line about the device in use, for the terminal and the page. */
export function describeDevice(household: Household): string {
  const { device } = household;
  const what = device.screen
    ? 'requests carry Alexa.Presentation.APL in supportedInterfaces and a context.Viewport; a LinkAccount card shows a QR code'
    : 'no screen: requests carry empty supportedInterfaces and no Viewport';
  return `Device: ${device.label}; ${what}.`;
}

/** Chooses the device in use (`dot` or `show`); no choice only describes. Throws UnknownDeviceError otherwise. */
export function chooseDevice(household: Household, choice: string | undefined): string {
  const wanted = choice?.trim();
  if (wanted !== undefined && wanted !== '') household.setDevice(wanted);
  return describeDevice(household);
}
