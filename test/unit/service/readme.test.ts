import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { SECRET_VARIABLES } from '../../../service/secrets';

const config = readFileSync('service/config.ts', 'utf8');
const readme = readFileSync('service/README.md', 'utf8');

describe('service/README.md', () => {
  it('documents exactly the variables config.ts reads, and the parameter names secrets.ts reads on Lambda', () => {
    const read = [
      ...[...config.matchAll(/\(env, '([A-Z_]+)'/g)].map((m) => m[1]),
      ...SECRET_VARIABLES.map((variable) => `${variable}_PARAMETER`),
    ];
    const table = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('## Deploy'));
    const documented = [...table.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect([...new Set(read)].sort()).toEqual([...new Set(documented)].sort());
  });

  it('states the local default of every numeric variable as config.ts parses it', () => {
    const defaults = [...config.matchAll(/integer\(env, '([A-Z_]+)', ([\d_]+),/g)];
    expect(defaults.length).toBeGreaterThanOrEqual(5);
    for (const [, name, value] of defaults) {
      const row = new RegExp(`^\\| \`${name}\` \\| \`([^\`]+)\` \\|`, 'm').exec(readme);
      expect([name, row?.[1]]).toEqual([name, value?.replaceAll('_', '')]);
    }
  });

  it('has the "Refresh-token policy" section', () => {
    expect(readme).toContain('## Refresh-token policy');
  });
});
