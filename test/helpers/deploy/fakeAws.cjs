// A stand-in for the AWS CLI v2 on PATH: the commands npm run deploy and npm run destroy use, answering with the
// shapes, texts and exit codes (254 for service errors) the real CLI prints.
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const { load, save, record, shouldFail, fail } = require('./fakeState.cjs');

const ACCOUNT = '123456789012';
const API_ID = 'a1b2c3d4e5';
const argv = process.argv.slice(2);
const readsStdin = argv.includes('file:///dev/stdin');
const stdin = readsStdin ? fs.readFileSync(0, 'utf8') : undefined;
record({ cli: 'aws', args: argv, stdin });

/** The value after a flag, e.g. opt('--stack-name'). */
const opt = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const values = (name) => {
  const start = argv.indexOf(name) + 1;
  const end = argv.findIndex((arg, i) => i >= start && arg.startsWith('--'));
  return argv.slice(start, end < 0 ? undefined : end);
};
const out = (value) => process.stdout.write(typeof value === 'string' ? value : `${JSON.stringify(value, null, 4)}\n`);
const serviceError = (code, operation, message) =>
  fail(`\nAn error occurred (${code}) when calling the ${operation} operation: ${message}\n`, 254);

const state = load();
const [service, command] = argv;
const line = `aws ${argv.join(' ')}`;
if (shouldFail(state, line)) {
  save(state);
  if (service === 'cloudformation' && command === 'deploy') {
    const stack = opt('--stack-name');
    if (!state.stacks[stack]) state.stacks[stack] = { status: 'ROLLBACK_COMPLETE', parameters: {}, outputs: [] };
    else state.stacks[stack].status = 'UPDATE_ROLLBACK_COMPLETE';
    save(state);
    fail(
      `\nWaiting for changeset to be created..\nWaiting for stack create/update to complete\n\nFailed to create/update the stack. Run the following command\nto fetch the list of events leading up to the failure\naws cloudformation describe-stack-events --stack-name ${stack}\n`,
      255,
    );
  }
  serviceError('AccessDenied', 'Operation', 'User is not authorized to perform this action');
}

function serviceOutputs(parameters) {
  const origin = parameters.DomainName
    ? `https://${parameters.DomainName}`
    : `https://${API_ID}.execute-api.${opt('--region')}.amazonaws.com`;
  return [
    { OutputKey: 'IssuerUrl', OutputValue: origin },
    { OutputKey: 'AuthorizationUrl', OutputValue: `${origin}/auth` },
    { OutputKey: 'TokenUrl', OutputValue: `${origin}/token` },
    { OutputKey: 'ApiUrl', OutputValue: origin },
    { OutputKey: 'ServiceTableName', OutputValue: 'ride-hailer-dev-service-ServiceTable-1A2B3C4D5E6F' },
    { OutputKey: 'FunctionName', OutputValue: `ride-hailer-${parameters.Stage}-service` },
  ];
}

