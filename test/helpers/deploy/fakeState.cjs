// State shared by the fake `aws` and `ask` executables of the deploy tests: what exists in the pretend account
// (buckets, objects, parameters, stacks, the skill and its account-linking settings), every call, and the failure
// to play. Kept in $FAKE_STATE/state.json; calls are appended to $FAKE_STATE/calls.jsonl.
const fs = require('node:fs');
const path = require('node:path');

const dir = process.env.FAKE_STATE;
const file = path.join(dir, 'state.json');

function load() {
  return fs.existsSync(file)
    ? JSON.parse(fs.readFileSync(file, 'utf8'))
    : { buckets: {}, parameters: {}, stacks: {}, skill: {}, matches: {} };
}

function save(state) {
  fs.writeFileSync(file, JSON.stringify(state, null, 2));
}

function record(call) {
  fs.appendFileSync(path.join(dir, 'calls.jsonl'), `${JSON.stringify(call)}\n`);
}

/**
 * FAKE_FAIL="aws cloudformation deploy" fails the first call whose command line starts with it (after skipping
 * FAKE_FAIL_SKIP matching calls); the caller prints the error the real CLI would.
 */
function shouldFail(state, line) {
  const prefix = process.env.FAKE_FAIL;
  if (!prefix || !line.startsWith(prefix)) return false;
  state.matches[prefix] = (state.matches[prefix] ?? 0) + 1;
  save(state);
  return state.matches[prefix] === Number(process.env.FAKE_FAIL_SKIP ?? 0) + 1;
}

/** Ends the process like the CLI does on an error. */
function fail(message, status) {
  process.stderr.write(message);
  process.exit(status);
}

module.exports = { load, save, record, shouldFail, fail };
