import type { InboundMessageOf, InteractiveReply, WebhookError } from '@wa/schema';
import { describe, expectTypeOf, it } from 'vitest';
import type { WebhookHandler } from './build-webhook-handler.ts';
import type {
  InteractiveReplyEvent,
  InvalidEvent,
  InvalidPart,
  MessageEvent,
  StatusEvent,
  TemplateCategoryEvent,
  TemplateEvent,
  TemplateQualityEvent,
  TemplateStatusEvent,
  UnknownEvent,
  WebhookEvent,
} from './webhook-event.ts';
import type { WebhookEventName } from './webhook-event-names.ts';
import type { WebhookHandlerError } from './webhook-handler-error.ts';

declare const handler: WebhookHandler;

describe('on() narrows the event to its name', () => {
  it('template.status, template.quality and template.category give the template change', () => {
    handler.on('template.status', (event) => {
      expectTypeOf(event).toEqualTypeOf<TemplateStatusEvent>();
      expectTypeOf(event.templateName).toEqualTypeOf<string>();
      expectTypeOf(event.language).toEqualTypeOf<string>();
      expectTypeOf(event.reason).toEqualTypeOf<string | undefined>();
    });
    handler.on('template.quality', (event) => {
      expectTypeOf(event).toEqualTypeOf<TemplateQualityEvent>();
      expectTypeOf(event.score).toEqualTypeOf<string>();
    });
    handler.on('template.category', (event) => {
      expectTypeOf(event).toEqualTypeOf<TemplateCategoryEvent>();
      expectTypeOf(event.effectiveAt).toEqualTypeOf<Date | undefined>();
    });
    handler.on('template', (event) => {
      expectTypeOf(event).toEqualTypeOf<TemplateEvent>();
      expectTypeOf(event.name).toEqualTypeOf<'template.status' | 'template.quality' | 'template.category'>();
    });
  });

  it('message.text gives the text body', () => {
    handler.on('message.text', (event) => {
      expectTypeOf(event).toEqualTypeOf<MessageEvent<'text'>>();
      expectTypeOf(event.message.text.body).toEqualTypeOf<string>();
      expectTypeOf(event.type).toEqualTypeOf<'text'>();
      return event.message.text.body;
    });
  });

  it('message.interactive.list_reply gives the chosen row', () => {
    handler.on('message.interactive.list_reply', (event) => {
      expectTypeOf(event).toEqualTypeOf<InteractiveReplyEvent<'list_reply'>>();
      expectTypeOf(event.replyType).toEqualTypeOf<'list_reply'>();
      expectTypeOf(event.message.interactive.list_reply.id).toEqualTypeOf<string>();
      expectTypeOf(event.message.interactive.list_reply.description).toEqualTypeOf<string | undefined>();
    });
  });

  it('message.location gives numeric coordinates', () => {
    handler.on('message.location', (event) => {
      expectTypeOf(event.message).toEqualTypeOf<InboundMessageOf<'location'>>();
      expectTypeOf(event.message.location.latitude).toEqualTypeOf<number>();
    });
  });

  it('message.unknown keeps the raw message', () => {
    handler.on('message.unknown', (event) => {
      expectTypeOf(event.message.raw).toEqualTypeOf<Record<string, unknown>>();
    });
  });

  it('status.delivered and status.failed narrow the status and its update', () => {
    handler.on('status.delivered', (event) => {
      expectTypeOf(event).toEqualTypeOf<StatusEvent<'delivered'>>();
      expectTypeOf(event.status).toEqualTypeOf<'delivered'>();
      expectTypeOf(event.update.status).toEqualTypeOf<'delivered'>();
    });
    handler.on('status.failed', (event) => {
      expectTypeOf(event.update.errors).toEqualTypeOf<WebhookError[]>();
    });
  });

  it('broad names give unions, and several names at once give their union', () => {
    handler.on('message', (event) => {
      expectTypeOf(event).toEqualTypeOf<MessageEvent>();
      if (event.type === 'image') expectTypeOf(event.message.image.id).toEqualTypeOf<string>();
    });
    handler.on('status', (event) => {
      expectTypeOf(event).toEqualTypeOf<StatusEvent>();
    });
    handler.on(['status.read', 'status.played'], (event) => {
      expectTypeOf(event.status).toEqualTypeOf<'read' | 'played'>();
    });
    handler.on('unknown', (event) => {
      expectTypeOf(event).toEqualTypeOf<UnknownEvent>();
    });
    handler.on('invalid', (event) => {
      expectTypeOf(event).toEqualTypeOf<InvalidEvent>();
      expectTypeOf(event.path).toBeString();
      expectTypeOf(event.part).toEqualTypeOf<InvalidPart>();
      expectTypeOf(event.issues[0]?.path).toEqualTypeOf<string | undefined>();
    });
  });

  it('R-WH-6 message.interactive may lack its reply; the reply-type names always have it', () => {
    handler.on('message.interactive', (event) => {
      expectTypeOf(event.message.interactive).toEqualTypeOf<InteractiveReply | undefined>();
    });
    handler.on('message.interactive.button_reply', (event) => {
      expectTypeOf(event.message.interactive.button_reply.id).toBeString();
    });
  });

  it('onAny gets every event, onError the failure with its event', () => {
    handler.onAny((event) => {
      expectTypeOf(event).toEqualTypeOf<WebhookEvent>();
      if (event.kind === 'message' && event.type === 'text')
        expectTypeOf(event.message.text.body).toBeString();
    });
    handler.onError((error) => {
      expectTypeOf(error).toEqualTypeOf<WebhookHandlerError>();
      expectTypeOf(error.event).toEqualTypeOf<WebhookEvent>();
    });
  });

  it('rejects names that are not events', () => {
    // @ts-expect-error: a misspelt message type is not an event name
    handler.on('message.txt', () => undefined);
    // @ts-expect-error: the wildcard is onAny()
    handler.on('*', () => undefined);
    // @ts-expect-error: statuses are `status.<value>`
    handler.on('statuses.read', () => undefined);
    // @ts-expect-error: reply types exist only under message.interactive
    handler.on('message.list_reply', () => undefined);
    expectTypeOf<'message.interactive.button_reply'>().toExtend<WebhookEventName>();
    expectTypeOf<'status.deleted'>().toExtend<WebhookEventName>();
  });

  it('a text listener cannot read the payload of another type', () => {
    handler.on('message.text', (event) => {
      // @ts-expect-error: the type of a text event is 'text'
      const type: 'image' = event.type;
      return type;
    });
  });
});
