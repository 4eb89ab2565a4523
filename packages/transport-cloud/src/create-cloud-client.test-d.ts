import type { DownloadedMedia, MediaReference, SendResult, Transport } from '@wa/schema';
import { describe, expectTypeOf, it } from 'vitest';
import type { CloudClient, CloudMediaInfo, MessagePayload } from './cloud-client.ts';
import type { CloudErrorCode } from './cloud-error-codes.ts';
import { createCloudClient } from './create-cloud-client.ts';
import type { GraphApiError } from './graph-api-error.ts';

describe('createCloudClient types', () => {
  const client = createCloudClient({ accessToken: 'token', phoneNumberId: '1' });

  it('satisfies the shared Transport contract', () => {
    expectTypeOf(client).toExtend<Transport>();
    const transport: Transport = client;
    expectTypeOf(transport.send).returns.resolves.toEqualTypeOf<SendResult>();
    expectTypeOf(client.api).toEqualTypeOf<'cloud'>();
  });

  it('types the convenience methods and media calls', () => {
    expectTypeOf(client.sendText).returns.resolves.toEqualTypeOf<SendResult>();
    expectTypeOf(client.uploadMedia).returns.resolves.toEqualTypeOf<MediaReference>();
    expectTypeOf(client.downloadMedia).returns.resolves.toEqualTypeOf<DownloadedMedia>();
    expectTypeOf(client.getMediaUrl).returns.resolves.toEqualTypeOf<CloudMediaInfo>();
    expectTypeOf<MessagePayload<'image'>>().not.toBeNever();
    expectTypeOf<MessagePayload<'template'>>().not.toBeNever();
    expectTypeOf<CloudClient['sendTypingIndicator']>().returns.resolves.toBeVoid();
  });

  it('rejects wrong arguments at compile time', () => {
    // @ts-expect-error the body must be a string
    void client.sendText('15551234567', 42);
    // @ts-expect-error an image payload needs an object, not a URL string
    void client.sendImage('15551234567', 'https://example.com/a.jpg');
    // @ts-expect-error unknown setting
    createCloudClient({ accessToken: 'token', phoneNumberId: '1', timeoutMs: 5 });
  });

  it('derives the error-code union from the table', () => {
    expectTypeOf<131026>().toExtend<CloudErrorCode>();
    expectTypeOf<130429>().toExtend<CloudErrorCode>();
    expectTypeOf<GraphApiError['errorCode']>().toEqualTypeOf<number | undefined>();
  });
});
