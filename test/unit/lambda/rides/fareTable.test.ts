import { driverFor, estimateFromTable } from '../../../../lambda/rides/fareTable';

describe('the local fare table (LWA mode)', () => {
  it('prices the same trip the same way every time, regardless of case and spacing', () => {
    expect(estimateFromTable({ destination: 'The Airport ', rideType: 'standard' })).toEqual(
      estimateFromTable({ destination: 'the airport', rideType: 'standard' }),
    );
  });

  it('charges more for premium than for shared rides', () => {
    const premium = estimateFromTable({ destination: 'airport', rideType: 'premium' });
    const shared = estimateFromTable({ destination: 'airport', rideType: 'shared' });
    expect(premium.amount).toBeGreaterThan(shared.amount);
    expect(Number.isInteger(premium.amount * 100)).toBe(true);
  });

  it('assigns a stable driver to a ride', () => {
    expect(driverFor('ride-1', 'xl')).toEqual(driverFor('ride-1', 'xl'));
    expect(driverFor('ride-1', 'xl').plate).toMatch(/^[A-Z]{2} \d{4}$/);
  });
});
