import { driverFor, estimateFromTable } from '../../../../lambda/rides/fareTable';
import { estimateFare } from '../../../../service/rides/fares';

describe('the fare table in LWA mode', () => {
  it('prices a trip exactly as the rides API does, in every market', () => {
    for (const market of ['US', 'GB', 'DE', 'IN', 'MX'] as const) {
      for (const place of ['airport', 'train_station', undefined]) {
        const trip = { destination: 'wherever', rideType: 'premium' as const, market, ...(place ? { place } : {}) };
        expect(estimateFromTable(trip)).toEqual(estimateFare({ place, rideType: 'premium', market }));
      }
    }
  });

  it('gives the same price for every wording of one resolved place', () => {
    const asSaid = (destination: string) =>
      estimateFromTable({ destination, place: 'train_station', rideType: 'standard', market: 'GB' });
    expect(asSaid('the station')).toEqual(asSaid('the train station'));
  });

  it('assigns a stable driver to a ride', () => {
    expect(driverFor('ride-1', 'xl')).toEqual(driverFor('ride-1', 'xl'));
    expect(driverFor('ride-1', 'xl').plate).toMatch(/^[A-Z]{2} \d{4}$/);
  });
});
