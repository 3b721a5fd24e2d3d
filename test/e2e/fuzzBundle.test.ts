import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { RequestEnvelope } from 'ask-sdk-model';
import fc from 'fast-check';
import { readRequestEnvelope } from '../../lambda/envelope';
import { lazyDynamo } from '../../lambda/persistence/dynamo';
import { ensureSkillTable } from '../../lambda/persistence/table';
import { type LocalDynamo, startDynalite } from '../helpers/dynalite';
import { type FakeLinkedService, startFakeLinkedService } from '../helpers/fakeLinkedService';
import { expectValidAlexaResponse } from '../helpers/fuzz/alexaResponse';
import { envelopeChanges, envelopeFrom } from '../helpers/fuzz/envelopes';
import { fuzzParameters, fuzzTimeout } from '../helpers/fuzz/settings';
import { DIST_SKILL, invokeBundle } from '../helpers/skillBundle';

const TOKEN = 'Atza|bundle-fuzz-secret-token';

/** A seeded sample of the generated envelopes, through the shipped dist/skill in one Lambda-like process. */
describe('generated request envelopes into dist/skill (fast-check sample, seeded)', () => {
  let api: FakeLinkedService;
  let local: LocalDynamo;
  beforeAll(async () => {
    [api, local] = await Promise.all([startFakeLinkedService(TOKEN), startDynalite()]);
    const dynamo = await lazyDynamo({ region: 'us-east-1', endpoint: local.endpoint, table: 'bundle-fuzz' })();
    await ensureSkillTable(dynamo);
    dynamo.client.destroy();
  });
  afterAll(() => Promise.all([api.close(), local.close()]));

  it.each(['ridehailer', 'lwa'])(
    'answers every envelope its edge accepts with a valid response (%s mode)',
    async (mode) => {
      const { seed, numRuns = 250 } = fuzzParameters(250);
      const events = fc
        .sample(envelopeChanges, { seed, numRuns })
        .map((changes) => envelopeFrom(changes, TOKEN))
        .filter((event: RequestEnvelope) => {
          try {
            readRequestEnvelope(event);
            return true;
          } catch {
            return false;
          }
        });
      expect(events.length).toBeGreaterThan(numRuns / 2);
      const run = await invokeBundle(DIST_SKILL, events, {
        LINKED_SERVICE: mode,
        RIDE_HAILER_API_URL: api.url,
        LWA_API_URL: api.url,
        SKILL_TABLE: 'bundle-fuzz',
        DYNAMODB_ENDPOINT: local.endpoint,
        LOG_LEVEL: 'silent',
      });
      expect(run.responses).toHaveLength(events.length);
      for (const response of run.responses) expectValidAlexaResponse(response);
    },
    fuzzTimeout(60_000),
  );
});