switch (`${service} ${command}`) {
  case 'sts get-caller-identity':
    out(`${ACCOUNT}\n`);
    break;
  case 's3api head-bucket':
    if (!state.buckets[opt('--bucket')]) serviceError('404', 'HeadBucket', 'Not Found');
    out({ BucketRegion: opt('--region'), AccessPointAlias: false });
    break;
  case 's3api create-bucket':
    state.buckets[opt('--bucket')] = {};
    out({ Location: `/${opt('--bucket')}` });
    break;
  case 's3api put-public-access-block':
    break;
  case 's3 cp': {
    const [, , from, to] = argv;
    const [, bucket, key] = /^s3:\/\/([^/]+)\/(.+)$/.exec(to);
    if (!state.buckets[bucket]) fail(`upload failed: ${from} to ${to} An error occurred (NoSuchBucket)\n`, 1);
    state.buckets[bucket][key] = createHash('sha256').update(fs.readFileSync(from)).digest('hex');
    break;
  }
  case 's3 rm': {
    const [, bucket, prefix] = /^s3:\/\/([^/]+)\/(.*)$/.exec(argv[2]);
    for (const key of Object.keys(state.buckets[bucket] ?? {}))
      if (key.startsWith(prefix)) delete state.buckets[bucket][key];
    break;
  }
  case 's3api delete-bucket': {
    const bucket = state.buckets[opt('--bucket')];
    if (!bucket) serviceError('NoSuchBucket', 'DeleteBucket', 'The specified bucket does not exist');
    if (Object.keys(bucket).length > 0)
      serviceError('BucketNotEmpty', 'DeleteBucket', 'The bucket you tried to delete is not empty');
    delete state.buckets[opt('--bucket')];
    break;
  }
  case 'ssm put-parameter': {
    const request = JSON.parse(stdin);
    const version = (state.parameters[request.Name]?.version ?? 0) + 1;
    state.parameters[request.Name] = { value: request.Value, type: request.Type, version };
    out({ Version: version, Tier: 'Standard' });
    break;
  }
  case 'ssm describe-parameters': {
    const name = /Values=(.+)$/.exec(opt('--parameter-filters'))[1];
    const found = state.parameters[name];
    out({
      Parameters: found
        ? [
            {
              Name: name,
              Type: found.type,
              KeyId: 'alias/aws/ssm',
              Version: found.version,
              Tier: 'Standard',
              DataType: 'text',
            },
          ]
        : [],
    });
    break;
  }
  case 'ssm get-parameter': {
    const found = state.parameters[opt('--name')];
    if (!found) serviceError('ParameterNotFound', 'GetParameter', '');
    out(`${argv.includes('--with-decryption') ? found.value : 'AQICAHh...'}\n`);
    break;
  }
  case 'ssm delete-parameters': {
    const names = values('--names');
    out({
      DeletedParameters: names.filter((n) => state.parameters[n]),
      InvalidParameters: names.filter((n) => !state.parameters[n]),
    });
    for (const name of names) delete state.parameters[name];
    break;
  }
  case 'cloudformation describe-stacks': {
    const name = opt('--stack-name');
    const stack = state.stacks[name];
    if (!stack) serviceError('ValidationError', 'DescribeStacks', `Stack with id ${name} does not exist`);
    out({
      Stacks: [
        {
          StackName: name,
          StackId: `arn:aws:cloudformation:${opt('--region')}:${ACCOUNT}:stack/${name}/1`,
          StackStatus: stack.status,
          Outputs: stack.outputs,
        },
      ],
    });
    break;
  }
  case 'cloudformation deploy': {
    const name = opt('--stack-name');
    const parameters = Object.fromEntries(
      values('--parameter-overrides').map((pair) => pair.split(/=(.*)/s).slice(0, 2)),
    );
    const previous = state.stacks[name];
    if (previous?.status === 'ROLLBACK_COMPLETE') {
      fail(
        `\nAn error occurred (ValidationError) when calling the CreateChangeSet operation: Stack:${name} is in ROLLBACK_COMPLETE state and can not be updated.\n`,
        254,
      );
    }
    out('\nWaiting for changeset to be created..\n');
    if (
      previous &&
      JSON.stringify(previous.parameters) === JSON.stringify(parameters) &&
      previous.status.endsWith('_COMPLETE')
    ) {
      out(`\nNo changes to deploy. Stack ${name} is up to date\n`);
      break;
    }
    state.stacks[name] = {
      status: previous ? 'UPDATE_COMPLETE' : 'CREATE_COMPLETE',
      parameters,
      outputs: serviceOutputs(parameters),
    };
    out(`Waiting for stack create/update to complete\nSuccessfully created/updated stack - ${name}\n`);
    break;
  }
  case 'cloudformation delete-stack':
    if (state.stacks[opt('--stack-name')]) state.stacks[opt('--stack-name')].status = 'DELETE_IN_PROGRESS';
    break;
  case 'cloudformation wait':
    delete state.stacks[opt('--stack-name')];
    break;
  default:
    fail(
      `\nusage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]\naws: error: argument operation: Invalid choice: ${service} ${command}\n`,
      252,
    );
}
save(state);
