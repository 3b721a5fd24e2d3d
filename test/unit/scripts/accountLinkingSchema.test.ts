import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { v1 } from 'ask-smapi-model';
import { renderRequest } from '../../../scripts/accountLinking';

const root = new URL('../../../', import.meta.url);
const read = (file: string) => JSON.parse(readFileSync(new URL(file, root), 'utf8'));
/** SMAPI's own OpenAPI (Swagger 2) description, shipped in ask-smapi-model. */
const spec = createRequire(import.meta.url)('ask-smapi-model/spec.json') as {
  definitions: Record<string, Schema>;
};

interface Schema {
  $ref?: string;
  type?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  enum?: string[];
  required?: string[];
}

/** Where `value` departs from the schema: unknown fields, wrong types, values outside an enum. */
function violations(value: unknown, schema: Schema, at: string): string[] {
  if (schema.$ref) return violations(value, spec.definitions[schema.$ref.replace('#/definitions/', '')] as Schema, at);
  if (schema.enum && !schema.enum.includes(value as string))
    return [`${at}: ${String(value)} is not one of ${schema.enum}`];
  switch (schema.type) {
    case 'object': {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return [`${at}: expected an object`];
      const found = Object.entries(value).flatMap(([key, inner]) => {
        const property = schema.properties?.[key];
        return property ? violations(inner, property, `${at}.${key}`) : [`${at}: SMAPI has no field ${key}`];
      });
      const missing = (schema.required ?? [])
        .filter((key) => !(key in value))
        .map((key) => `${at}: ${key} is required`);
      return [...found, ...missing];
    }
    case 'array':
      return Array.isArray(value)
        ? value.flatMap((item, index) => violations(item, schema.items ?? {}, `${at}[${index}]`))
        : [`${at}: expected a list`];
    case 'integer':
      return Number.isInteger(value) ? [] : [`${at}: expected an integer`];
    case 'number':
    case 'boolean':
    case 'string':
      return typeof value === schema.type ? [] : [`${at}: expected a ${schema.type}`];
    default:
      return [];
  }
}

const REQUEST = { $ref: '#/definitions/v1.skill.accountLinking.AccountLinkingRequest' };

describe.each(['accountLinking.json', 'accountLinking.lwa.json'])('the request rendered from %s', (file) => {
  // Compile-time check: renderRequest answers SMAPI's request body type from ask-smapi-model.
  const rendered: v1.skill.accountLinking.AccountLinkingRequest = renderRequest(read(file), {
    clientSecret: 'the-secret',
    authBaseUrl: 'https://auth.example.com',
  });

  it('matches SMAPI’s AccountLinkingRequest definition: known fields, right types, enum values', () => {
    expect(violations(rendered, REQUEST, 'request')).toEqual([]);
  });
});

describe('the schema check', () => {
  it('reports a misspelt field, a wrong enum value and a wrong type', () => {
    const request = {
      accountLinkingRequest: {
        type: 'AUTH_CODE',
        accessTokenScheme: 'BASIC',
        skipOnEnablement: 'true',
        authorisationUrl: 'https://a.example/auth',
      },
    };
    expect(violations(request, REQUEST, 'request')).toEqual([
      'request.accountLinkingRequest.accessTokenScheme: BASIC is not one of HTTP_BASIC,REQUEST_BODY_CREDENTIALS',
      'request.accountLinkingRequest.skipOnEnablement: expected a boolean',
      'request.accountLinkingRequest: SMAPI has no field authorisationUrl',
    ]);
  });
});
