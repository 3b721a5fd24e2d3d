/** The shared fare table; see fares.ts for why it lives outside lambda/ and service/. */
export { type Fare, type FareRideType, fareFor, type PricedTrip } from './fares';
export { CURRENCY, DEFAULT_MARKET, isMarket, MARKETS, type Market, marketOfLocale } from './markets';
export { type DistanceClass, distanceClassOf } from './places';
