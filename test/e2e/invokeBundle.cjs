// Loads a shipped skill bundle the way Lambda does (CommonJS require of <bundle dir>/index.js, in a process of
// its own) and invokes its handler once per envelope read from the JSON file in argv[3]; writes the responses
// to argv[4], each with the bundle's own files loaded so far. argv[2] is the bundle folder: dist/skill or an
// unpacked deploy zip. An array of envelopes in the list is invoked concurrently, as Lambda does with overlapping
// requests on warm instances of one process.
const { readFileSync, writeFileSync } = require('node:fs');
const { join, relative, resolve } = require('node:path');

const bundleDir = resolve(process.argv[2]);
const { handler } = require(join(bundleDir, 'index.js'));
const loadedFiles = () =>
  Object.keys(require.cache)
    .filter((file) => file.startsWith(`${bundleDir}/`))
    .map((file) => relative(bundleDir, file))
    .sort();
const envelopes = JSON.parse(readFileSync(process.argv[3], 'utf8'));

(async () => {
  const results = [];
  const invoke = async (envelope) => {
    const started = process.hrtime.bigint();
    const response = await handler(envelope, { functionName: 'ride-hailer-skill', awsRequestId: 'local' });
    return { response, ms: Number(process.hrtime.bigint() - started) / 1e6, loaded: loadedFiles() };
  };
  for (const entry of envelopes) {
    if (Array.isArray(entry)) results.push(...(await Promise.all(entry.map(invoke))));
    else results.push(await invoke(entry));
  }
  writeFileSync(process.argv[4], JSON.stringify(results));
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
