import { loadAwsServiceSpecSync } from '@aws-cdk/aws-service-spec';
import type { PropertyType, Resource, SpecDatabase, TypeDefinition } from '@aws-cdk/service-spec-types';
import type { Template } from './template';

/**
 * Checks a template against AWS's CloudFormation resource specification as published in @aws-cdk/aws-service-spec
 * (built from the CloudFormation registry schemas): resource types, property names, value types, required
 * properties, allowed values and attributes; then that every Ref, GetAtt, Sub variable and condition resolves,
 * every parameter is used and every output has a valid value. Returns the problems found, one line each.
 */
export function checkTemplate(template: Template, db: SpecDatabase = specDatabase()): string[] {
  return new TemplateCheck(template, db).run();
}

let cached: SpecDatabase | undefined;
/** The specification database, loaded once per test file (about half a second). */
export function specDatabase(): SpecDatabase {
  cached ??= loadAwsServiceSpecSync();
  return cached;
}

const SECTIONS = new Set([
  'AWSTemplateFormatVersion',
  'Description',
  'Metadata',
  'Parameters',
  'Rules',
  'Mappings',
  'Conditions',
  'Transform',
  'Resources',
  'Outputs',
]);
const PSEUDO = new Set([
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix',
]);
const RESOURCE_KEYS = new Set([
  'Type',
  'Properties',
  'Condition',
  'DependsOn',
  'DeletionPolicy',
  'UpdateReplacePolicy',
  'Metadata',
  'CreationPolicy',
  'UpdatePolicy',
]);
const POLICIES = new Set(['Delete', 'Retain', 'RetainExceptOnCreate', 'Snapshot']);
const PARAMETER_TYPES = /^(String|Number|List<Number>|CommaDelimitedList|AWS::[A-Za-z0-9:]+|List<AWS::[A-Za-z0-9:]+>)$/;
const INTRINSICS = new Set([
  'Ref',
  'Condition',
  'Fn::Base64',
  'Fn::Cidr',
  'Fn::FindInMap',
  'Fn::GetAZs',
  'Fn::GetAtt',
  'Fn::If',
  'Fn::ImportValue',
  'Fn::Join',
  'Fn::Select',
  'Fn::Split',
  'Fn::Sub',
  'Fn::And',
  'Fn::Equals',
  'Fn::Not',
  'Fn::Or',
  'Fn::Contains',
  'Fn::EachMemberEquals',
  'Fn::EachMemberIn',
  'Fn::RefAll',
  'Fn::ValueOf',
  'Fn::ValueOfAll',
]);

/** `{ "Fn::X": … }` or `{ Ref: … }`: the one key, or undefined for plain data. */
function intrinsicName(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  return keys.length === 1 && INTRINSICS.has(keys[0] as string) ? keys[0] : undefined;
}

/** The `${Name}` and `${Name.Attribute}` variables of a Fn::Sub string (`${!Literal}` is text). */
export function subVariables(text: string): string[] {
  return [...text.matchAll(/\$\{([^}]+)\}/g)].map((m) => m[1] as string).filter((name) => !name.startsWith('!'));
}

class TemplateCheck {
  private readonly problems: string[] = [];
  private readonly usedParameters = new Set<string>();

  constructor(
    private readonly template: Template,
    private readonly db: SpecDatabase,
  ) {}

  run(): string[] {
    const t = this.template;
    for (const section of Object.keys(t)) {
      if (!SECTIONS.has(section)) this.problem(`template: unknown section ${section}`);
    }
    if (t.AWSTemplateFormatVersion !== undefined && t.AWSTemplateFormatVersion !== '2010-09-09') {
      this.problem(`template: AWSTemplateFormatVersion must be 2010-09-09`);
    }
    this.checkParameters();
    for (const [name, condition] of Object.entries(t.Conditions ?? {})) {
      this.checkExpression(condition, `Conditions.${name}`, new Set());
    }
    for (const [name, rule] of Object.entries(t.Rules ?? {})) {
      if (rule.RuleCondition !== undefined) this.checkExpression(rule.RuleCondition, `Rules.${name}`, new Set());
      for (const assertion of rule.Assertions ?? []) this.checkExpression(assertion.Assert, `Rules.${name}`, new Set());
    }
    for (const [name, resource] of Object.entries(t.Resources ?? {})) this.checkResource(name, resource);
    this.checkOutputs();
    for (const name of Object.keys(t.Parameters ?? {})) {
      if (!this.usedParameters.has(name)) this.problem(`Parameters.${name}: never used`);
    }
    return this.problems;
  }

  private problem(text: string): void {
    this.problems.push(text);
  }

