import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import {
  build,
  withAccessToken,
  withConfirmation,
  withIntent,
  withPerson,
  withPersonToken,
  withSessionAttributes,
  withSlots,
} from '../helpers/requests';
import { type HarnessOptions, speechOf, useSkillHarness } from '../helpers/skillHarness';

/**
 * Two people, one Alexa account (personal account linking): Alex, the account holder, linked the account; Sam, a
 * recognized speaker, linked a profile of his own. Each is served as themselves, in both linked-service modes.
 */
const ALEX = 'amzn1.ask.person.ALEXPERSON0000000000000000000000000000000000000000';
const SAM = 'amzn1.ask.person.SAMPERSON00000000000000000000000000000000000000000';
const SAM_TOKEN = 'sam-personal-token';
const SAM_RIDER = {
  id: 'rider-2',
  name: 'Sam Rider',
  email: 'sam@example.com',
  lwaUserId: 'amzn1.account.AFAKESAMUSER0000000000000000',
};

function household(options: HarnessOptions) {
  const harness = useSkillHarness(options);
  beforeAll(() => harness.api.addRider(SAM_TOKEN, SAM_RIDER));
  beforeEach(() => harness.api.reset());

  /** One session of one speaker: the account's token always, the speaker's own when they linked one. */
  const session = (who: 'Alex' | 'Sam') => {
    let attributes: Record<string, unknown> = {};
    let isNew = true;
    return async (envelope: RequestEnvelope): Promise<ResponseEnvelope> => {
      const speaker = who === 'Sam' ? withPersonToken(SAM, SAM_TOKEN) : withPerson(ALEX);
      const request = speaker(
        withAccessToken(harness.api.validToken)(withSessionAttributes(attributes, isNew)(envelope)),
      );
      const response = await harness.invoke(request);
      attributes = response.sessionAttributes ?? {};
      isNew = false;
      return response;
    };
  };
  return { harness, session };
}

const confirmed = (destination: string, rideType?: string) =>
  build(
    'order-ride',
    withSlots({ destination, ...(rideType ? { rideType: { value: rideType, resolvedId: rideType } } : {}) }),
    withConfirmation('CONFIRMED'),
  );
const fare = (destination: string) => build('launch', withIntent('FareEstimateIntent'), withSlots({ destination }));
const status = () => build('launch', withIntent('RideStatusIntent'));

describe.each(['ridehailer', 'lwa'] as const)('two people on one account (%s mode)', (linkedService) => {
  const { session } = household({ linkedService });

  it('greets the speaker with a personal link as themselves, and the account holder as the account', async () => {
    expect(speechOf(await session('Sam')(build('launch')))).toMatch(/^Welcome back, Sam Rider\./);
    expect(speechOf(await session('Alex')(build('launch')))).toMatch(/^Welcome back, Alex Rider\./);
  });

  it('keeps each person’s rides and usual ride type apart: Alex neither sees Sam’s ride nor is blocked by it', async () => {
    const sam = session('Sam');
    expect(speechOf(await sam(confirmed('the airport', 'premium')))).toMatch(/^Your ride is booked\./);
    const alex = session('Alex');
    expect(speechOf(await alex(status()))).toMatch(/^You don't have a ride booked/);
    expect(speechOf(await alex(confirmed('the office')))).toMatch(/^Your ride is booked\./);
    expect(speechOf(await sam(status()))).toMatch(/You are going to the airport\.$/);
    expect(speechOf(await alex(status()))).toMatch(/You are going to the office\.$/);
    expect(speechOf(await session('Alex')(fare('the station')))).toMatch(/^The fare for a car to the station/);
    expect(speechOf(await session('Sam')(fare('the station')))).toMatch(/^The fare for a premium car to the station/);
  });
});

describe('PERSON_ONLY: every recognized speaker books on a link of their own', () => {
  const { session } = household({ env: { RECOGNIZED_SPEAKER_TOKEN: 'PERSON_ONLY' } });

  it('asks Alex, recognized but without a personal link, to link; Sam’s own link still works', async () => {
    const alex = await session('Alex')(build('order-ride', withSlots({ destination: 'the airport' })));
    expect(alex.response.card).toEqual({ type: 'LinkAccount' });
    expect(speechOf(await session('Sam')(build('launch')))).toMatch(/^Welcome back, Sam Rider\./);
  });
});
