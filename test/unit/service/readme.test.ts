import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';

const config = readFileSync('service/config.ts', 'utf8');
const readme = readFileSync('service/README.md', 'utf8');

describe('service/README.md', () => {
  it('documents exactly the variables config.ts reads', () => {
    const read = [...config.matchAll(/\(env, '([A-Z_]+)'/g)].map((m) => m[1]);
    const table = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('## Deploy'));
    const documented = [...table.matchAll(/^\| `([A-Z_]+)` \|/gm)].map((m) => m[1]);
    expect([...new Set(read)].sort()).toEqual([...new Set(documented)].sort());
  });

  it('has the "Refresh-token policy" section', () => {
    expect(readme).toContain('## Refresh-token policy');
  });
});
