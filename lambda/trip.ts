import { marketOfLocale } from '../shared/fares';
import { type SupportedLocale, t } from './prompts';
import type { RideType, Trip } from './rides/types';

/**
 * The trip to price and book: what the rider said, the place it resolved to, and the market of the locale. A
 * destination that resolved to home is named as the language names it: the words caught in the slot can be a
 * fragment ("nach Hause" leaves "Hause").
 */
export function tripFor(
  locale: SupportedLocale,
  destination: string,
  place: string | undefined,
  rideType: RideType,
): Trip {
  const said = place === 'home' ? t(locale, 'place.home') : destination;
  return { destination: said, ...(place ? { place } : {}), rideType, market: marketOfLocale(locale) };
}
