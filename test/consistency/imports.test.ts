import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

function sources(dir: string, extensions = /\.ts$/): string[] {
  return readdirSync(join(root, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && extensions.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

/** Every relative import of a file (static, dynamic or `require`), as a path from the repository root. */
function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/(?:from |import\(|require\()\s*'(\.[^']+)'/g)].map((match) =>
    relative(root, resolve(join(root, file, '..'), match[1] ?? '')),
  );
}

const under = (folder: string) => (path: string) => path === folder || path.startsWith(`${folder}/`);

describe('dependency rules', () => {
  it('lambda/ and service/ never import each other; both may import shared/', () => {
    for (const file of sources('lambda')) expect([file, importsOf(file).filter(under('service'))]).toEqual([file, []]);
    for (const file of sources('service')) expect([file, importsOf(file).filter(under('lambda'))]).toEqual([file, []]);
  });

  it('shared/ is pure: it imports nothing outside itself, no Node modules, no packages', () => {
    for (const file of sources('shared')) {
      const text = readFileSync(join(root, file), 'utf8');
      expect([file, [...text.matchAll(/from '([^.][^']*)'/g)].map((m) => m[1])]).toEqual([file, []]);
      expect([file, importsOf(file).filter((path) => !under('shared')(path))]).toEqual([file, []]);
    }
  });

  it('in emulator/, only the Ride Hailer composition module imports lambda/ or service/', () => {
    const composition = 'emulator/stack/startStack.ts';
    const project = (path: string) => under('lambda')(path) || under('service')(path);
    const files = sources('emulator', /\.(ts|mjs|cjs|js)$/);
    expect(files.length).toBeGreaterThan(100);
    for (const file of files.filter((name) => name !== composition)) {
      expect([file, importsOf(file).filter(project)]).toEqual([file, []]);
    }
    expect(importsOf(composition).filter(project).length).toBeGreaterThan(0);
  });
});
