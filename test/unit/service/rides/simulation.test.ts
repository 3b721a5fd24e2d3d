import { describe, expect, it } from '@jest/globals';
import type { RideRecord } from '../../../../service/rides/ride';
import { assignDriver, isActive, tripMinutes, viewRide } from '../../../../service/rides/simulation';

const T0 = Date.parse('2030-05-01T10:00:00.000Z');
const ride: RideRecord = {
  id: 'ride_test',
  riderId: 'rdr_1',
  destination: 'Airport',
  rideType: 'standard',
  fare: { amount: 20, currency: 'USD' },
  driver: assignDriver('ride_test', 'standard'),
  pickupMinutes: 5,
  tripMinutes: 12,
  createdAt: new Date(T0).toISOString(),
  requestHash: 'h',
};
const at = (minutes: number) => T0 + minutes * 60_000;

describe('ride simulation', () => {
  it('assigns the same driver, car and plate to the same ride id', () => {
    expect(assignDriver('ride_x', 'xl')).toEqual(assignDriver('ride_x', 'xl'));
    expect(assignDriver('ride_x', 'xl').plate).toMatch(/^[A-Z]{3}-\d{4}$/);
    expect(tripMinutes('ride_x')).toBeGreaterThanOrEqual(8);
    expect(tripMinutes('ride_x')).toBeLessThanOrEqual(30);
  });

  it.each([
    [0, 'booked', 5],
    [0.5, 'booked', 5],
    [1, 'arriving', 4],
    [3.2, 'arriving', 2],
    [4.9, 'arriving', 1],
    [5, 'in_progress', 0],
    [16.9, 'in_progress', 0],
    [17, 'completed', 0],
  ])('after %f minutes the ride is %s with ETA %i', (minutes, status, eta) => {
    expect(viewRide(ride, at(minutes))).toMatchObject({ status, etaMinutes: eta });
  });

  it('a cancelled ride stays cancelled and inactive', () => {
    const view = viewRide({ ...ride, cancelledAt: new Date(at(2)).toISOString() }, at(3));
    expect(view.status).toBe('cancelled');
    expect(isActive(view)).toBe(false);
    expect(isActive(viewRide(ride, at(2)))).toBe(true);
    expect(isActive(viewRide(ride, at(60)))).toBe(false);
  });
});
