// Bundles the two Lambda functions with esbuild: the skill (CJS) and the linked service (ESM, because
// oidc-provider is ESM-only). Each output folder gets a package.json that states its module type.
// Usage: node scripts/build.mjs [skill|service ...] [--outdir <folder>]  (default folder: dist/<name>;
// --outdir takes exactly one name, so a deploy build never replaces the dist/ folder others may be running).
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
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
      axios: 'vendor/axios.js',
      '@aws-sdk/client-dynamodb': 'vendor/client-dynamodb.js',
      '@aws-sdk/client-ssm': 'vendor/client-ssm.js',
    },
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

async function exists(path) {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/** Resolves the lazily imported packages to their separate vendor files, left as runtime requires. */
function lazyVendorPlugin(vendors) {
  const filter = new RegExp(
    `^(${Object.keys(vendors)
      .map((v) => v.replace(/[/.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|')})$`,
  );
  return {
    name: 'lazy-vendor',
    setup(builder) {
      builder.onResolve({ filter }, (args) => ({ path: `./${vendors[args.path]}`, external: true }));
    },
  };
}

/**
 * axios loads form-data (and with it the 180 KB mime-db) only to build multipart bodies, which the skill never
 * sends; a stub class keeps axios's FormData checks working and takes ~50 ms off the first linked request.
 */
const noMultipartPlugin = {
  name: 'no-multipart',
  setup(builder) {
    builder.onResolve({ filter: /^form-data$/ }, () => ({ path: 'form-data', namespace: 'no-multipart' }));
    builder.onLoad({ filter: /.*/, namespace: 'no-multipart' }, () => ({
      contents:
        'module.exports = class FormData { constructor() { throw new Error("multipart bodies are not supported"); } };',
      loader: 'js',
    }));
  },
};

/**
 * axios's fetch adapter reads the global Request/Response at load, which makes Node load undici (~35 ms); the
 * skill uses the http adapter only, so the fetch adapter is left out of the chunk.
 */
const noFetchAdapterPlugin = {
  name: 'no-fetch-adapter',
  setup(builder) {
    builder.onResolve({ filter: /^\.\/fetch\.js$/ }, (args) =>
      /axios[\\/]lib[\\/]adapters[\\/]adapters\.js$/.test(args.importer)
        ? { path: 'fetch-adapter', namespace: 'no-fetch-adapter' }
        : undefined,
    );
    builder.onLoad({ filter: /.*/, namespace: 'no-fetch-adapter' }, () => ({
      contents: 'export const getFetch = () => false; export default false;',
      loader: 'js',
    }));
  },
};

/**
 * axios's utils.js reads the global FormData at load, another trigger for undici. isFormData still recognises
 * FormData by its tag without the constructor. axios is pinned exactly; the build stops if the line changes.
 */
const FORM_DATA_GLOBAL = "const FormDataCtor = typeof G.FormData !== 'undefined' ? G.FormData : undefined;";
const lazyFormDataGlobalPlugin = {
  name: 'no-form-data-global',
  setup(builder) {
    builder.onLoad({ filter: /axios[\\/]lib[\\/]utils\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes(FORM_DATA_GLOBAL)) {
        throw new Error('axios/lib/utils.js changed: review the no-form-data-global step in scripts/build.mjs');
      }
      return { contents: source.replace(FORM_DATA_GLOBAL, 'const FormDataCtor = undefined;'), loader: 'js' };
    });
  },
};

/** How each lazily loaded package is bundled (axios from its ES sources, so the plugins above apply to them). */
const VENDOR_BUILDS = {
  axios: {
    // The package's ES sources (exported as axios/unsafe/*), required so the chunk's exports are axios itself.
    contents: "module.exports = require('axios/unsafe/axios.js').default;",
    plugins: [noMultipartPlugin, noFetchAdapterPlugin, lazyFormDataGlobalPlugin],
  },
};

async function buildVendors(outdir, vendors) {
  for (const [pkg, file] of Object.entries(vendors)) {
    const custom = VENDOR_BUILDS[pkg];
    await build({
      plugins: custom?.plugins ?? [],
      stdin: {
        contents: custom?.contents ?? `module.exports = require(${JSON.stringify(pkg)});`,
        resolveDir: root,
        loader: 'js',
      },
      outfile: join(outdir, file),
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      minify: true,
      legalComments: 'none',
      logLevel: 'warning',
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
    plugins: target.lazyVendors ? [lazyVendorPlugin(target.lazyVendors)] : [],
    supported: target.supported,
    banner: target.banner ? { js: target.banner } : undefined,
    legalComments: 'none',
    metafile: true,
    logLevel: 'warning',
  });
  if (target.lazyVendors) await buildVendors(outdir, target.lazyVendors);
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
