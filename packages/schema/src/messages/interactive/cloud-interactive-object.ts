import * as z from 'zod/mini';
import { addressMessageInteractiveSchema } from './address-message-interactive.ts';
import { callPermissionRequestInteractiveSchema } from './call-permission-request-interactive.ts';
import { cloudCarouselInteractiveSchema } from './carousel-interactive.ts';
import { catalogMessageInteractiveSchema } from './catalog-message-interactive.ts';
import { cloudCtaUrlInteractiveSchema } from './cta-url-interactive.ts';
import { flowInteractiveSchema } from './flow-interactive.ts';
import { listInteractiveSchema } from './list-interactive.ts';
import { locationRequestInteractiveSchema } from './location-request-interactive.ts';
import {
  cloudOrderDetailsInteractiveSchema,
  cloudOrderStatusInteractiveSchema,
} from './order-interactive.ts';
import { productInteractiveSchema } from './product-interactive.ts';
import { productListInteractiveSchema } from './product-list-interactive.ts';
import { cloudReplyButtonsInteractiveSchema } from './reply-buttons-interactive.ts';
import { requestContactInfoInteractiveSchema } from './request-contact-info-interactive.ts';
import { voiceCallInteractiveSchema } from './voice-call-interactive.ts';
import { withRule } from './with-rule.ts';

/** The `interactive` object of a Cloud API request: every type, media headers without `provider`. */
export const cloudInteractiveObjectSchema = withRule(
  z.discriminatedUnion('type', [
    listInteractiveSchema,
    cloudReplyButtonsInteractiveSchema,
    productInteractiveSchema,
    productListInteractiveSchema,
    catalogMessageInteractiveSchema,
    flowInteractiveSchema,
    locationRequestInteractiveSchema,
    cloudCtaUrlInteractiveSchema,
    addressMessageInteractiveSchema,
    cloudCarouselInteractiveSchema,
    voiceCallInteractiveSchema,
    callPermissionRequestInteractiveSchema,
    requestContactInfoInteractiveSchema,
    cloudOrderDetailsInteractiveSchema,
    cloudOrderStatusInteractiveSchema,
  ]),
  'R-INT-1',
);

/** The `interactive` object of a Cloud API request. */
export type CloudInteractiveObject = z.infer<typeof cloudInteractiveObjectSchema>;
