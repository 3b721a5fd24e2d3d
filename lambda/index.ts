import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { loadConfig } from './config';
import { createDeps } from './deps';
import { buildSkill, type RideHailerSkill } from './skill';

let skill: RideHailerSkill | undefined;

/**
 * The Lambda edge. Async two-argument form (never ask-sdk's callback-style `.lambda()`, which the
 * nodejs24.x runtime rejects). Configuration is read and validated on the first invocation.
 */
export const handler = async (event: RequestEnvelope, context: Context): Promise<ResponseEnvelope> => {
  skill ??= buildSkill(createDeps(loadConfig(process.env)));
  return skill.invoke(event, context);
};
