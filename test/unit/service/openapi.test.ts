import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { SCOPES } from '../../../service/oauth/scopes';
import { RIDE_TYPES } from '../../../service/rides/ride';
import { RIDE_ID, rideIdFor } from '../../../service/rides/rideService';
import { CURRENCY, MARKETS } from '../../../shared/fares';

interface OpenApi {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: { RideType: { enum: string[] } } };
}

const spec = parse(readFileSync('service/openapi.yaml', 'utf8')) as OpenApi;

/** The routes service/rides/routes.ts, service/oauth/alexaUserRoutes.ts and service/mobile/routes.ts implement. */
const IMPLEMENTED = [
  'get /v1/me',
  'get /v1/fares',
  'post /v1/rides',
  'get /v1/rides/current',
  'post /v1/rides/{id}/cancel',
  'put /v1/alexa/users/{alexaUserId}',
  'post /v1/alexa/users/{alexaUserId}/revoke',
  'post /v1/mobile/alexa/authorizations',
  'post /v1/mobile/alexa/link',
  'get /v1/mobile/alexa/link',
  'delete /v1/mobile/alexa/link',
];

describe('service/openapi.yaml', () => {
  it('documents exactly the implemented operations', () => {
    const documented = Object.entries(spec.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((key) => ['get', 'post', 'put', 'delete', 'patch'].includes(key))
        .map((method) => `${method} ${path}`),
    );
    expect(documented.sort()).toEqual([...IMPLEMENTED].sort());
  });

  it('lists the same ride types as the code', () => {
    expect(spec.components.schemas.RideType.enum).toEqual([...RIDE_TYPES]);
  });

  it('documents the ride id shape the cancel route accepts, which every issued id has', () => {
    const cancel = spec.paths['/v1/rides/{id}/cancel']?.post as { parameters: Array<{ schema: { pattern: string } }> };
    expect(cancel.parameters[0]?.schema.pattern).toBe(RIDE_ID.source);
    for (const key of ['a', 'k'.repeat(255), 'ünïcödé']) expect(rideIdFor('rdr_x', key)).toMatch(RIDE_ID);
  });

  it('names every scope the server grants', () => {
    const text = readFileSync('service/openapi.yaml', 'utf8');
    for (const scope of SCOPES) expect(text).toContain(`\`${scope}\``);
  });
});

describe('markets in service/openapi.yaml', () => {
  it('lists the same markets as the shared fare table, with the market and place on fares and bookings', () => {
    const schemas = spec.components.schemas as unknown as Record<string, { enum?: string[] }>;
    expect(schemas.Market?.enum).toEqual([...MARKETS]);
    const fares = spec.paths['/v1/fares']?.get as { parameters: Array<{ name: string }> };
    expect(fares.parameters.map((p) => p.name)).toEqual(['destination', 'rideType', 'market', 'place']);
    const text = readFileSync('service/openapi.yaml', 'utf8');
    for (const market of MARKETS) expect(text).toContain(CURRENCY[market]);
    const booking = spec.paths['/v1/rides']?.post as {
      requestBody: { content: { 'application/json': { schema: { properties: Record<string, unknown> } } } };
    };
    expect(Object.keys(booking.requestBody.content['application/json'].schema.properties)).toEqual([
      'destination',
      'rideType',
      'market',
      'place',
    ]);
  });
});