  private checkParameters(): void {
    for (const [name, parameter] of Object.entries(this.template.Parameters ?? {})) {
      const at = `Parameters.${name}`;
      if (typeof parameter.Type !== 'string' || !PARAMETER_TYPES.test(parameter.Type)) {
        this.problem(`${at}: Type ${String(parameter.Type)} is not a parameter type`);
      }
      const fallback = parameter.Default;
      if (fallback === undefined) continue;
      const allowed = parameter.AllowedValues as unknown[] | undefined;
      if (allowed && !allowed.map(String).includes(String(fallback))) {
        this.problem(`${at}: Default ${String(fallback)} is not one of its AllowedValues`);
      }
      const pattern = parameter.AllowedPattern as string | undefined;
      if (pattern && !new RegExp(pattern).test(String(fallback))) {
        this.problem(`${at}: Default "${String(fallback)}" does not match its AllowedPattern`);
      }
    }
  }

  private resourceSpec(type: string): Resource | undefined {
    return this.db.lookup('resource', 'cloudFormationType', 'equals', type)[0];
  }

  private checkResource(name: string, resource: Template['Resources'][string]): void {
    const at = `Resources.${name}`;
    for (const key of Object.keys(resource)) {
      if (!RESOURCE_KEYS.has(key)) this.problem(`${at}: unknown resource attribute ${key}`);
    }
    for (const policy of ['DeletionPolicy', 'UpdateReplacePolicy'] as const) {
      const value = resource[policy];
      if (value !== undefined && !POLICIES.has(value)) this.problem(`${at}.${policy}: ${value} is not a policy`);
    }
    if (resource.Condition !== undefined && !(resource.Condition in (this.template.Conditions ?? {}))) {
      this.problem(`${at}.Condition: no condition named ${resource.Condition}`);
    }
    for (const target of [resource.DependsOn ?? []].flat()) {
      if (!(target in this.template.Resources)) this.problem(`${at}.DependsOn: no resource named ${target}`);
    }
    const spec = this.resourceSpec(resource.Type);
    if (spec === undefined) {
      this.problem(`${at}: ${resource.Type} is not a CloudFormation resource type`);
      return;
    }
    this.checkObject(resource.Properties ?? {}, spec.properties, `${at}.Properties`, new Set([name]));
  }

