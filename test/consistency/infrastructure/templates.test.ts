import { checkTemplate } from '../../helpers/infrastructure/specCheck';
import { parseTemplate, readTemplate, type Template } from '../../helpers/infrastructure/template';

const TEMPLATES = ['service-stack.yaml', 'skill-stack.yaml'];

describe.each(TEMPLATES)('infrastructure/%s against the CloudFormation resource specification', (file) => {
  it('uses only existing resource types and properties, with values of the right types, and resolves every reference', () => {
    expect(checkTemplate(readTemplate(file))).toEqual([]);
  });
});

/** A small valid template; each case below breaks it in one way the check must notice. */
const BASE = `
Parameters:
  Stage: { Type: String }
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Resources:
  Table:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      KeySchema: [{ AttributeName: pk, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: pk, AttributeType: S }]
  Group:
    Type: AWS::Logs::LogGroup
    Properties:
      LogGroupName: !Sub /ride/\${Stage}/\${Table}
      RetentionInDays: !If [IsProd, 30, 7]
Outputs:
  TableArn:
    Value: !GetAtt Table.Arn
`;

function props(template: Template, resource: string): Record<string, unknown> {
  return template.Resources[resource]?.Properties as Record<string, unknown>;
}

function broken(edit: (template: Template) => void): string[] {
  const template = parseTemplate(BASE);
  edit(template);
  return checkTemplate(template);
}

describe('the template check', () => {
  it('passes the valid base template', () => {
    expect(checkTemplate(parseTemplate(BASE))).toEqual([]);
  });

  it.each<[string, (t: Template) => void, string]>([
    [
      'a resource type that does not exist',
      (t) => {
        t.Resources.Group!.Type = 'AWS::Logs::LogGrup';
      },
      'Resources.Group: AWS::Logs::LogGrup is not a CloudFormation resource type',
    ],
    [
      'a property the type does not have',
      (t) => {
        props(t, 'Table').PointInTimeRecovery = true;
      },
      'Resources.Table.Properties: unknown property PointInTimeRecovery',
    ],
    [
      'a property of a nested type that does not exist',
      (t) => {
        props(t, 'Table').TimeToLiveSpecification = { Attribute: 'x' };
      },
      'Resources.Table.Properties.TimeToLiveSpecification: unknown property Attribute',
    ],
    [
      'a value of the wrong type',
      (t) => {
        props(t, 'Group').RetentionInDays = 'a month';
      },
      'Resources.Group.Properties.RetentionInDays: expected a number',
    ],
    [
      'a text value outside the allowed values',
      (t) => {
        props(t, 'Group').LogGroupClass = 'WARM';
      },
      'Resources.Group.Properties.LogGroupClass: "WARM" is not one of STANDARD, INFREQUENT_ACCESS, DELIVERY',
    ],
    [
      'a number outside the allowed values',
      (t) => {
        props(t, 'Group').RetentionInDays = 42;
      },
      'Resources.Group.Properties.RetentionInDays: 42 is not one of',
    ],
    [
      'a missing required property',
      (t) => {
        delete props(t, 'Table').KeySchema;
      },
      'Resources.Table.Properties: required property KeySchema is missing',
    ],
    [
      'a Ref to nothing',
      (t) => {
        (t.Outputs as Record<string, { Value: unknown }>).TableArn = { Value: { Ref: 'Tabel' } };
      },
      'Outputs.TableArn: Ref Tabel names no parameter or resource',
    ],
    [
      'a GetAtt of an attribute the type does not have',
      (t) => {
        (t.Outputs as Record<string, { Value: unknown }>).TableArn = { Value: { 'Fn::GetAtt': ['Table', 'Url'] } };
      },
      'Outputs.TableArn: GetAtt Table.Url: AWS::DynamoDB::Table has no attribute Url',
    ],
    [
      'a Sub variable that names nothing',
      (t) => {
        // biome-ignore lint/suspicious/noTemplateCurlyInString: CloudFormation Fn::Sub placeholder
        props(t, 'Group').LogGroupName = { 'Fn::Sub': '/ride/${Stag}' };
      },
      'Resources.Group.Properties.LogGroupName: Ref Stag names no parameter or resource',
    ],
    [
      'an undefined condition',
      (t) => {
        props(t, 'Group').RetentionInDays = { 'Fn::If': ['IsLive', 30, 7] };
      },
      'Resources.Group.Properties.RetentionInDays: no condition named IsLive',
    ],
    [
      'a parameter nothing uses',
      (t) => {
        (t.Parameters as Record<string, unknown>).Unused = { Type: 'String' };
      },
      'Parameters.Unused: never used',
    ],
    [
      'an output without a value',
      (t) => {
        (t.Outputs as Record<string, unknown>).Empty = { Description: 'nothing' };
      },
      'Outputs.Empty: has no Value',
    ],
  ])('reports %s', (_, edit, problem) => {
    expect(broken(edit)).toEqual(expect.arrayContaining([expect.stringContaining(problem)]));
  });
});
