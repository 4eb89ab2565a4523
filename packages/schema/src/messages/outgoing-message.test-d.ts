import { describe, expectTypeOf, it } from 'vitest';
import { imageMessage } from './builders/media-message.ts';
import { textMessage } from './builders/text-message.ts';
import type { CloudSendRequest } from './cloud-send-request.ts';
import type { OnPremSendRequest } from './onprem-send-request.ts';
import type { ImageMessage, OutgoingMessage, TextMessage } from './outgoing-message.ts';
import { toCloudSendRequest } from './to-cloud-send-request.ts';
import { toOnPremSendRequest } from './to-onprem-send-request.ts';

describe('OutgoingMessage types', () => {
  it('narrows on type', () => {
    const message = {} as OutgoingMessage;
    if (message.type === 'image') {
      expectTypeOf(message.image.caption).toEqualTypeOf<string | undefined>();
    }
    if (message.type === 'location') {
      expectTypeOf(message.location.latitude).toEqualTypeOf<string | number>();
    }
    if (message.type === undefined) {
      expectTypeOf(message.text.body).toEqualTypeOf<string>();
    }
  });

  it('builders return the narrowed message type', () => {
    expectTypeOf(textMessage('1', 'hi')).toEqualTypeOf<TextMessage>();
    expectTypeOf(imageMessage('1', { id: '1' })).toEqualTypeOf<ImageMessage>();
    expectTypeOf(textMessage('1', 'hi')).toExtend<OutgoingMessage>();
  });

  it('converters return the request type of their API', () => {
    expectTypeOf(toCloudSendRequest).returns.toEqualTypeOf<CloudSendRequest>();
    expectTypeOf(toOnPremSendRequest).returns.toEqualTypeOf<OnPremSendRequest>();
    const cloud = {} as CloudSendRequest;
    expectTypeOf(cloud.messaging_product).toEqualTypeOf<'whatsapp'>();
  });

  it('rejects wrong shapes at compile time', () => {
    // @ts-expect-error a text message has no image
    const textWithImage: OutgoingMessage = { to: '1', type: 'text', text: { body: 'x' }, image: { id: '1' } };
    // @ts-expect-error an image message needs its image
    const imageWithoutPayload: OutgoingMessage = { to: '1', type: 'image' };
    // @ts-expect-error audio takes no caption (R-MEDIA-9)
    const audioWithCaption: OutgoingMessage = { to: '1', type: 'audio', audio: { id: '1', caption: 'x' } };
    // @ts-expect-error unknown message type
    const unknownType: OutgoingMessage = { to: '1', type: 'fax', fax: {} };
    // @ts-expect-error messaging_product is added by toCloudSendRequest
    const withProduct: OutgoingMessage = { messaging_product: 'whatsapp', to: '1', text: { body: 'x' } };
    // @ts-expect-error On-Premises requests have no reply context (R-REQ-18)
    const onPremContext: OnPremSendRequest = { to: '1', text: { body: 'x' }, context: { message_id: 'a' } };
    // @ts-expect-error Cloud requests need messaging_product (R-REQ-6)
    const cloudWithoutProduct: CloudSendRequest = { to: '1', text: { body: 'x' } };
    // @ts-expect-error a media source is an id or a link, not both
    const both = imageMessage('1', { id: '1', link: 'https://example.com/a.jpg' });
    expectTypeOf([
      textWithImage,
      imageWithoutPayload,
      audioWithCaption,
      unknownType,
      withProduct,
    ]).toBeArray();
    expectTypeOf([onPremContext, cloudWithoutProduct, both]).toBeArray();
  });
});
