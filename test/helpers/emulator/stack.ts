import { loadEmulatorConfig } from '../../../emulator/config';
import { EPHEMERAL_STACK, type Stack, type StackOptions, startStack } from '../../../emulator/stack/startStack';

/** A whole emulator stack on free loopback ports, in memory, quiet. */
export function startTestStack(overrides: Partial<StackOptions> = {}): Promise<Stack> {
  return startStack({ ...loadEmulatorConfig({}), ...EPHEMERAL_STACK, ...overrides });
}
