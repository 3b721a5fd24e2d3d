import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { loadConfig } from '../../lambda/config';
import { createDeps } from '../../lambda/deps';
import { createLogger } from '../../lambda/logger';
import { buildSkill } from '../../lambda/skill';
import { MemoryGateway } from './memoryGateway';

/** The real skill wired to an in-memory gateway and no persistence: for handler unit tests. */
export function unitSkill() {
  const gateway = new MemoryGateway();
  const logs: string[] = [];
  const config = loadConfig({ RIDE_HAILER_API_URL: 'http://127.0.0.1:9', LOG_LEVEL: 'debug' });
  const skill = buildSkill(
    createDeps(config, {
      ridesFor: () => gateway,
      persistence: undefined,
      logger: createLogger('debug', {}, (line) => logs.push(line)),
    }),
  );
  return { gateway, logs, invoke: (envelope: RequestEnvelope): Promise<ResponseEnvelope> => skill.invoke(envelope) };
}
