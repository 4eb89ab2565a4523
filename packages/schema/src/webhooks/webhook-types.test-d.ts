import { describe, expectTypeOf, it } from 'vitest';
import type { CloudMessageStatus } from './cloud/cloud-message-status.ts';
import type { CloudWebhookPayload } from './cloud/cloud-webhook-payload.ts';
import type {
  InboundMessageType,
  InteractiveReplyType,
  MessageStatusValue,
  OnPremMessageStatusValue,
} from './event-kinds.ts';
import type { InboundMessage } from './messages/inbound-message.ts';
import type { InteractiveReply } from './messages/interactive-reply.ts';
import type { WebhookError } from './messages/webhook-error.ts';
import type { OnPremMessageStatus } from './onprem/onprem-message-status.ts';
import type { OnPremWebhookPayload } from './onprem/onprem-webhook-payload.ts';

declare const message: InboundMessage;
declare const status: CloudMessageStatus;

describe('webhook types', () => {
  it('R-WH-3 narrowing on message type gives the payload', () => {
    if (message.type === 'text') {
      expectTypeOf(message.text.body).toEqualTypeOf<string>();
      // Loose objects keep unknown keys, typed `unknown`: a text message has no typed `image`.
      expectTypeOf(message.image).toBeUnknown();
      // @ts-expect-error an unknown key cannot be used as a string without a check
      const _caption: string = message.caption;
    }
    if (message.type === 'audio') expectTypeOf(message.audio.voice).toEqualTypeOf<boolean | undefined>();
    if (message.type === 'sticker') expectTypeOf(message.sticker.id).toEqualTypeOf<string>();
    if (message.type === 'unknown') expectTypeOf(message.raw).toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf(message.id).toEqualTypeOf<string>();
    expectTypeOf(message.timestamp).toEqualTypeOf<string>();
  });

  it('R-WH-4 R-WH-5 types inbound coordinates as numbers and name/address as optional', () => {
    if (message.type === 'location') {
      expectTypeOf(message.location.latitude).toEqualTypeOf<number>();
      expectTypeOf(message.location.longitude).toEqualTypeOf<number>();
      expectTypeOf(message.location.name).toEqualTypeOf<string | undefined>();
      expectTypeOf(message.location.address).toEqualTypeOf<string | undefined>();
    }
  });

  it('R-WH-6 narrowing on interactive type gives the chosen reply', () => {
    if (message.type === 'interactive' && message.interactive !== undefined) {
      const reply: InteractiveReply = message.interactive;
      if (reply.type === 'list_reply') expectTypeOf(reply.list_reply.id).toEqualTypeOf<string>();
      if (reply.type === 'button_reply') expectTypeOf(reply.button_reply.title).toEqualTypeOf<string>();
      if (reply.type === 'nfm_reply') expectTypeOf(reply.nfm_reply.response_json).toEqualTypeOf<string>();
    }
  });

  it('R-WH-6 an interactive message may lack its reply (value-level error 131000)', () => {
    if (message.type === 'interactive')
      expectTypeOf(message.interactive).toEqualTypeOf<InteractiveReply | undefined>();
  });

  it('an On-Premises button payload may be null', () => {
    if (message.type === 'button')
      expectTypeOf(message.button.payload).toEqualTypeOf<string | null | undefined>();
  });

  it('narrowing on status gives errors for failed only', () => {
    if (status.status === 'failed') expectTypeOf(status.errors).toEqualTypeOf<WebhookError[]>();
    if (status.status === 'delivered')
      expectTypeOf(status.errors).toEqualTypeOf<WebhookError[] | undefined>();
    if (status.status === 'unknown') expectTypeOf(status.raw).toEqualTypeOf<Record<string, unknown>>();
    expectTypeOf(status.biz_opaque_callback_data).toEqualTypeOf<string | undefined>();
  });

  it('R-WH-1 narrowing on change field gives the messages value', () => {
    const payload = {} as CloudWebhookPayload;
    const change = payload.entry[0]?.changes[0];
    if (change?.field === 'messages') {
      expectTypeOf(change.value.metadata.phone_number_id).toEqualTypeOf<string>();
      expectTypeOf(change.value.messages).toEqualTypeOf<InboundMessage[] | undefined>();
    }
    expectTypeOf<OnPremWebhookPayload['statuses']>().toEqualTypeOf<OnPremMessageStatus[] | undefined>();
  });

  it('the event-kind lists match the union discriminants exactly', () => {
    expectTypeOf<InboundMessageType>().toEqualTypeOf<InboundMessage['type']>();
    expectTypeOf<InteractiveReplyType>().toEqualTypeOf<InteractiveReply['type']>();
    expectTypeOf<MessageStatusValue>().toEqualTypeOf<CloudMessageStatus['status']>();
    expectTypeOf<OnPremMessageStatusValue>().toEqualTypeOf<OnPremMessageStatus['status']>();
  });
});
