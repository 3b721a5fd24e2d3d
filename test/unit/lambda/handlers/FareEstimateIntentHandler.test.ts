import { build, withIntent, withLocale, withSlots } from '../../../helpers/requests';
import { speechOf } from '../../../helpers/skillHarness';
import { unitSkill } from '../../../helpers/unitSkill';

describe('FareEstimateIntentHandler', () => {
  it('quotes a fare without a linked account', async () => {
    const { invoke, gateway } = unitSkill();
    const response = await invoke(
      build(
        'launch',
        withIntent('FareEstimateIntent'),
        withSlots({ destination: 'the beach', rideType: { value: 'limo', resolvedId: 'premium' } }),
      ),
    );
    expect(speechOf(response)).toBe(
      'The fare for a premium car to the beach is about $12.00, and a driver can pick you up in one minute.',
    );
    expect(gateway.calls).toEqual(['fare the beach premium']);
  });

  it('asks for the destination when it is missing', async () => {
    const response = await unitSkill().invoke(
      build('launch', withIntent('FareEstimateIntent'), withSlots({ destination: undefined })),
    );
    expect(speechOf(response)).toBe('Where do you want a fare for?');
    expect(response.response.directives?.[0]).toMatchObject({ type: 'Dialog.ElicitSlot', slotToElicit: 'destination' });
  });

  it('formats the fare for the locale', async () => {
    const response = await unitSkill().invoke(
      build('launch', withLocale('de-DE'), withIntent('FareEstimateIntent'), withSlots({ destination: 'Flughafen' })),
    );
    expect(speechOf(response)).toContain('12,00');
  });
});
