import { describe, expect, it } from '@jest/globals';
import { estimateFare } from '../../../../service/rides/fares';
import { RIDE_TYPES } from '../../../../service/rides/ride';

describe('estimateFare', () => {
  it('prices by the resolved place, so a place costs the same whatever the rider called it', () => {
    expect(estimateFare({ place: 'airport', rideType: 'xl', market: 'DE' })).toEqual(
      estimateFare({ place: 'airport', rideType: 'xl', market: 'DE' }),
    );
    expect(estimateFare({ place: 'airport', rideType: 'standard', market: 'DE' }).amount).toBeGreaterThan(
      estimateFare({ place: 'pharmacy', rideType: 'standard', market: 'DE' }).amount,
    );
  });

  it('prices shared < standard < xl < premium for the same trip', () => {
    const [shared, standard, xl, premium] = (['shared', 'standard', 'xl', 'premium'] as const).map(
      (rideType) => estimateFare({ place: 'airport', rideType, market: 'US' }).amount,
    );
    expect(shared).toBeLessThan(standard ?? 0);
    expect(standard).toBeLessThan(xl ?? 0);
    expect(xl).toBeLessThan(premium ?? 0);
  });

  it("answers in the market's currency, to the cent at most, with a pickup ETA of 2-10 minutes", () => {
    for (const rideType of RIDE_TYPES) {
      for (const place of ['airport', 'train_station', 'pharmacy', undefined]) {
        const fare = estimateFare({ place, rideType, market: 'IN' });
        expect(fare.currency).toBe('INR');
        expect(Number.isInteger(fare.amount)).toBe(true);
        expect(fare.etaMinutes).toBeGreaterThanOrEqual(2);
        expect(fare.etaMinutes).toBeLessThanOrEqual(10);
      }
    }
  });
});
