import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SECRET_VARIABLES } from '../../../service/secrets';
import { TTL_ATTRIBUTE } from '../../../service/store/table';
import { readTemplate, type Template } from '../../helpers/infrastructure/template';

const root = join(import.meta.dirname, '..', '..', '..');
const service = readTemplate('service-stack.yaml');
const skill = readTemplate('skill-stack.yaml');

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}

/** Every statement of every inline role policy, both branches of an Fn::If included. */
function statements(template: Template): Statement[] {
  const found: Statement[] = [];
  for (const resource of Object.values(template.Resources)) {
    if (resource.Type !== 'AWS::IAM::Role') continue;
    for (const entry of (resource.Properties?.Policies as unknown[]) ?? []) {
      const policies = (entry as { 'Fn::If'?: unknown[] })['Fn::If']?.slice(1) ?? [entry];
      for (const policy of policies as { PolicyDocument?: { Statement: Statement[] } }[]) {
        found.push(...(policy.PolicyDocument?.Statement ?? []));
      }
    }
  }
  return found;
}

const actions = (statement: Statement) => [statement.Action].flat().sort();
const resources = (statement: Statement) => [statement.Resource].flat();
const byService = (template: Template, prefix: string) =>
  statements(template).filter((s) => actions(s).some((action) => action.startsWith(prefix)));

/** The DynamoDB operations a part of the code sends (its table-creating module runs only locally). */
function dynamoActionsUsedIn(dir: string): string[] {
  const files = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('table.ts'),
  );
  const used = new Set<string>();
  for (const file of files) {
    const source = readFileSync(join(root, dir, file), 'utf8');
    for (const match of source.matchAll(
      /\b(GetItem|PutItem|UpdateItem|DeleteItem|Query|Scan|BatchWriteItem|BatchGetItem|TransactWriteItems)Command\b/g,
    )) {
      used.add(`dynamodb:${match[1]}`);
    }
  }
  return [...used].sort();
}

/** `arn:…:parameter${Name}` for a template parameter holding an SSM parameter name. */
const parameterArn = (name: string) => ({
  'Fn::Sub': `arn:\${AWS::Partition}:ssm:\${AWS::Region}:\${AWS::AccountId}:parameter\${${name}}`,
});

describe.each([
  ['service-stack.yaml', service],
  ['skill-stack.yaml', skill],
])('IAM in %s', (_, template) => {
  it('allows, never denies, and names no wildcard resource or action anywhere', () => {
    expect(statements(template).length).toBeGreaterThanOrEqual(3);
    for (const statement of statements(template)) {
      expect(statement.Effect).toBe('Allow');
      for (const resource of resources(statement)) expect(resource).not.toBe('*');
      for (const action of actions(statement)) expect(action).not.toMatch(/\*/);
    }
  });

  it('attaches no managed policy (AWSLambdaBasicExecutionRole would allow logs on every group)', () => {
    const roles = Object.values(template.Resources).filter((r) => r.Type === 'AWS::IAM::Role');
    for (const role of roles) expect(role.Properties?.ManagedPolicyArns).toBeUndefined();
  });

  it('lets the function write only to its own log group', () => {
    const [logs, ...others] = byService(template, 'logs:');
    expect(others).toEqual([]);
    expect(actions(logs as Statement)).toEqual(['logs:CreateLogStream', 'logs:PutLogEvents']);
    const group = Object.entries(template.Resources).find(([, r]) => r.Type === 'AWS::Logs::LogGroup')?.[0];
    expect(resources(logs as Statement)).toEqual([{ 'Fn::GetAtt': [group, 'Arn'] }]);
  });
});

describe('least privilege on data', () => {
  it('service: exactly the DynamoDB operations service/ sends, on its table and its indexes only', () => {
    const [table, ...others] = byService(service, 'dynamodb:');
    expect(others).toEqual([]);
    expect(actions(table as Statement)).toEqual(dynamoActionsUsedIn('service'));
    expect(resources(table as Statement)).toEqual([
      { 'Fn::GetAtt': ['ServiceTable', 'Arn'] },
      // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation Fn::Sub placeholders
      { 'Fn::Sub': '${ServiceTable.Arn}/index/*' },
    ]);
  });

  it('skill: exactly the DynamoDB operations lambda/ sends, on its table only (it queries no index)', () => {
    const [table, ...others] = byService(skill, 'dynamodb:');
    expect(others).toEqual([]);
    expect(actions(table as Statement)).toEqual(dynamoActionsUsedIn('lambda'));
    expect(resources(table as Statement)).toEqual([{ 'Fn::GetAtt': ['SkillTable', 'Arn'] }]);
  });

  it('service: reads only the secret parameters it is given, by name; the app-to-app one only with app-to-app on', () => {
    const [ssm, ...others] = byService(service, 'ssm:');
    expect(others).toEqual([]);
    expect(actions(ssm as Statement)).toEqual(['ssm:GetParameters']);
    expect(resources(ssm as Statement)).toEqual([
      parameterArn('AlexaClientSecretParameter'),
      parameterArn('CookieKeysParameter'),
      { 'Fn::If': ['AppToAppOn', parameterArn('AlexaAppToAppClientSecretParameter'), { Ref: 'AWS::NoValue' }] },
    ]);
  });

  it('skill: reads only the client-secret parameter, and only when revocation is on', () => {
    const [ssm, ...others] = byService(skill, 'ssm:');
    expect(others).toEqual([]);
    expect(actions(ssm as Statement)).toEqual(['ssm:GetParameter']);
    expect(resources(ssm as Statement)).toEqual([parameterArn('RideHailerClientSecretParameter')]);
    const policies = skill.Resources.SkillRole?.Properties?.Policies as Record<string, unknown[]>[];
    const conditional = policies.find((policy) => 'Fn::If' in policy);
    expect(conditional?.['Fn::If']?.[0]).toBe('RevokesAtService');
  });

  it('lets only API Gateway routes of this API invoke the service, and only this skill invoke the skill', () => {
    expect(service.Resources.HttpApiPermission?.Properties).toMatchObject({
      Principal: 'apigateway.amazonaws.com',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation Fn::Sub placeholders
      SourceArn: { 'Fn::Sub': 'arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${HttpApi}/*' },
    });
    expect(skill.Resources.AlexaSkillPermission?.Properties).toMatchObject({
      Principal: 'alexa-appkit.amazon.com',
      EventSourceToken: { Ref: 'SkillId' },
    });
  });
});

