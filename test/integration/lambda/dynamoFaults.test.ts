import { afterEach, describe, expect, it } from '@jest/globals';
import type { RequestEnvelope } from 'ask-sdk-model';
import { CATALOGS } from '../../../lambda/prompts/catalogs';
import type { DynamoFault, FaultyDynamo } from '../../helpers/faultyDynamo';
import { build, withAccessToken, withConfirmation, withIntent, withLocale, withSlots } from '../../helpers/requests';
import { speechOf, useSkillHarness } from '../../helpers/skillHarness';

type Fault = DynamoFault | 'refused';
const FAULTS: Fault[] = ['refused', 'reset', 'throttling', 'throughput', 'internal', 'hang'];
const LOCALES = ['en-US', 'de-DE', 'fr-FR', 'nl-NL', 'it-IT', 'pt-BR', 'es-ES', 'hi-IN'];

const apology = (locale: string) => CATALOGS[locale.slice(0, 2)]?.['error.serviceUnavailable'];

async function breakStore(faults: FaultyDynamo, fault: Fault): Promise<void> {
  if (fault === 'refused') await faults.refuse();
  else faults.fail({ fault });
}

describe('the skill when DynamoDB fails (faulting proxy in front of dynalite)', () => {
  describe('LWA mode: rides live in DynamoDB', () => {
    const harness = useSkillHarness({ linkedService: 'lwa', faults: true });
    const signedIn = (envelope: RequestEnvelope) => withAccessToken(harness.api.validToken)(envelope);
    afterEach(() => harness.faults?.heal());

    it.each(FAULTS.map((fault, i): [Fault, string] => [fault, LOCALES[i % LOCALES.length] as string]))(
      'DynamoDB %s: booking, status and cancel get the localized apology (%s) and end the session',
      async (fault, locale) => {
        const faults = harness.faults as FaultyDynamo;
        await breakStore(faults, fault);
        const requests = [
          build('order-ride', withConfirmation('CONFIRMED')),
          build('launch', withIntent('RideStatusIntent')),
          build('launch', withIntent('CancelRideIntent'), withConfirmation('CONFIRMED')),
        ].map((envelope) => signedIn(withLocale(locale)(envelope)));
        // A hung table keeps every call open until the test heals it: the answers come from the skill's own budget.
        const responses = await Promise.all(requests.map((envelope) => harness.invoke(envelope)));
        for (const response of responses) {
          expect(speechOf(response)).toBe(apology(locale));
          expect(response.response.shouldEndSession).toBe(true);
        }
        expect(faults.calls.some((call) => call.fault !== undefined) || fault === 'refused').toBe(true);
      },
    );

    it('apologizes in each of the eight languages', async () => {
      const faults = harness.faults as FaultyDynamo;
      faults.fail({ fault: 'throughput' });
      const responses = await Promise.all(
        LOCALES.map((locale) =>
          harness.invoke(signedIn(build('order-ride', withLocale(locale), withConfirmation('CONFIRMED')))),
        ),
      );
      expect(responses.map(speechOf)).toEqual(LOCALES.map(apology));
      expect(new Set(LOCALES.map(apology)).size).toBe(LOCALES.length);
    });

    it('mid-conversation: a table that fails between the quote and the "yes" loses nothing; the retry books once', async () => {
      const faults = harness.faults as FaultyDynamo;
      const quote = await harness.invoke(signedIn(build('order-ride', withSlots({ destination: 'the station' }))));
      expect(speechOf(quote)).toMatch(/^The fare for a car to the station/);
      const yes = signedIn(
        build('order-ride', withSlots({ destination: 'the station' }), withConfirmation('CONFIRMED')),
      );
      faults.fail({ fault: 'throttling' });
      expect(speechOf(await harness.invoke(yes))).toBe(apology('en-US'));
      await faults.heal();
      const status = await harness.invoke(signedIn(build('launch', withIntent('RideStatusIntent'))));
      expect(speechOf(status)).not.toMatch(/on the way/);
      const retried = await harness.invoke(structuredClone(yes));
      expect(speechOf(retried)).toMatch(/^Your ride is booked\./);
      const after = await harness.invoke(signedIn(build('launch', withIntent('RideStatusIntent'))));
      expect(speechOf(after)).toMatch(/on the way/);
      const cancelled = await harness.invoke(
        signedIn(build('launch', withIntent('CancelRideIntent'), withConfirmation('CONFIRMED'))),
      );
      expect(speechOf(cancelled)).not.toBe(apology('en-US'));
    });

    it('a booking whose second write fails is not lost: Alexa’s retry of the request books it and status finds it', async () => {
      const faults = harness.faults as FaultyDynamo;
      const yes = signedIn(
        build('order-ride', withSlots({ destination: 'the museum' }), withConfirmation('CONFIRMED')),
      );
      // The booking record is written, then the rider's latest-ride item fails (all retries).
      faults.fail({
        fault: 'internal',
        match: (call) => call.operation === 'PutItem' && JSON.stringify(call.body).includes('"rider#'),
      });
      expect(speechOf(await harness.invoke(yes))).toBe(apology('en-US'));
      await faults.heal();
      const retried = await harness.invoke(structuredClone(yes));
      expect(speechOf(retried)).toMatch(/^Your ride is booked\./);
      const status = await harness.invoke(signedIn(build('launch', withIntent('RideStatusIntent'))));
      expect(speechOf(status)).toMatch(/on the way/);
      expect(speechOf(status)).toContain('the museum');
      await harness.invoke(signedIn(build('launch', withIntent('CancelRideIntent'), withConfirmation('CONFIRMED'))));
    });
  });

  describe('Ride Hailer mode: DynamoDB holds only preferences and link records', () => {
    const harness = useSkillHarness({ faults: true });
    afterEach(() => {
      harness.api.reset();
      harness.logs.length = 0;
      return harness.faults?.heal();
    });

    it.each(FAULTS)('DynamoDB %s: the confirmed booking is booked once at the API and announced', async (fault) => {
      await breakStore(harness.faults as FaultyDynamo, fault);
      const response = await harness.invoke(
        build('order-ride', withConfirmation('CONFIRMED'), withAccessToken(harness.api.validToken)),
      );
      expect(speechOf(response)).toMatch(/^Your ride is booked\./);
      expect(harness.api.rides.size).toBe(1);
      const messages = harness.logs.map((line) => (JSON.parse(line) as { message: string }).message);
      expect(messages).toEqual(expect.arrayContaining(['could not save preferences']));
    });
  });
});
