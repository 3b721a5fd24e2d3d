/**
 * How far a trip to a canonical place (a DESTINATION slot id of the interaction models) is from a typical
 * pickup. Each distance class stands for one trip length; places not listed, and destinations no slot value
 * resolved, are priced as a trip across town, so every phrasing of one place costs the same.
 */
export type DistanceClass = 'nearby' | 'acrossTown' | 'outskirts' | 'airport';

/** Trip length of each class, in kilometres. */
export const CLASS_KM: Readonly<Record<DistanceClass, number>> = {
  nearby: 3,
  acrossTown: 8,
  outskirts: 15,
  airport: 26,
};

const AIRPORTS = [
  'airport',
  'jfk_airport',
  'lax_airport',
  'ohare_airport',
  'miami_airport',
  'heathrow',
  'gatwick',
  'pearson_airport',
  'montreal_airport',
  'vancouver_airport',
  'sydney_airport',
  'munich_airport',
  'frankfurt_airport',
  'cdg_airport',
  'orly_airport',
  'fiumicino',
  'malpensa',
  'linate',
  'barajas',
  'el_prat',
  'mexico_city_airport',
  'aifa',
  'schiphol',
  'eindhoven_airport',
  'guarulhos',
  'congonhas',
  'galeao',
  'santos_dumont',
];

const NEARBY = [
  'pharmacy',
  'supermarket',
  'convenience_store',
  'gym',
  'restaurant',
  'pub',
  'school',
  'park',
  'library',
  'market',
  'temple',
  'church',
  'gurudwara',
  'clinic',
  'cinema',
];

const OUTSKIRTS = [
  'stadium',
  'arena',
  'beach',
  'convention_center',
  'port',
  'university',
  'unam',
  'estadio_azteca',
  'olympic_stadium',
  'stade_de_france',
  'wembley',
  'san_siro',
  'maracana',
  'johan_cruijff_arena',
  'bondi_beach',
  'scheveningen',
  'copacabana',
  'la_defense',
  'cyber_city',
  'disney_world',
  'niagara_falls',
  'basilica',
  'qutub_minar',
];

const CLASS_OF = new Map<string, DistanceClass>([
  ...AIRPORTS.map((id) => [id, 'airport'] as const),
  ...NEARBY.map((id) => [id, 'nearby'] as const),
  ...OUTSKIRTS.map((id) => [id, 'outskirts'] as const),
]);

/** The distance class of a canonical place id; unknown or missing ids are a trip across town. */
export function distanceClassOf(place: string | undefined): DistanceClass {
  return (place === undefined ? undefined : CLASS_OF.get(place)) ?? 'acrossTown';
}
