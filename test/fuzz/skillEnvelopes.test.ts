import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { readRequestEnvelope } from '../../lambda/envelope';
import { MalformedRequestError } from '../../lambda/errors';
import { expectValidAlexaResponse } from '../helpers/fuzz/alexaResponse';
import { envelopeChanges, envelopeFrom } from '../helpers/fuzz/envelopes';
import { fuzzParameters, fuzzTimeout } from '../helpers/fuzz/settings';
import { unitSkill } from '../helpers/unitSkill';

describe('generated request envelopes into the skill (fast-check, seeded)', () => {
  it(
    'the edge refuses what is not an envelope with MalformedRequestError; the skill answers the rest validly',
    async () => {
      const skill = unitSkill();
      let answered = 0;
      await fc.assert(
        fc.asyncProperty(envelopeChanges, async (changes) => {
          skill.gateway.current = null;
          skill.logs.length = 0;
          const event = envelopeFrom(changes, skill.gateway.validToken);
          let envelope: ReturnType<typeof readRequestEnvelope>;
          try {
            envelope = readRequestEnvelope(event);
          } catch (error) {
            expect(error).toBeInstanceOf(MalformedRequestError);
            return;
          }
          expectValidAlexaResponse(await skill.invoke(envelope));
          answered += 1;
        }),
        fuzzParameters(2000),
      );
      // Most generated events must get past the edge, or the property says little about the handlers.
      expect(answered).toBeGreaterThan(fuzzParameters(2000).numRuns! / 2);
    },
    fuzzTimeout(60_000),
  );
});
