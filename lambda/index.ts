import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { loadConfig } from './config';
import { createDeps, type SkillDeps } from './deps';
import { readRequestEnvelope } from './envelope';
import { describeError } from './logger';
import { buildSkill, type RideHailerSkill } from './skill';

let skill: { deps: SkillDeps; instance: RideHailerSkill } | undefined;

/**
 * The Lambda edge. Async two-argument form (never ask-sdk's callback-style `.lambda()`, which the
 * nodejs24.x runtime rejects). Configuration is read and validated on the first invocation; an event that is
 * not an Alexa request envelope fails with MalformedRequestError, one in the older format (no `context`) is
 * answered from its session.
 */
export const handler = async (event: RequestEnvelope, context: Context): Promise<ResponseEnvelope> => {
  if (skill === undefined) {
    const deps = createDeps(loadConfig(process.env));
    skill = { deps, instance: buildSkill(deps) };
  }
  let envelope: RequestEnvelope;
  try {
    envelope = readRequestEnvelope(event);
  } catch (error) {
    skill.deps.logger.error('rejected event', { error: describeError(error) });
    throw error;
  }
  return skill.instance.invoke(envelope, context);
};
