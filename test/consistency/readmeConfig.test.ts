import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

/** The variables a config module reads, found by their quoted names in calls like optional(env, 'NAME'). */
function variablesRead(file: string): string[] {
  const source = readFileSync(join(root, file), 'utf8');
  return [...new Set([...source.matchAll(/\(env, '([A-Z][A-Z0-9_]+)'/g)].map((m) => m[1] as string))].sort();
}

function variablesDocumented(): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Configuration'), readme.indexOf('## Deploy'));
  return [...section.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \|/gm)].map((m) => m[1] as string).sort();
}

describe('the README configuration table', () => {
  it('documents exactly the variables lambda/config.ts reads', () => {
    const read = variablesRead('lambda/config.ts');
    expect(read.length).toBeGreaterThanOrEqual(9);
    expect(variablesDocumented()).toEqual(read);
  });
});
