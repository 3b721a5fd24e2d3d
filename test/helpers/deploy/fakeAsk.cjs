// A stand-in for ASK CLI 2.30 on PATH: `ask deploy` (with SMAPI's refusal of an endpoint whose function does not
// exist, the cfn-deployer's stack, and the skill.json and ask-resources.json it rewrites) and the account-linking
// and delete-skill `ask smapi` commands, answering with the texts the real CLI prints.
const fs = require('node:fs');
const path = require('node:path');
const { load, save, record, shouldFail, fail } = require('./fakeState.cjs');

const SKILL_ID = 'amzn1.ask.skill.11111111-2222-4333-8444-555555555555';
const ACCOUNT = '123456789012';
const argv = process.argv.slice(2);
const opt = (...names) => {
  const at = argv.findIndex((arg) => names.includes(arg));
  return at < 0 ? undefined : argv[at + 1];
};
const readJson = (file) => JSON.parse(fs.readFileSync(file, 'utf8'));
const write = (file, value) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
};

const state = load();
const call = { cli: 'ask', args: argv };
if (argv[0] === 'deploy') {
  call.askResources = readJson('ask-resources.json');
  call.skillJson = readJson('skill-package/skill.json');
}
if (argv[1] === 'update-account-linking-info') {
  call.sent = readJson(opt('--account-linking-request').replace(/^file:/, ''));
}
record(call);
if (shouldFail(state, `ask ${argv.join(' ')}`)) {
  save(state);
  fail(
    argv[0] === 'deploy'
      ? '[Error]: The CloudFormation deploy failed for Alexa region "default": SkillFunction[AWS::Lambda::Function]  CREATE_FAILED (Resource handler returned message: "Rate exceeded")\n'
      : '[Error]: {\n  "message": "Access denied"\n}\n',
    1,
  );
}

function deploy() {
  const profile = opt('-p', '--profile') ?? 'default';
  const resources = call.askResources.profiles[profile];
  if (!resources) fail(`[Error]: Cannot find profile [${profile}] in ask-resources.json.\n`, 1);
  const manifest = call.skillJson.manifest;
  const known = state.skill.endpoint;
  for (const endpoint of [manifest.apis.custom.endpoint, manifest.events?.endpoint]) {
    if (endpoint && endpoint.uri !== known) {
      fail(
        `[Error]: {\n  "message": "The trigger setting for the Lambda ${endpoint.uri} is invalid. Error code: SkillManifestError"\n}\n`,
        1,
      );
    }
  }
  if (manifest.events && !manifest.events.endpoint) {
    fail(
      '[Error]: {\n  "message": "Object instance at property path \\"$.manifest.events\\" has missing required property: \\"endpoint\\""\n}\n',
      1,
    );
  }
  process.stdout.write(
    `Deploy configuration loaded from ask-resources.json\nDeploy project for profile [${profile}]\n\n`,
  );
  process.stdout.write('==================== Deploy Skill Metadata ====================\n');
  state.skill.id ??= SKILL_ID;
  process.stdout.write(`Skill package deployed successfully.\nSkill ID: ${state.skill.id}\n\n`);
  process.stdout.write(
    '==================== Build Skill Code ====================\nSkill code built successfully.\n\n',
  );
  process.stdout.write('==================== Deploy Skill Infrastructure ====================\n');
  const region = resources.skillInfrastructure.userConfig.awsRegion;
  const stackId = `arn:aws:cloudformation:${region}:${ACCOUNT}:stack/ask-RideHailer-default-skillStack-1700000000000/1`;
  const endpoint = `arn:aws:lambda:${region}:${ACCOUNT}:function:ask-RideHailer-default-skillStack-SkillFunction-AbC123`;
  state.skill.endpoint = endpoint;
  state.skill.parameters = resources.skillInfrastructure.userConfig.cfn.parameters;
  const outputs = [
    { OutputKey: 'SkillEndpoint', OutputValue: endpoint },
    { OutputKey: 'SkillTableName', OutputValue: 'ask-RideHailer-default-skillStack-SkillTable-9Z8Y7X' },
  ];
  state.stacks[stackId] = { status: 'CREATE_COMPLETE', parameters: state.skill.parameters, outputs };
  process.stdout.write(
    `  ✔ Deploy Alexa skill infrastructure for region "default"\n  The CloudFormation deploy succeeded for Alexa region "default" with output Lambda ARN: ${endpoint}.\n`,
  );
  process.stdout.write('Skill infrastructures deployed successfully through @ask-cli/cfn-deployer.\n');
  // Like the CLI: endpoints and events into skill.json, both files rewritten, the deploy state kept in .ask/.
  manifest.apis.custom.endpoint = { uri: endpoint };
  const events = resources.skillInfrastructure.userConfig.skillEvents;
  manifest.events = {
    ...manifest.events,
    endpoint: { uri: endpoint },
    subscriptions: events.subscriptions.map((eventName) => ({ eventName })),
  };
  write('skill-package/skill.json', call.skillJson);
  write('ask-resources.json', call.askResources);
  write('.ask/ask-states.json', {
    askcliStatesVersion: '2020-03-31',
    profiles: {
      [profile]: {
        skillId: state.skill.id,
        skillInfrastructure: {
          '@ask-cli/cfn-deployer': {
            deployState: {
              default: {
                s3: {
                  bucket: `ask-ridehailer-default-${region.replaceAll('-', '')}-1700000000000`,
                  key: 'endpoint/build.zip',
                },
                stackId,
                outputs,
              },
            },
          },
        },
      },
    },
  });
  process.stdout.write(
    '\nThe api endpoints of skill.json have been updated from the skill infrastructure deploy results.\n',
  );
  process.stdout.write('\n==================== Enable Skill ====================\nThe skill has been enabled.\n\n');
}

switch (argv[0] === 'smapi' ? `smapi ${argv[1]}` : argv[0]) {
  case 'deploy':
    deploy();
    break;
  case 'smapi update-account-linking-info':
    state.skill.accountLinking = call.sent.accountLinkingRequest;
    process.stdout.write('Command executed successfully!\n');
    break;
  case 'smapi get-account-linking-info': {
    const { clientSecret, skipOnEnablement, ...response } = state.skill.accountLinking ?? {};
    process.stdout.write(
      `${JSON.stringify({ accountLinkingResponse: { ...response, ...(state.skill.drift ?? {}) } }, null, 2)}\n`,
    );
    break;
  }
  case 'smapi delete-skill':
    delete state.skill.id;
    process.stdout.write('Command executed successfully!\n');
    break;
  default:
    fail(`[Error]: Command not recognized. Please run "ask --help" to check the command usage.\n`, 1);
}
save(state);
