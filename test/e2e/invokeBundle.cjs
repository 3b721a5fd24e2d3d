// Loads a shipped skill bundle the way Lambda does (CommonJS require of <bundle dir>/index.js, in a process of
// its own) and invokes its handler once per envelope read from the JSON file in argv[3]; writes the responses
// to argv[4]. argv[2] is the bundle folder: dist/skill or an unpacked deploy zip.
const { readFileSync, writeFileSync } = require('node:fs');
const { join, resolve } = require('node:path');

const { handler } = require(join(resolve(process.argv[2]), 'index.js'));
const envelopes = JSON.parse(readFileSync(process.argv[3], 'utf8'));

(async () => {
  const results = [];
  for (const envelope of envelopes) {
    const started = process.hrtime.bigint();
    const response = await handler(envelope, { functionName: 'ride-hailer-skill', awsRequestId: 'local' });
    results.push({ response, ms: Number(process.hrtime.bigint() - started) / 1e6 });
  }
  writeFileSync(process.argv[4], JSON.stringify(results));
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
