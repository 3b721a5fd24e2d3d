import { afterAll, beforeAll } from '@jest/globals';
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { loadConfig } from '../../lambda/config';
import { createDeps, type SkillDeps } from '../../lambda/deps';
import { createLogger } from '../../lambda/logger';
import { lazyDynamo } from '../../lambda/persistence/dynamo';
import { ensureSkillTable } from '../../lambda/persistence/table';
import { buildSkill } from '../../lambda/skill';
import { type LocalDynamo, startDynalite } from './dynalite';
import { type FakeLinkedService, startFakeLinkedService } from './fakeLinkedService';
import { type FaultyDynamo, startFaultyDynamo } from './faultyDynamo';

export interface SkillHarness {
  api: FakeLinkedService;
  dynamo: LocalDynamo;
  /** The faulting proxy between the skill and dynalite, when the harness was started with `faults: true`. */
  faults: FaultyDynamo | undefined;
  /** Every log line the skill wrote, as JSON text. */
  logs: string[];
  deps: SkillDeps;
  invoke(envelope: RequestEnvelope): Promise<ResponseEnvelope>;
  close(): Promise<void>;
}

export interface HarnessOptions {
  linkedService?: 'ridehailer' | 'lwa';
  budgetMs?: number;
  env?: Record<string, string>;
  /** Puts a faulting proxy between the skill and dynalite (see faultyDynamo.ts). */
  faults?: boolean;
}

let tables = 0;

/** The real skill (buildSkill + createDeps) against a fake linked service on loopback and dynalite. */
export async function startSkillHarness(options: HarnessOptions = {}): Promise<SkillHarness> {
  const [api, dynamo] = await Promise.all([startFakeLinkedService(), startDynalite()]);
  tables += 1;
  const faults = options.faults ? await startFaultyDynamo(dynamo.endpoint) : undefined;
  const config = loadConfig({
    LINKED_SERVICE: options.linkedService ?? 'ridehailer',
    RIDE_HAILER_API_URL: api.url,
    LWA_API_URL: api.url,
    SKILL_TABLE: `skill-test-${tables}`,
    DYNAMODB_ENDPOINT: faults?.endpoint ?? dynamo.endpoint,
    LINKED_SERVICE_BUDGET_MS: String(options.budgetMs ?? 1500),
    LOG_LEVEL: 'debug',
    RIDE_HAILER_CLIENT_SECRET: 'test-client-secret',
    ...options.env,
  });
  await ensureSkillTable(
    await lazyDynamo({ region: 'us-east-1', endpoint: dynamo.endpoint, table: config.skillTable })(),
  );
  const logs: string[] = [];
  const deps = createDeps(config, { logger: createLogger('debug', {}, (line) => logs.push(line)) });
  const skill = buildSkill(deps);
  return {
    api,
    dynamo,
    faults,
    logs,
    deps,
    invoke: (envelope) => skill.invoke(envelope),
    close: async () => {
      await faults?.close();
      await Promise.all([api.close(), dynamo.close()]);
    },
  };
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'" };

/**
 * One harness for the whole test file: started before its first test, closed after its last. The returned
 * object is filled in when the harness starts, so use it inside tests and hooks only.
 */
export function useSkillHarness(options: HarnessOptions = {}): SkillHarness {
  const harness = {} as SkillHarness;
  beforeAll(async () => {
    Object.assign(harness, await startSkillHarness(options));
  });
  afterAll(() => harness.close());
  return harness;
}

/** The plain text of a response's speech: SSML tags removed, XML entities decoded. */
export function speechOf(response: ResponseEnvelope): string {
  const speech = response.response.outputSpeech;
  if (speech === undefined) return '';
  if (speech.type !== 'SSML') return speech.text;
  return speech.ssml
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|apos);/g, (entity) => ENTITIES[entity] ?? entity);
}
