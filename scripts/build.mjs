// Bundles the two Lambda functions with esbuild: the skill (CJS) and the linked service (ESM, because
// oidc-provider is ESM-only). Each output folder gets a package.json that states its module type.
// Usage: node scripts/build.mjs [skill|service ...] [--outdir <folder>]  (default folder: dist/<name>;
// --outdir takes exactly one name, so a deploy build never replaces the dist/ folder others may be running).
import { mkdir, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outdirAt = args.indexOf('--outdir');
const outdirArg = outdirAt >= 0 ? args.splice(outdirAt, 2)[1] : undefined;
const only = args;
if (outdirAt >= 0 && (outdirArg === undefined || only.length !== 1)) {
  console.error('build: --outdir <folder> needs exactly one target, e.g. `node scripts/build.mjs skill --outdir out`');
  process.exit(1);
}

const targets = {
  skill: {
    entry: 'lambda/index.ts',
    format: 'cjs',
    packageJson: { type: 'commonjs' },
    // Loaded with import() on first use: bundled as separate files so a cold start that never calls out
    // (link response, help, stop) does not even parse them.
    lazyVendors: {
      '@aws-sdk/client-dynamodb': 'vendor/client-dynamodb.js',
      '@aws-sdk/client-ssm': 'vendor/client-ssm.js',
      'ask-sdk-model': 'vendor/ask-sdk-model.js',
    },
    // ask-sdk-core requires ask-sdk-model (62 KB of service clients) as it loads, for one class it builds only for
    // a skill with an API client, which this one has not: a stand-in defers the real module to that moment.
    deferredRequires: { 'ask-sdk-model': 'vendor/ask-sdk-model.js' },
    // Every speech catalog but English in a file of its own, required when a request first speaks its language.
    lazyCatalogs: { module: 'lambda/prompts/languages.ts', sources: 'lambda/prompts', folder: 'prompts' },
    // A real import() of a CommonJS chunk goes through Node's ESM loader, which sees only `default` (the
    // chunk's exports are not statically detectable), so `sdk.DynamoDBClient` would be undefined. Compiled to
    // Promise.resolve().then(() => require(...)) instead: still loaded on first use, with named exports.
    supported: { 'dynamic-import': false },
  },
  service: {
    entry: 'service/index.ts',
    format: 'esm',
    // argon2 is a native module: it ships beside the bundle in node_modules (see service/README.md).
    external: ['@node-rs/argon2'],
    banner:
      "import { createRequire as __rhCreateRequire } from 'node:module'; const require = __rhCreateRequire(import.meta.url);",
    packageJson: { type: 'module', dependencies: { '@node-rs/argon2': '2.2.1' } },
  },
};

/** A pattern that matches exactly this package name. */
function exactly(name) {
  return new RegExp(`^${name.replace(/[/.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** How a file loaded on first use (a vendor package, a language's catalog) is bundled: CommonJS, minified. */
const CHUNK_OPTIONS = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
};

async function exists(path) {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Resolves the lazily imported packages to their separate vendor files, left as runtime requires. */
function lazyVendorPlugin(vendors) {
  return {
    name: 'lazy-vendor',
    setup(builder) {
      for (const [pkg, file] of Object.entries(vendors)) {
        builder.onResolve({ filter: exactly(pkg) }, () => ({ path: `./${file}`, external: true }));
      }
    },
  };
}

/**
 * Replaces a package that ask-sdk-core requires at load time with a stand-in whose only member, the service client
 * factory, requires the real package (built as a vendor file) when it is first constructed.
 */
function deferredRequirePlugin(deferred) {
  return {
    name: 'deferred-require',
    setup(builder) {
      builder.onResolve({ filter: /^\.\/vendor\//, namespace: 'deferred-require' }, (args) => ({
        path: args.path,
        external: true,
      }));
      for (const [pkg, file] of Object.entries(deferred)) {
        builder.onResolve({ filter: exactly(pkg) }, (args) =>
          args.namespace === 'deferred-require' ? undefined : { path: pkg, namespace: 'deferred-require' },
        );
        builder.onLoad({ filter: /.*/, namespace: 'deferred-require' }, () => ({
          contents: `
            let real;
            const load = () => (real ??= require(${JSON.stringify(`./${file}`)}));
            module.exports = {
              services: {
                ServiceClientFactory: function ServiceClientFactory(options) {
                  return new (load().services.ServiceClientFactory)(options);
                },
              },
            };`,
          loader: 'js',
        }));
      }
    },
  };
}

/** The language codes with a catalog file of their own (`<xx>.ts`), English excepted: it is the fallback. */
async function catalogLanguages(sources) {
  const files = await readdir(join(root, sources));
  return files.flatMap((file) => (/^[a-z]{2}\.ts$/.test(file) && file !== 'en.ts' ? [file.slice(0, 2)] : []));
}

/**
 * Replaces the module that hands out catalogs with one that requires each language's file on first use. A plain
 * require inside a function keeps the file out of the bundle and out of the cold start, and gives the catalog as a
 * named export (an import() of a CommonJS chunk would expose only `default`). A missing file (a broken package)
 * logs and falls back to English rather than failing the request.
 */
function lazyCatalogPlugin(catalogs, languages) {
  const files = Object.fromEntries(languages.map((language) => [language, `./${catalogs.folder}/${language}.js`]));
  const contents = `
    const FILES = ${JSON.stringify(files)};
    const loaded = new Map();
    function load(language) {
      if (!Object.hasOwn(FILES, language)) return undefined;
      try {
        return require(FILES[language])[language];
      } catch (error) {
        console.error(JSON.stringify({ level: 'error', message: 'catalog missing, speaking English', language }));
        return undefined;
      }
    }
    export function languageCatalog(language) {
      if (!loaded.has(language)) loaded.set(language, load(language));
      return loaded.get(language);
    }`;
  const module = join(root, catalogs.module);
  return {
    name: 'lazy-catalogs',
    setup(builder) {
      builder.onLoad({ filter: /[\\/]prompts[\\/]languages\.ts$/ }, (args) =>
        args.path === module ? { contents, loader: 'js', resolveDir: dirname(module) } : undefined,
      );
    },
  };
}

async function buildCatalogs(outdir, catalogs, languages) {
  for (const language of languages) {
    await build({
      entryPoints: [join(root, catalogs.sources, `${language}.ts`)],
      outfile: join(outdir, catalogs.folder, `${language}.js`),
      ...CHUNK_OPTIONS,
      charset: 'utf8',
    });
  }
}

async function buildVendors(outdir, vendors) {
  for (const [pkg, file] of Object.entries(vendors)) {
    await build({
      stdin: {
        contents: `module.exports = require(${JSON.stringify(pkg)});`,
        resolveDir: root,
        loader: 'js',
      },
      outfile: join(outdir, file),
      ...CHUNK_OPTIONS,
    });
  }
}

for (const [name, target] of Object.entries(targets)) {
  if (only.length > 0 && !only.includes(name)) continue;
  if (!(await exists(join(root, target.entry)))) {
    console.error(`build: ${target.entry} not found`);
    process.exit(1);
  }
  const outdir = outdirArg === undefined ? join(root, 'dist', name) : resolve(outdirArg);
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const started = performance.now();
  const languages = target.lazyCatalogs ? await catalogLanguages(target.lazyCatalogs.sources) : [];
  const plugins = [
    ...(target.deferredRequires ? [deferredRequirePlugin(target.deferredRequires)] : []),
    ...(target.lazyVendors ? [lazyVendorPlugin(target.lazyVendors)] : []),
    ...(target.lazyCatalogs ? [lazyCatalogPlugin(target.lazyCatalogs, languages)] : []),
  ];
  const result = await build({
    entryPoints: [join(root, target.entry)],
    outfile: join(outdir, 'index.js'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: target.format,
    minify: true,
    // Error class names end up in logs and in the errors Lambda reports; keep them readable.
    keepNames: true,
    sourcemap: true,
    external: target.external ?? [],
    plugins,
    supported: target.supported,
    banner: target.banner ? { js: target.banner } : undefined,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  if (target.lazyVendors) await buildVendors(outdir, target.lazyVendors);
  if (target.lazyCatalogs) await buildCatalogs(outdir, target.lazyCatalogs, languages);
  await writeFile(
    join(outdir, 'package.json'),
    `${JSON.stringify({ private: true, ...target.packageJson }, null, 2)}\n`,
  );
  await writeFile(join(outdir, 'meta.json'), JSON.stringify(result.metafile));
  const { size } = await stat(join(outdir, 'index.js'));
  console.log(
    `build: ${relative(process.cwd(), join(outdir, 'index.js'))} ${(size / 1024).toFixed(0)} KiB in ${(performance.now() - started).toFixed(0)} ms`,
  );
}
