import * as z from 'zod/mini';
import { catalogMessageInteractiveSchema } from './catalog-message-interactive.ts';
import { flowInteractiveSchema } from './flow-interactive.ts';
import { listInteractiveSchema } from './list-interactive.ts';
import { locationRequestInteractiveSchema } from './location-request-interactive.ts';
import { productInteractiveSchema } from './product-interactive.ts';
import { productListInteractiveSchema } from './product-list-interactive.ts';
import { onPremReplyButtonsInteractiveSchema } from './reply-buttons-interactive.ts';
import { withRule } from './with-rule.ts';

/**
 * The `interactive` object of an On-Premises API request: the seven types the On-Premises documentation
 * gives (no `cta_url`, no `address_message`); media headers may name a `provider`.
 */
export const onPremInteractiveObjectSchema = withRule(
  z.discriminatedUnion('type', [
    listInteractiveSchema,
    onPremReplyButtonsInteractiveSchema,
    productInteractiveSchema,
    productListInteractiveSchema,
    catalogMessageInteractiveSchema,
    flowInteractiveSchema,
    locationRequestInteractiveSchema,
  ]),
  'R-INT-1',
);

/** The `interactive` object of an On-Premises API request. */
export type OnPremInteractiveObject = z.infer<typeof onPremInteractiveObjectSchema>;
