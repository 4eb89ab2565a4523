import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod/mini';
import { CloudErrorResponse, type cloudErrorResponseSchema } from './cloud-error-response.ts';
import { CloudSendResponse, type cloudSendResponseSchema } from './cloud-send-response.ts';
import type { OnPremErrorResponse } from './onprem-error-response.ts';
import { OnPremSendResponse } from './onprem-send-response.ts';

describe('response types', () => {
  it('R-RESP-2 exports CloudSendResponse as both schema and type', () => {
    expectTypeOf(CloudSendResponse).toEqualTypeOf<typeof cloudSendResponseSchema>();
    expectTypeOf<CloudSendResponse>().toEqualTypeOf<z.infer<typeof cloudSendResponseSchema>>();
    expectTypeOf<CloudSendResponse['contacts'][number]['wa_id']>().toEqualTypeOf<string>();
    expectTypeOf<CloudSendResponse['messages'][number]['message_status']>().toEqualTypeOf<
      string | undefined
    >();
  });

  it('R-RESP-1 gives message IDs as strings on both APIs', () => {
    expectTypeOf<OnPremSendResponse['messages'][number]['id']>().toEqualTypeOf<string>();
    expectTypeOf(OnPremSendResponse.parse({})).toEqualTypeOf<OnPremSendResponse>();
  });

  it('R-RESP-5 types the error bodies', () => {
    expectTypeOf<CloudErrorResponse['error']['code']>().toEqualTypeOf<number>();
    expectTypeOf(CloudErrorResponse).toEqualTypeOf<typeof cloudErrorResponseSchema>();
    expectTypeOf<OnPremErrorResponse['errors'][number]['details']>().toEqualTypeOf<string | undefined>();
    // The Graph error has no typed `errors` array (unknown keys are kept, typed `unknown`).
    expectTypeOf<CloudErrorResponse['errors']>().toBeUnknown();
    // @ts-expect-error an unknown key cannot be used as a number without a check
    const _code: number = ({} as CloudErrorResponse).code;
  });
});
