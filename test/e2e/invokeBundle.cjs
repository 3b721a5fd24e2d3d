// Loads the shipped skill bundle the way Lambda does (CommonJS require of dist/skill/index.js) and invokes
// its handler once per envelope read from the JSON file in argv[2]; writes the responses to argv[3].
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const { handler } = require(join(__dirname, '..', '..', 'dist', 'skill', 'index.js'));
const envelopes = JSON.parse(readFileSync(process.argv[2], 'utf8'));

(async () => {
  const results = [];
  for (const envelope of envelopes) {
    const started = process.hrtime.bigint();
    const response = await handler(envelope, { functionName: 'ride-hailer-skill', awsRequestId: 'local' });
    results.push({ response, ms: Number(process.hrtime.bigint() - started) / 1e6 });
  }
  writeFileSync(process.argv[3], JSON.stringify(results));
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
