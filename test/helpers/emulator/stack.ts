import { loadEmulatorConfig } from '../../../emulator/config';
import { type Stack, type StackOptions, startStack } from '../../../emulator/stack/startStack';

/** A whole emulator stack on free loopback ports, in memory, quiet. */
export function startTestStack(overrides: Partial<StackOptions> = {}): Promise<Stack> {
  return startStack({
    ...loadEmulatorConfig({}),
    emulatorPort: 0,
    servicePort: 0,
    lwaPort: 0,
    dataDir: 'memory',
    skillLogLevel: 'silent',
    serviceLogLevel: 'silent',
    ...overrides,
  });
}
