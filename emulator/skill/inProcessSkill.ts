import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { loadConfig, type SkillConfig } from '../../lambda/config';
import { createDeps, type SkillDeps } from '../../lambda/deps';
import { lazyDynamo } from '../../lambda/persistence/dynamo';
import { ensureSkillTable } from '../../lambda/persistence/table';
import { buildSkill } from '../../lambda/skill';
import type { SkillInvoker } from '../conversation/types';

/** The real skill, built in this process from an environment like the Lambda's. */
export interface InProcessSkill {
  invoke: SkillInvoker;
  config: SkillConfig;
}

/**
 * Builds the skill through its own composition root (`buildSkill(createDeps(loadConfig(env)))`) and, when a
 * local DynamoDB endpoint is configured, creates the skill table first.
 */
export async function startInProcessSkill(
  env: Record<string, string | undefined>,
  overrides: Partial<SkillDeps> = {},
): Promise<InProcessSkill> {
  const config = loadConfig(env);
  if (config.dynamodbEndpoint !== undefined) {
    const dynamo = lazyDynamo({
      region: config.awsRegion,
      endpoint: config.dynamodbEndpoint,
      table: config.skillTable,
    });
    await ensureSkillTable(await dynamo());
  }
  const skill = buildSkill(createDeps(config, overrides));
  const invoke = (request: RequestEnvelope) => skill.invoke(request) as Promise<ResponseEnvelope>;
  return { invoke, config };
}
