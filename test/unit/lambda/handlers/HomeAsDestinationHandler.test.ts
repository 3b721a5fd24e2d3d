import {
  build,
  withAccessToken,
  withIntent,
  withLocale,
  withSessionAttributes,
  withSlots,
} from '../../../helpers/requests';
import { speechOf } from '../../../helpers/skillHarness';
import { unitSkill } from '../../../helpers/unitSkill';

describe('the destination question', () => {
  it('is remembered in the session while the skill elicits the destination', async () => {
    const unit = unitSkill();
    const asked = await unit.invoke(
      build('order-ride', withSlots({ destination: undefined }), withAccessToken('unit-token')),
    );
    expect(asked.response.directives?.[0]).toMatchObject({ type: 'Dialog.ElicitSlot', slotToElicit: 'destination' });
    expect(asked.sessionAttributes).toMatchObject({ elicitingDestination: 'OrderRideIntent' });
  });

  it('is forgotten once the skill answers something else', async () => {
    const unit = unitSkill();
    const response = await unit.invoke(
      build(
        'launch',
        withIntent('AMAZON.HelpIntent'),
        withSessionAttributes({ elicitingDestination: 'OrderRideIntent' }),
      ),
    );
    expect(response.sessionAttributes?.elicitingDestination).toBeUndefined();
  });
});

describe('HomeAsDestinationHandler', () => {
  it('takes NavigateHomeIntent in answer to "where to?" as a ride home, priced at the place home', async () => {
    const unit = unitSkill();
    const response = await unit.invoke(
      build(
        'launch',
        withLocale('de-DE'),
        withIntent('AMAZON.NavigateHomeIntent'),
        withAccessToken(unit.gateway.validToken),
        withSessionAttributes({ elicitingDestination: 'OrderRideIntent' }),
      ),
    );
    expect(speechOf(response)).toMatch(/^Eine Standardfahrt mit Ziel Zuhause kostet etwa/);
    expect(response.response.directives?.[0]).toMatchObject({
      type: 'Dialog.ConfirmIntent',
      updatedIntent: { name: 'OrderRideIntent' },
    });
    expect(unit.gateway.trips.at(-1)).toMatchObject({ place: 'home', market: 'DE' });
    expect(response.response.shouldEndSession).not.toBe(true);
  });

  it('answers a pending fare question the same way, without a linked account', async () => {
    const unit = unitSkill();
    const response = await unit.invoke(
      build(
        'launch',
        withIntent('AMAZON.NavigateHomeIntent'),
        withSessionAttributes({ elicitingDestination: 'FareEstimateIntent' }),
      ),
    );
    expect(speechOf(response)).toMatch(/^The fare for a car to your home is about/);
    expect(unit.gateway.trips.at(-1)).toMatchObject({ place: 'home', market: 'US' });
  });

  it('leaves NavigateHomeIntent alone when no destination is pending: goodbye', async () => {
    const response = await unitSkill().invoke(build('launch', withIntent('AMAZON.NavigateHomeIntent')));
    expect(speechOf(response)).toBe('Goodbye, and safe travels.');
  });

  it('lets stop end the session even while a destination is pending', async () => {
    const response = await unitSkill().invoke(
      build(
        'launch',
        withIntent('AMAZON.StopIntent'),
        withSessionAttributes({ elicitingDestination: 'OrderRideIntent' }),
      ),
    );
    expect(response.response.shouldEndSession).toBe(true);
  });
});