describe.each([
  ['service-stack.yaml', service, 'ServiceTable'],
  ['skill-stack.yaml', skill, 'SkillTable'],
])('the table in %s', (_, template, name) => {
  const table = template.Resources[name];

  it('is on demand, encrypted, with point-in-time recovery and TTL on the expiry attribute the code reads', () => {
    expect(table?.Properties).toMatchObject({
      BillingMode: 'PAY_PER_REQUEST',
      PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
      TimeToLiveSpecification: { AttributeName: TTL_ATTRIBUTE, Enabled: true },
      SSESpecification: { SSEEnabled: true },
    });
  });

  it('outlives the stack (deleting or replacing it keeps the data)', () => {
    expect(table).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
  });
});

/** The variables a part's configuration reads: `(env, 'NAME'` calls, plus the service's `<SECRET>_PARAMETER`s. */
function variablesRead(files: string[]): Set<string> {
  const names = new Set<string>();
  for (const file of files) {
    for (const m of readFileSync(join(root, file), 'utf8').matchAll(/\(env, '([A-Z][A-Z0-9_]+)'/g))
      names.add(m[1] as string);
  }
  return names;
}

describe('secrets', () => {
  const environment = (template: Template, fn: string) =>
    (template.Resources[fn]!.Properties!.Environment as { Variables: Record<string, unknown> }).Variables;

  it.each([
    ['service-stack.yaml', service],
    ['skill-stack.yaml', skill],
  ])(
    '%s has no secret-valued parameter: no NoEcho, and every secret is named as an SSM path, never given',
    (_, template) => {
      for (const [name, parameter] of Object.entries(template.Parameters ?? {})) {
        expect([name, parameter.NoEcho]).toEqual([name, undefined]);
        if (/secret|password|cookie|token/i.test(name)) {
          expect(name).toMatch(/Parameter$/);
          expect(String(parameter.AllowedPattern)).toMatch(/^\^\(?\//);
        }
      }
      const text = JSON.stringify(template.Outputs);
      for (const name of Object.keys(template.Parameters ?? {}).filter((n) => /secret|cookie/i.test(n))) {
        expect(text).not.toContain(name);
      }
    },
  );

  it('gives the functions parameter names instead of secret values', () => {
    const serviceEnv = environment(service, 'ServiceFunction');
    for (const variable of SECRET_VARIABLES) {
      expect(serviceEnv[variable]).toBeUndefined();
      expect(serviceEnv[`${variable}_PARAMETER`]).toBeDefined();
    }
    const skillEnv = environment(skill, 'SkillFunction');
    expect(skillEnv.RIDE_HAILER_CLIENT_SECRET).toBeUndefined();
    expect(skillEnv.RIDE_HAILER_CLIENT_SECRET_PARAMETER).toEqual({ Ref: 'RideHailerClientSecretParameter' });
  });

  it('sets only variables the code reads (besides NODE_OPTIONS)', () => {
    const serviceReads = variablesRead(['service/config.ts']);
    for (const variable of SECRET_VARIABLES) serviceReads.add(`${variable}_PARAMETER`);
    const skillReads = variablesRead(['lambda/config.ts']);
    for (const [env, reads] of [
      [environment(service, 'ServiceFunction'), serviceReads],
      [environment(skill, 'SkillFunction'), skillReads],
    ] as const) {
      const unread = Object.keys(env).filter((name) => name !== 'NODE_OPTIONS' && !reads.has(name));
      expect(unread).toEqual([]);
    }
  });

  it('skill template never names SkillClientId/SkillClientSecret, which the ASK CLI would fill with messaging credentials', () => {
    const source = readFileSync(join(root, 'infrastructure', 'skill-stack.yaml'), 'utf8');
    expect(source).not.toMatch(/SkillClient(Id|Secret)/);
  });
});

describe('the service function', () => {
  const fn = service.Resources.ServiceFunction?.Properties ?? {};

  it('runs nodejs22.x on x86_64, the architecture of the argon2 binding in dist/service.zip', () => {
    const packaging = readFileSync(join(root, 'scripts', 'package.mjs'), 'utf8');
    expect(packaging).toContain("SERVICE_NATIVE_PACKAGE = '@node-rs/argon2-linux-x64-gnu'");
    expect(fn).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['x86_64'], Handler: 'index.handler' });
  });

  it('keeps its logs for a bounded time', () => {
    expect(service.Resources.ServiceLogGroup?.Properties?.RetentionInDays).toEqual({ Ref: 'LogRetentionDays' });
    expect(skill.Resources.SkillLogGroup?.Properties?.RetentionInDays).toEqual({ Ref: 'LogRetentionDays' });
  });

  it('is served at the root of its origin: a $default stage, so no stage prefix in the issuer', () => {
    expect(service.Resources.HttpApiStage?.Properties).toMatchObject({ StageName: '$default', AutoDeploy: true });
    expect(service.Resources.HttpApiIntegration?.Properties).toMatchObject({ PayloadFormatVersion: '2.0' });
  });
});
