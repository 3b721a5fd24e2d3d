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

  it('treats a slot value that is not text, or resolutions that are not a list, as nothing said', () => {
    const odd = {
      destination: { name: 'destination', value: 42, confirmationStatus: 'NONE' },
      rideType: {
        name: 'rideType',
        value: ['xl'],
        confirmationStatus: 'NONE',
        resolutions: { resolutionsPerAuthority: {} },
      },
    } as unknown as Intent['slots'];
    expect(destinationSlot(intent(odd))).toBeUndefined();
    expect(rideTypeSlot(intent(odd))).toBeUndefined();
  });

  it('cuts an over-long destination to 200 code points without splitting an emoji', () => {
    const value = `${'a'.repeat(199)}🚕🚕 and more`;
    const long = { destination: { name: 'destination', value, confirmationStatus: 'NONE' } } as Intent['slots'];
    const kept = destinationSlot(intent(long)) ?? '';
    expect(kept).toBe(`${'a'.repeat(199)}🚕`);
    expect(kept).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/); // no lone high surrogate
  });
});
