import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..', '..', '..');
const modules = join(root, 'node_modules');

/** A bundle folder shaped like build.mjs output: index.js, package.json, a vendor chunk and meta.json. */
function bundleDir(dependencies: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'rh-package-'));
  mkdirSync(join(dir, 'vendor'));
  writeFileSync(join(dir, 'index.js'), 'export const handler = async () => "ok";\n'.repeat(50));
  writeFileSync(join(dir, 'vendor', 'chunk.js'), 'module.exports = 42;\n');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module', dependencies }));
  writeFileSync(join(dir, 'meta.json'), '{"inputs":{}}');
  return dir;
}

function pack(target: string, from: string, out: string, extra: string[] = []) {
  return run(process.execPath, [join(root, 'scripts', 'package.mjs'), target, '--from', from, '--out', out, ...extra]);
}

/** Python's zipfile reads the zip independently of our writer: names, Unix modes and extracted bytes. */
async function unzip(zip: string): Promise<{ entries: { name: string; mode: string }[]; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'rh-unzip-'));
  const { stdout } = await run('python3', [
    '-c',
    'import json,sys,zipfile; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; z.extractall(sys.argv[2]); print(json.dumps([{"name":i.filename,"mode":oct(i.external_attr>>16)} for i in z.infolist()]))',
    zip,
    dir,
  ]);
  return { entries: JSON.parse(stdout), dir };
}

describe('scripts/package.mjs', () => {
  it('zips a bundle without its build metadata, readable by another zip reader, with rw-r--r-- files', async () => {
    const from = bundleDir();
    const out = join(mkdtempSync(join(tmpdir(), 'rh-zip-')), 'skill.zip');
    await pack('skill', from, out);
    const { entries, dir } = await unzip(out);
    expect(entries.map((e) => e.name)).toEqual(['index.js', 'package.json', 'vendor/chunk.js']);
    expect(new Set(entries.map((e) => e.mode))).toEqual(new Set(['0o100644']));
    expect(readFileSync(join(dir, 'index.js'), 'utf8')).toBe(readFileSync(join(from, 'index.js'), 'utf8'));
    expect(readFileSync(join(dir, 'vendor', 'chunk.js'), 'utf8')).toBe('module.exports = 42;\n');
  });

  it('gives the same bytes for the same files whatever their times, so an unchanged bundle keeps its upload key', async () => {
    const from = bundleDir();
    const work = mkdtempSync(join(tmpdir(), 'rh-zip-'));
    await pack('skill', from, join(work, 'a.zip'));
    utimesSync(join(from, 'index.js'), new Date('2001-02-03T04:05:06Z'), new Date('2001-02-03T04:05:06Z'));
    await pack('skill', from, join(work, 'b.zip'));
    expect(readFileSync(join(work, 'a.zip')).equals(readFileSync(join(work, 'b.zip')))).toBe(true);
  });

  it('puts @node-rs/argon2 and its x86_64 glibc binding beside the service bundle', async () => {
    const from = bundleDir({ '@node-rs/argon2': '2.2.1' });
    const out = join(mkdtempSync(join(tmpdir(), 'rh-zip-')), 'service.zip');
    await pack('service', from, out);
    const { entries, dir } = await unzip(out);
    const names = entries.map((e) => e.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'index.js',
        'package.json',
        'node_modules/@node-rs/argon2/package.json',
        'node_modules/@node-rs/argon2/index.js',
        'node_modules/@node-rs/argon2-linux-x64-gnu/package.json',
        'node_modules/@node-rs/argon2-linux-x64-gnu/argon2.linux-x64-gnu.node',
      ]),
    );
    expect(names).not.toContain('meta.json');
    const binding = join(dir, 'node_modules/@node-rs/argon2-linux-x64-gnu/argon2.linux-x64-gnu.node');
    expect(statSync(binding).size).toBe(
      statSync(join(modules, '@node-rs/argon2-linux-x64-gnu/argon2.linux-x64-gnu.node')).size,
    );
  });

  it('refuses a service zip without the Linux x86_64 binding and says how to add it', async () => {
    const from = bundleDir({ '@node-rs/argon2': '2.2.1' });
    const onlyJs = mkdtempSync(join(tmpdir(), 'rh-modules-'));
    cpSync(join(modules, '@node-rs', 'argon2'), join(onlyJs, '@node-rs', 'argon2'), { recursive: true });
    const out = join(mkdtempSync(join(tmpdir(), 'rh-zip-')), 'service.zip');
    const failure = await pack('service', from, out, ['--modules', onlyJs]).catch((error) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect(failure.stderr).toContain('@node-rs/argon2-linux-x64-gnu is not installed');
    expect(failure.stderr).toContain('npm install --no-save --force @node-rs/argon2-linux-x64-gnu@2.2.1');
    expect(() => statSync(out)).toThrow();
  });

  it('refuses a binding whose version differs from the one the bundle was built against', async () => {
    const from = bundleDir({ '@node-rs/argon2': '2.2.0' });
    const out = join(mkdtempSync(join(tmpdir(), 'rh-zip-')), 'service.zip');
    const failure = await pack('service', from, out).catch((error) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect(failure.stderr).toContain('@node-rs/argon2 2.2.1 is installed, the bundle needs 2.2.0');
  });
});
