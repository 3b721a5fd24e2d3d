import { describe, expect, it } from '@jest/globals';
import { estimateFare } from '../../../../service/rides/fares';
import { RIDE_TYPES } from '../../../../service/rides/ride';

describe('estimateFare', () => {
  it('is deterministic and ignores case and surrounding spaces of the destination', () => {
    expect(estimateFare('  Central   Station ', 'xl')).toEqual(estimateFare('central station', 'xl'));
  });

  it('prices shared < standard < xl < premium for the same trip', () => {
    const [shared, standard, xl, premium] = (['shared', 'standard', 'xl', 'premium'] as const).map(
      (type) => estimateFare('Airport', type).amount,
    );
    expect(shared).toBeLessThan(standard ?? 0);
    expect(standard).toBeLessThan(xl ?? 0);
    expect(xl).toBeLessThan(premium ?? 0);
  });

  it('returns USD with two decimals and a pickup ETA of 2-10 minutes', () => {
    for (const type of RIDE_TYPES) {
      for (const place of ['Airport', 'Zoo', 'Harbour', 'Old Town', 'Museum']) {
        const fare = estimateFare(place, type);
        expect(fare.currency).toBe('USD');
        expect(Math.round(fare.amount * 100) / 100).toBe(fare.amount);
        expect(fare.etaMinutes).toBeGreaterThanOrEqual(2);
        expect(fare.etaMinutes).toBeLessThanOrEqual(10);
      }
    }
  });
});