  private checkObject(
    value: unknown,
    properties: Record<string, { type: PropertyType; required?: boolean }>,
    at: string,
    self: Set<string>,
  ): void {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      this.problem(`${at}: expected an object`);
      return;
    }
    for (const [key, inner] of Object.entries(value)) {
      const property = properties[key];
      if (property === undefined) this.problem(`${at}: unknown property ${key}`);
      else this.checkValue(inner, property.type, `${at}.${key}`, self);
    }
    for (const [key, property] of Object.entries(properties)) {
      if (property.required && !(key in value)) this.problem(`${at}: required property ${key} is missing`);
    }
  }

  /** Checks a property value against its type; intrinsic functions stand for values of the right type. */
  private checkValue(value: unknown, type: PropertyType, at: string, self: Set<string>): void {
    const fn = intrinsicName(value);
    if (fn === 'Fn::If') {
      const [condition, whenTrue, whenFalse] = (value as { 'Fn::If': unknown[] })['Fn::If'];
      this.checkCondition(condition, at);
      for (const branch of [whenTrue, whenFalse]) {
        const noValue = intrinsicName(branch) === 'Ref' && (branch as { Ref: string }).Ref === 'AWS::NoValue';
        if (!noValue) this.checkValue(branch, type, at, self);
      }
      return;
    }
    if (fn !== undefined) {
      this.checkExpression(value, at, self);
      return;
    }
    switch (type.type) {
      case 'string':
      case 'date-time':
        if (typeof value !== 'string' && typeof value !== 'number') this.problem(`${at}: expected a string`);
        else if (type.type === 'string' && type.allowedValues && !type.allowedValues.includes(String(value))) {
          this.problem(`${at}: "${value}" is not one of ${type.allowedValues.join(', ')}`);
        }
        return;
      case 'number':
      case 'integer':
        if (typeof value === 'number' ? false : !/^-?\d+(\.\d+)?$/.test(String(value))) {
          this.problem(`${at}: expected a number`);
        } else if (type.type === 'integer' && type.allowedValues && !type.allowedValues.includes(Number(value))) {
          this.problem(`${at}: ${value} is not one of ${type.allowedValues.join(', ')}`);
        }
        return;
      case 'boolean':
        if (typeof value !== 'boolean' && value !== 'true' && value !== 'false')
          this.problem(`${at}: expected true or false`);
        return;
      case 'json':
        if (value === null || typeof value !== 'object') this.problem(`${at}: expected a JSON object`);
        else this.checkExpression(value, at, self);
        return;
      case 'array':
        if (!Array.isArray(value)) this.problem(`${at}: expected a list`);
        else
          for (const [index, element] of value.entries())
            this.checkValue(element, type.element, `${at}[${index}]`, self);
        return;
      case 'map':
        if (value === null || typeof value !== 'object' || Array.isArray(value)) this.problem(`${at}: expected a map`);
        else
          for (const [key, inner] of Object.entries(value)) this.checkValue(inner, type.element, `${at}.${key}`, self);
        return;
      case 'ref': {
        const definition = this.db.get('typeDefinition', type.reference.$ref) as TypeDefinition;
        this.checkObject(value, definition.properties, at, self);
        return;
      }
      case 'tag':
        this.checkObject(
          value,
          { Key: { type: { type: 'string' }, required: true }, Value: { type: { type: 'string' }, required: true } },
          at,
          self,
        );
        return;
      case 'union': {
        const fits = type.types.some((member) => {
          const before = this.problems.length;
          this.checkValue(value, member, at, self);
          const failed = this.problems.length > before;
          this.problems.length = before;
          return !failed;
        });
        if (!fits) this.problem(`${at}: matches none of its possible types`);
        return;
      }
      default:
        return;
    }
  }

  private checkCondition(condition: unknown, at: string): void {
    if (typeof condition !== 'string' || !(condition in (this.template.Conditions ?? {}))) {
      this.problem(`${at}: no condition named ${String(condition)}`);
    }
  }

  /** Walks any value: every Ref, GetAtt, Sub variable and condition name must resolve. */
  private checkExpression(value: unknown, at: string, self: Set<string>): void {
    if (Array.isArray(value)) {
      for (const element of value) this.checkExpression(element, at, self);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const fn = intrinsicName(value);
    const argument = (value as Record<string, unknown>)[fn ?? ''];
    if (fn === 'Ref') {
      this.checkRef(String(argument), at, self);
      return;
    }
    if (fn === 'Condition') {
      this.checkCondition(argument, at);
      return;
    }
    if (fn === 'Fn::If') {
      const [condition, ...branches] = argument as unknown[];
      this.checkCondition(condition, at);
      this.checkExpression(branches, at, self);
      return;
    }
    if (fn === 'Fn::GetAtt') {
      const [resource, attribute] = argument as [string, string];
      this.checkGetAtt(resource, attribute, at, self);
      return;
    }
    if (fn === 'Fn::Sub') {
      const [text, variables = {}] = (Array.isArray(argument) ? argument : [argument]) as [
        string,
        Record<string, unknown>,
      ];
      this.checkExpression(variables, at, self);
      for (const name of subVariables(text)) {
        if (name in variables) continue;
        const dot = name.indexOf('.');
        if (dot > 0 && !name.startsWith('AWS::')) this.checkGetAtt(name.slice(0, dot), name.slice(dot + 1), at, self);
        else this.checkRef(name, at, self);
      }
      return;
    }
    for (const inner of Object.values(value)) this.checkExpression(inner, at, self);
  }

  private checkRef(name: string, at: string, self: Set<string>): void {
    if (PSEUDO.has(name)) return;
    if (name in (this.template.Parameters ?? {})) {
      this.usedParameters.add(name);
      return;
    }
    if (self.has(name)) this.problem(`${at}: ${name} refers to itself`);
    else if (!(name in this.template.Resources)) this.problem(`${at}: Ref ${name} names no parameter or resource`);
  }

  private checkGetAtt(resource: string, attribute: string, at: string, self: Set<string>): void {
    const target = this.template.Resources[resource];
    if (target === undefined) {
      this.problem(`${at}: GetAtt ${resource}.${attribute}: no resource named ${resource}`);
      return;
    }
    if (self.has(resource)) this.problem(`${at}: ${resource} refers to itself`);
    const spec = this.resourceSpec(target.Type);
    if (spec && !(attribute in spec.attributes)) {
      this.problem(`${at}: GetAtt ${resource}.${attribute}: ${target.Type} has no attribute ${attribute}`);
    }
  }

  private checkOutputs(): void {
    for (const [name, output] of Object.entries(this.template.Outputs ?? {})) {
      const at = `Outputs.${name}`;
      if (!/^[A-Za-z0-9]{1,255}$/.test(name)) this.problem(`${at}: output names are alphanumeric`);
      if (output.Value === undefined) this.problem(`${at}: has no Value`);
      if (output.Condition !== undefined) this.checkCondition(output.Condition, at);
      this.checkExpression(output.Value, at, new Set());
    }
  }
}
