// Writes the deployable zips from the bundles `node scripts/build.mjs` made (`npm run build` runs both):
//   dist/skill.zip    the skill bundle; hooks/build.sh makes the zip `ask deploy` uploads the same way
//   dist/service.zip  the service bundle plus the native @node-rs/argon2 for x86_64 Linux glibc, the
//                     architecture infrastructure/service-stack.yaml gives the service function
// Usage: node scripts/package.mjs [skill|service ...] [--from <bundle folder>] [--out <zip>] [--modules <dir>]
// (--from and --out take exactly one target; --modules is where @node-rs packages are copied from.)
import { existsSync, readFileSync } from 'node:fs';
import { rm, stat } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { filesUnder, writeZip } from './package/zip.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The argon2 binding that matches the service function's architecture (x86_64) and Lambda's glibc. */
export const SERVICE_NATIVE_PACKAGE = '@node-rs/argon2-linux-x64-gnu';
const ARGON2 = '@node-rs/argon2';

/** Build output that is not needed at run time. */
const notShipped = (name) => name === 'meta.json';

class PackageError extends Error {}

function versionOf(dir) {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).version;
}

async function packageFiles(modules, name) {
  const dir = join(modules, name);
  return (await filesUnder(dir)).map((file) => ({ name: `node_modules/${name}/${file}`, path: join(dir, file) }));
}

/** The service zip's files: the bundle, then @node-rs/argon2 and its native binding beside it in node_modules. */
async function serviceFiles(from, modules) {
  const wanted = JSON.parse(readFileSync(join(from, 'package.json'), 'utf8')).dependencies?.[ARGON2];
  for (const name of [ARGON2, SERVICE_NATIVE_PACKAGE]) {
    if (!existsSync(join(modules, name, 'package.json'))) {
      throw new PackageError(
        `${name} is not installed (npm installs only the binding of the machine it runs on); add it with ` +
          `\`npm install --no-save --force ${name}@${wanted}\` and build again`,
      );
    }
    if (versionOf(join(modules, name)) !== wanted) {
      throw new PackageError(`${name} ${versionOf(join(modules, name))} is installed, the bundle needs ${wanted}`);
    }
  }
  const bundle = (await filesUnder(from, notShipped)).map((name) => ({ name, path: join(from, name) }));
  return [
    ...bundle,
    ...(await packageFiles(modules, ARGON2)),
    ...(await packageFiles(modules, SERVICE_NATIVE_PACKAGE)),
  ];
}

async function skillFiles(from) {
  return (await filesUnder(from, notShipped)).map((name) => ({ name, path: join(from, name) }));
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { from: { type: 'string' }, out: { type: 'string' }, modules: { type: 'string' } },
});
const targets = positionals.length > 0 ? positionals : ['skill', 'service'];
if ((values.from || values.out) && targets.length !== 1) {
  console.error('package: --from and --out need exactly one target, e.g. `node scripts/package.mjs skill --out x.zip`');
  process.exit(1);
}
const modules = resolve(values.modules ?? join(root, 'node_modules'));
let failed = false;
for (const target of targets) {
  const from = resolve(values.from ?? join(root, 'dist', target));
  const out = resolve(values.out ?? join(root, 'dist', `${target}.zip`));
  await rm(out, { force: true });
  try {
    if (!existsSync(join(from, 'index.js'))) throw new PackageError(`${from}/index.js is missing: run the build first`);
    const files = target === 'service' ? await serviceFiles(from, modules) : await skillFiles(from);
    await writeZip(out, files);
    const { size } = await stat(out);
    console.log(`package: ${relative(process.cwd(), out)} ${(size / 1024).toFixed(0)} KiB, ${files.length} files`);
  } catch (error) {
    if (!(error instanceof PackageError)) throw error;
    console.error(`package: ${relative(process.cwd(), out)} not written: ${error.message}`);
    // Named explicitly, a missing zip is a failure; as part of `npm run build` on a machine that cannot make
    // the service zip (macOS, arm64), the build still succeeds and the deploy's zip check says what to do.
    failed ||= positionals.length > 0 || target === 'skill';
  }
}
process.exit(failed ? 1 : 0);
