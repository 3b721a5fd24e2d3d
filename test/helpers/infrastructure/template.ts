import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type Tags } from 'yaml';

/** A CloudFormation template as plain data, short-form tags turned into their long forms. */
export interface Template {
  AWSTemplateFormatVersion?: string;
  Description?: string;
  Parameters?: Record<string, Record<string, unknown>>;
  Conditions?: Record<string, unknown>;
  Rules?: Record<string, { RuleCondition?: unknown; Assertions: { Assert: unknown; AssertDescription?: string }[] }>;
  Resources: Record<string, TemplateResource>;
  Outputs?: Record<string, { Value: unknown; Description?: string; Condition?: string; Export?: unknown }>;
  [section: string]: unknown;
}

export interface TemplateResource {
  Type: string;
  Properties?: Record<string, unknown>;
  Condition?: string;
  DependsOn?: string | string[];
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
  Metadata?: unknown;
}

const FUNCTIONS = ['Base64', 'Cidr', 'FindInMap', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub'];
const CONDITION_FUNCTIONS = ['And', 'Equals', 'If', 'Not', 'Or'];

/** `!GetAtt A.B.C` is `{"Fn::GetAtt": ["A", "B.C"]}`. */
function getAtt(value: unknown): { 'Fn::GetAtt': unknown } {
  if (typeof value !== 'string') return { 'Fn::GetAtt': value };
  const dot = value.indexOf('.');
  return { 'Fn::GetAtt': [value.slice(0, dot), value.slice(dot + 1)] };
}

/** yaml tags for CloudFormation's short forms, each in scalar, sequence and mapping shape. */
const CFN_TAGS: Tags = [
  ...[...FUNCTIONS, ...CONDITION_FUNCTIONS].flatMap((name) => {
    const key = `Fn::${name}`;
    return [
      { tag: `!${name}`, resolve: (value: string) => ({ [key]: value }) },
      {
        tag: `!${name}`,
        collection: 'seq' as const,
        resolve: (seq: { toJSON(): unknown }) => ({ [key]: seq.toJSON() }),
      },
      {
        tag: `!${name}`,
        collection: 'map' as const,
        resolve: (map: { toJSON(): unknown }) => ({ [key]: map.toJSON() }),
      },
    ];
  }),
  { tag: '!Ref', resolve: (value: string) => ({ Ref: value }) },
  { tag: '!Condition', resolve: (value: string) => ({ Condition: value }) },
  { tag: '!GetAtt', resolve: (value: string) => getAtt(value) },
  { tag: '!GetAtt', collection: 'seq' as const, resolve: (seq: { toJSON(): unknown }) => getAtt(seq.toJSON()) },
];

/** Parses CloudFormation YAML (short-form tags included). */
export function parseTemplate(source: string): Template {
  return parse(source, { customTags: CFN_TAGS }) as Template;
}

/** Reads infrastructure/<name>. */
export function readTemplate(name: string): Template {
  return parseTemplate(readFileSync(join(import.meta.dirname, '..', '..', '..', 'infrastructure', name), 'utf8'));
}
