import { readFileSync } from 'node:fs';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { SCOPES } from '../../../service/oauth/scopes';
import { RIDE_TYPES } from '../../../service/rides/ride';
import { RIDE_ID, rideIdFor } from '../../../service/rides/rideService';

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
