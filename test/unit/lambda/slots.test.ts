import type { Intent } from 'ask-sdk-model';
import { destinationSlot, rideTypeSlot } from '../../../lambda/slots';

function intent(slots: Intent['slots']): Intent {
  return { name: 'OrderRideIntent', confirmationStatus: 'NONE', slots };
}

describe('slot reading', () => {
  it('takes the resolved ride-type id of a synonym', () => {
    const slots = {
      rideType: {
        name: 'rideType',
        value: 'minivan',
        confirmationStatus: 'NONE',
        resolutions: {
          resolutionsPerAuthority: [
            { authority: 'a', status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { id: 'xl', name: 'xl' } }] },
          ],
        },
      },
    } as Intent['slots'];
    expect(rideTypeSlot(intent(slots))).toBe('xl');
  });

  it('ignores an unresolved ride type that is not an id', () => {
    const slots = { rideType: { name: 'rideType', value: 'spaceship', confirmationStatus: 'NONE' } } as Intent['slots'];
    expect(rideTypeSlot(intent(slots))).toBeUndefined();
  });

  it('keeps the destination as spoken, trimmed, and treats empty as missing', () => {
    const spoken = {
      destination: { name: 'destination', value: '  the Airport ', confirmationStatus: 'NONE' },
    } as Intent['slots'];
    expect(destinationSlot(intent(spoken))).toBe('the Airport');
    const empty = { destination: { name: 'destination', value: ' ', confirmationStatus: 'NONE' } } as Intent['slots'];
    expect(destinationSlot(intent(empty))).toBeUndefined();
    expect(destinationSlot(intent(undefined))).toBeUndefined();
  });
});
