import { fragment, type MessageVars, type SupportedLocale } from './prompts';
import { spokenMoney } from './prompts/spokenMoney';
import type { Money, Ride, RideType } from './rides/types';

/** Message variables shared by the ride messages: names, car, plate, ETA, fare and ride type. */
export function rideVars(locale: SupportedLocale, ride: Ride): MessageVars {
  return {
    driver: ride.driver.name,
    car: ride.driver.car,
    plate: ride.driver.plate,
    destination: ride.destination,
    eta: minutes(locale, ride.etaMinutes),
    fare: fareText(locale, ride.fare),
    rideType: rideTypeName(locale, ride.rideType),
  };
}

/** "5 minutes", "one minute", localized; a pickup is never announced as less than a minute away. */
export function minutes(locale: SupportedLocale, count: number) {
  return fragment(locale, 'minutes', { count: Math.max(1, Math.round(count)) });
}

/** A fare for speech: digits and the currency as the locale names it ("287 pesos", "65,90 €"). */
export function fareText(locale: SupportedLocale, fare: Money): string {
  return spokenMoney(locale, fare.amount, fare.currency);
}

export function rideTypeName(locale: SupportedLocale, rideType: RideType) {
  return fragment(locale, `rideType.${rideType}`);
}
