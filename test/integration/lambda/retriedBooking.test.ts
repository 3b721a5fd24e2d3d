import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { RequestEnvelope } from 'ask-sdk-model';
import { loadConfig } from '../../../lambda/config';
import { createDeps } from '../../../lambda/deps';
import { lazyDynamo } from '../../../lambda/persistence/dynamo';
import { ensureSkillTable } from '../../../lambda/persistence/table';
import { buildSkill, type RideHailerSkill } from '../../../lambda/skill';
import { keysStartingWith, type LocalDynamo, startDynalite } from '../../helpers/dynalite';
import type { FaultyDynamo } from '../../helpers/faultyDynamo';
import { build, withAccessToken, withConfirmation, withSlots } from '../../helpers/requests';
import { type FaultyService, startFaultyService } from '../../helpers/service/faultyService';
import { obtainTokens } from '../../helpers/service/link';
import { speechOf, useSkillHarness } from '../../helpers/skillHarness';

const isPutOf = (prefix: string) => (call: { operation: string; body: Record<string, unknown> }) =>
  call.operation === 'PutItem' && JSON.stringify(call.body).includes(`"S":"${prefix}`);

/**
 * Alexa resends a request whose answer is slow. The first attempt is held at its booking write (the proxy keeps
 * that one DynamoDB call waiting) while the retry runs from start to end; then the first goes on.
 */
async function firstHeldWhileRetryRuns(
  faults: FaultyDynamo,
  prefix: string,
  invoke: (envelope: RequestEnvelope) => Promise<unknown>,
  request: RequestEnvelope,
): Promise<[string, string]> {
  faults.fail({ fault: 'hold', times: 1, match: isPutOf(prefix) });
  const first = invoke(structuredClone(request));
  await faults.held();
  const retry = speechOf((await invoke(structuredClone(request))) as never);
  faults.release();
  return [speechOf((await first) as never), retry];
}

describe('a booking Alexa retries while the first attempt is still running', () => {
  describe('Ride Hailer mode: the service books once per Idempotency-Key', () => {
    let service: FaultyService;
    let skillDb: LocalDynamo;
    let skill: RideHailerSkill;
    let token: string;

    beforeAll(async () => {
      [service, skillDb] = await Promise.all([startFaultyService(), startDynalite()]);
      token = (await obtainTokens(service)).access_token;
      const config = loadConfig({
        LINKED_SERVICE: 'ridehailer',
        RIDE_HAILER_API_URL: service.url,
        SKILL_TABLE: 'retried-booking',
        DYNAMODB_ENDPOINT: skillDb.endpoint,
        LOG_LEVEL: 'silent',
      });
      await ensureSkillTable(
        await lazyDynamo({ region: 'us-east-1', endpoint: skillDb.endpoint, table: config.skillTable })(),
      );
      skill = buildSkill(createDeps(config));
    });
    afterAll(async () => {
      await service.close();
      await skillDb.close();
    });

    it('books exactly once, and both answers say the same ride', async () => {
      const yes = build('order-ride', withSlots({ destination: 'the harbour' }), withConfirmation('CONFIRMED'));
      const [first, retry] = await firstHeldWhileRetryRuns(
        service.faults,
        'Ride#',
        (envelope) => skill.invoke(envelope),
        withAccessToken(token)(yes),
      );
      expect(retry).toMatch(/^Your ride is booked\./);
      expect(first).toBe(retry);
      expect(await keysStartingWith(service.storeEndpoint, service.table, 'Ride#')).toHaveLength(1);
    });
  });

  describe('LWA mode: the skill books once per request id in its own table', () => {
    const harness = useSkillHarness({ linkedService: 'lwa', faults: true });

    it('books exactly once, and both answers say the same ride', async () => {
      const yes = build('order-ride', withSlots({ destination: 'the harbour' }), withConfirmation('CONFIRMED'));
      const [first, retry] = await firstHeldWhileRetryRuns(
        harness.faults as FaultyDynamo,
        'booking#',
        (envelope) => harness.invoke(envelope),
        withAccessToken(harness.api.validToken)(yes),
      );
      expect(retry).toMatch(/^Your ride is booked\./);
      expect(first).toBe(retry);
      const table = harness.deps.config.skillTable;
      expect(await keysStartingWith(harness.dynamo.endpoint, table, 'booking#')).toHaveLength(1);
    });
  });
});
