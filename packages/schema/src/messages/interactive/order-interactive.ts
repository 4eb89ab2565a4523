import * as z from 'zod/mini';
import type { MessageDialect } from '../../common/message-dialect.ts';
import { strictObject } from '../../common/object-schema.ts';
import { interactiveBodySchema } from './interactive-body.ts';
import { interactiveFooterSchema } from './interactive-footer.ts';
import { interactiveHeaderSchemas } from './interactive-header.ts';
import { withRule } from './with-rule.ts';

/**
 * The `parameters` of an order message: `reference_id`, `type`, `payment_type` or `payment_settings`,
 * `currency`, `total_amount`, `order` (`status`, `items`, `subtotal`, `tax`, …) for `order_details`;
 * `reference_id` and `order: { status, description? }` for `order_status`. The fields vary by market
 * (India, Brazil, Singapore) and integration, so they are passed through for the API to check.
 */
export const orderParametersSchema = z.record(z.string(), z.unknown());

function buildOrderInteractive<T extends 'order_details' | 'order_status'>(
  type: T,
  actionName: T extends 'order_details' ? 'review_and_pay' : 'review_order',
  dialect: MessageDialect,
) {
  return strictObject({
    /** `"order_details"` (a bill to pay) or `"order_status"` (an update of its status). */
    type: z.literal(type),
    /** Optional: text or media header. */
    header: z.optional(interactiveHeaderSchemas[dialect]),
    /** Required (R-INT-6). */
    body: withRule(interactiveBodySchema, 'R-INT-6'),
    /** Optional (R-INT-8). */
    footer: z.optional(interactiveFooterSchema),
    /** `name` (`review_and_pay` or `review_order`) and the order `parameters` (R-INT-3). */
    action: withRule(
      strictObject({
        /** `"review_and_pay"` for `order_details`, `"review_order"` for `order_status` (R-INT-ACT-1). */
        name: withRule(z.literal(actionName), 'R-INT-ACT-1'),
        /** The order, payment settings and amounts. */
        parameters: orderParametersSchema,
      }),
      'R-INT-3',
    ),
  });
}

/** An order details message (Payments API, Cloud API): the bill the user pays in WhatsApp. */
export const orderDetailsInteractiveSchema = buildOrderInteractive(
  'order_details',
  'review_and_pay',
  'neutral',
);
/** An order status message (Payments API, Cloud API): the order's new status. */
export const orderStatusInteractiveSchema = buildOrderInteractive('order_status', 'review_order', 'neutral');
/** An order details message on the Cloud API. */
export const cloudOrderDetailsInteractiveSchema = buildOrderInteractive(
  'order_details',
  'review_and_pay',
  'cloud',
);
/** An order status message on the Cloud API. */
export const cloudOrderStatusInteractiveSchema = buildOrderInteractive(
  'order_status',
  'review_order',
  'cloud',
);

/** The `interactive` object of an order details message. */
export type OrderDetailsInteractive = z.infer<typeof orderDetailsInteractiveSchema>;
/** The `interactive` object of an order status message. */
export type OrderStatusInteractive = z.infer<typeof orderStatusInteractiveSchema>;
