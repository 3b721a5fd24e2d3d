import { MalformedResponseError, parseFareEstimate, parseRide, parseRider } from '../../../../lambda/rides/parse';

const RIDE = {
  id: 'r1',
  status: 'booked',
  destination: 'airport',
  rideType: 'xl',
  etaMinutes: 4.4,
  fare: { amount: 10, currency: 'USD' },
  driver: { name: 'Sam', car: 'Kia', plate: 'AB 1' },
};

describe('response parsing', () => {
  it('accepts a ride that follows the contract', () => {
    expect(parseRide(RIDE)).toEqual({ ...RIDE, etaMinutes: 4 });
  });

  it.each([
    ['a string', 'hello'],
    ['null', null],
    ['an unknown status', { ...RIDE, status: 'teleported' }],
    ['a missing driver', { ...RIDE, driver: undefined }],
    ['a negative fare', { ...RIDE, fare: { amount: -1, currency: 'USD' } }],
    ['a lowercase currency', { ...RIDE, fare: { amount: 1, currency: 'usd' } }],
    ['a non-numeric eta', { ...RIDE, etaMinutes: 'soon' }],
  ])('rejects %s', (_, body) => {
    expect(() => parseRide(body)).toThrow(MalformedResponseError);
  });

  it('defaults an unknown ride type to standard and fills a missing destination', () => {
    expect(parseRide({ ...RIDE, rideType: 'hovercraft', destination: undefined }, 'home')).toMatchObject({
      rideType: 'standard',
      destination: 'home',
    });
  });

  it('reads fares and riders', () => {
    expect(parseFareEstimate({ amount: 1.5, currency: 'EUR', etaMinutes: 2 })).toEqual({
      amount: 1.5,
      currency: 'EUR',
      etaMinutes: 2,
    });
    expect(parseRider({ user_id: 'amzn1.account.X', name: 'A' }, 'user_id')).toEqual({
      id: 'amzn1.account.X',
      name: 'A',
      email: undefined,
    });
    expect(() => parseRider({ name: 'A' }, 'id')).toThrow(MalformedResponseError);
  });
});
