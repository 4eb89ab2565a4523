import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import { safeValidate } from '../validation/validate.ts';
import { CloudWebhookPayload } from '../webhooks/cloud/cloud-webhook-payload.ts';
import { OnPremWebhookPayload } from '../webhooks/onprem/onprem-webhook-payload.ts';
import { CloudErrorResponse } from './cloud-error-response.ts';
import { CloudSendResponse } from './cloud-send-response.ts';
import { OnPremErrorResponse } from './onprem-error-response.ts';
import { onPremHealthResponseSchema } from './onprem-health-response.ts';
import { OnPremSendResponse } from './onprem-send-response.ts';

const schemas: [string, z.ZodMiniType][] = [
  ['CloudSendResponse', CloudSendResponse],
  ['OnPremSendResponse', OnPremSendResponse],
  ['CloudErrorResponse', CloudErrorResponse],
  ['OnPremErrorResponse', OnPremErrorResponse],
  ['OnPremHealthResponse', onPremHealthResponseSchema],
  ['CloudWebhookPayload', CloudWebhookPayload],
  ['OnPremWebhookPayload', OnPremWebhookPayload],
];

describe('incoming schemas on arbitrary JSON', () => {
  it.each(schemas)('R-RESP-5 safeValidate(%s) never throws and always answers', (name, schema) => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (input) => {
        const result = safeValidate(schema, input, name);
        expect(typeof result.success).toBe('boolean');
        if (!result.success) expect(result.error.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  });
});
