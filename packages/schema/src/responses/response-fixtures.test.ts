import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { safeValidate } from '../validation/validate.ts';
import { CloudErrorResponse } from './cloud-error-response.ts';
import { cloudMediaUploadResponseSchema } from './cloud-media-upload-response.ts';
import { cloudMediaUrlResponseSchema } from './cloud-media-url-response.ts';
import { CloudSendResponse } from './cloud-send-response.ts';
import { cloudSuccessResponseSchema } from './cloud-success-response.ts';
import { onPremContactsRequestSchema } from './onprem-contacts-request.ts';
import { onPremContactsResponseSchema } from './onprem-contacts-response.ts';
import { OnPremErrorResponse } from './onprem-error-response.ts';
import { onPremHealthResponseSchema } from './onprem-health-response.ts';
import { onPremLoginResponseSchema } from './onprem-login-response.ts';
import { onPremMediaUploadResponseSchema } from './onprem-media-upload-response.ts';
import { OnPremSendResponse } from './onprem-send-response.ts';

const fixtureDirectory = join(import.meta.dirname, '__fixtures__');

/** Which schema a fixture belongs to, by file-name prefix (first match wins). */
const schemaByPrefix: [prefix: string, schema: z.ZodMiniType][] = [
  ['cloud-send-', CloudSendResponse],
  ['onprem-send-', OnPremSendResponse],
  ['cloud-error-', CloudErrorResponse],
  ['onprem-error-', OnPremErrorResponse],
  ['cloud-media-upload', cloudMediaUploadResponseSchema],
  ['cloud-media-url', cloudMediaUrlResponseSchema],
  ['cloud-success', cloudSuccessResponseSchema],
  ['onprem-login', onPremLoginResponseSchema],
  ['onprem-media-upload', onPremMediaUploadResponseSchema],
  ['onprem-contacts-request', onPremContactsRequestSchema],
  ['onprem-contacts-response', onPremContactsResponseSchema],
  ['onprem-health-', onPremHealthResponseSchema],
];

const fixtures = readdirSync(fixtureDirectory)
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({
    name,
    body: JSON.parse(readFileSync(join(fixtureDirectory, name), 'utf8')) as unknown,
    schema: schemaByPrefix.find(([prefix]) => name.startsWith(prefix))?.[1],
  }));

describe('response fixtures', () => {
  it('has a fixture for every response kind, each mapped to a schema', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(schemaByPrefix.length);
    expect(fixtures.filter((fixture) => fixture.schema === undefined).map((fixture) => fixture.name)).toEqual(
      [],
    );
    for (const [prefix] of schemaByPrefix) {
      expect(fixtures.some((fixture) => fixture.name.startsWith(prefix))).toBe(true);
    }
  });

  it.each(fixtures)('R-RESP-1 $name parses with its schema, unchanged', ({ body, schema }) => {
    if (schema === undefined) throw new Error('fixture without schema');
    const result = safeValidate(schema, body, 'fixture');
    expect(result.success).toBe(true);
    if (result.success) expect(result.data).toEqual(body);
  });

  it.each(fixtures.filter((fixture) => /^(cloud|onprem)-send-/.test(fixture.name)))(
    'R-RESP-5 success body $name is not an error body',
    ({ body }) => {
      expect(CloudErrorResponse.safeParse(body).success).toBe(false);
      expect(OnPremErrorResponse.safeParse(body).success).toBe(false);
    },
  );

  it.each(fixtures.filter((fixture) => /^(cloud|onprem)-error-/.test(fixture.name)))(
    'R-RESP-5 error body $name is not a send success',
    ({ body }) => {
      expect(CloudSendResponse.safeParse(body).success).toBe(false);
      expect(OnPremSendResponse.safeParse(body).success).toBe(false);
    },
  );
});
