import * as z from 'zod/mini';
import { addressMessageInteractiveSchema } from './address-message-interactive.ts';
import { callPermissionRequestInteractiveSchema } from './call-permission-request-interactive.ts';
import { carouselInteractiveSchema } from './carousel-interactive.ts';
import { catalogMessageInteractiveSchema } from './catalog-message-interactive.ts';
import { ctaUrlInteractiveSchema } from './cta-url-interactive.ts';
import { flowInteractiveSchema } from './flow-interactive.ts';
import { listInteractiveSchema } from './list-interactive.ts';
import { locationRequestInteractiveSchema } from './location-request-interactive.ts';
import { orderDetailsInteractiveSchema, orderStatusInteractiveSchema } from './order-interactive.ts';
import { productInteractiveSchema } from './product-interactive.ts';
import { productListInteractiveSchema } from './product-list-interactive.ts';
import { replyButtonsInteractiveSchema } from './reply-buttons-interactive.ts';
import { requestContactInfoInteractiveSchema } from './request-contact-info-interactive.ts';
import { voiceCallInteractiveSchema } from './voice-call-interactive.ts';
import { withRule } from './with-rule.ts';

/**
 * The `interactive` object of an interactive message in an `OutgoingMessage`, discriminated on `type`
 * (R-INT-1): `list`, `button`, `product`, `product_list`, `catalog_message`, `flow`,
 * `location_request_message`, and the Cloud API's `cta_url`, `address_message`, `carousel`, `voice_call`,
 * `call_permission_request`, `request_contact_info`, `order_details` and `order_status`. Each variant
 * enforces its header, body, footer and action rules with their rule IDs.
 *
 * @example
 * ```ts
 * interactiveObjectSchema.parse({
 *   type: 'button',
 *   body: { text: 'Keep your booking?' },
 *   action: { buttons: [{ type: 'reply', reply: { id: 'keep', title: 'Keep it' } }] },
 * });
 * ```
 */
export const interactiveObjectSchema = withRule(
  z.discriminatedUnion('type', [
    listInteractiveSchema,
    replyButtonsInteractiveSchema,
    productInteractiveSchema,
    productListInteractiveSchema,
    catalogMessageInteractiveSchema,
    flowInteractiveSchema,
    locationRequestInteractiveSchema,
    ctaUrlInteractiveSchema,
    addressMessageInteractiveSchema,
    carouselInteractiveSchema,
    voiceCallInteractiveSchema,
    callPermissionRequestInteractiveSchema,
    requestContactInfoInteractiveSchema,
    orderDetailsInteractiveSchema,
    orderStatusInteractiveSchema,
  ]),
  'R-INT-1',
);

/** The `interactive` object of an interactive message. */
export type InteractiveObject = z.infer<typeof interactiveObjectSchema>;
/** The kinds of interactive message: `list`, `button`, `product`, … */
export type InteractiveType = InteractiveObject['type'];
