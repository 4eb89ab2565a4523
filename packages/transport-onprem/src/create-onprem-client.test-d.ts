import type { ApiError, SendResult, Transport } from '@wa/schema';
import { describe, expectTypeOf, it } from 'vitest';
import { createOnPremClient } from './create-onprem-client.ts';
import type { OnPremApiError } from './onprem-api-error.ts';
import type { OnPremClient, OnPremSendResult } from './onprem-client.ts';
import type { OnPremClientSettings } from './onprem-client-settings.ts';
import { ONPREM_ERROR_CODES, type OnPremErrorCode } from './onprem-error-codes.ts';

describe('createOnPremClient types', () => {
  it('returns a Transport, so an app can switch between the Cloud and On-Prem clients by import', () => {
    const client = createOnPremClient({
      baseUrl: 'http://127.0.0.1:9090',
      username: 'admin',
      password: 'S3cret!pass',
    });
    expectTypeOf(client).toExtend<Transport>();
    expectTypeOf(client.api).toEqualTypeOf<'onprem'>();
    const transport: Transport = client;
    expectTypeOf(transport.send).returns.resolves.toExtend<SendResult>();
    expectTypeOf(client.send).returns.resolves.toEqualTypeOf<OnPremSendResult>();
    expectTypeOf<OnPremClient['checkContacts']>().parameter(0).toEqualTypeOf<readonly string[]>();
  });

  it('takes either a username and password or a token, never both', () => {
    createOnPremClient({ baseUrl: 'http://127.0.0.1:9090', token: 'a-token' });
    createOnPremClient({ baseUrl: 'http://127.0.0.1:9090' });
    expectTypeOf<{
      token: string;
      username: string;
      password: string;
    }>().not.toExtend<OnPremClientSettings>();
    expectTypeOf<{ baseUrl: string; username: string; password: string }>().toExtend<OnPremClientSettings>();
    expectTypeOf<{ token: string; pacing: { perSecond: number } }>().not.toExtend<OnPremClientSettings>();
  });

  it('types OnPremApiError as an ApiError of the On-Prem API and derives codes from the table', () => {
    expectTypeOf<OnPremApiError>().toExtend<ApiError>();
    expectTypeOf<OnPremApiError['api']>().toEqualTypeOf<'onprem'>();
    expectTypeOf<1026>().toExtend<OnPremErrorCode>();
    expectTypeOf(ONPREM_ERROR_CODES[1026].retry).toEqualTypeOf<'undeliverable'>();
    // @ts-expect-error 131026 is a Cloud code, not an On-Prem one
    expectTypeOf(ONPREM_ERROR_CODES[131026]);
  });
});
