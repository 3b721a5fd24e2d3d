import { marketOfLocale } from '../shared/fares';
import type { SupportedLocale } from './prompts';
import type { RideType, Trip } from './rides/types';

/** The trip to price and book: what the rider said, the place it resolved to, and the market of the locale. */
export function tripFor(
  locale: SupportedLocale,
  destination: string,
  place: string | undefined,
  rideType: RideType,
): Trip {
  return { destination, ...(place ? { place } : {}), rideType, market: marketOfLocale(locale) };
}
