import * as z from 'zod/mini';
import { forbiddenField } from '../../common/forbidden-field.ts';
import { nonEmptyString } from '../../common/non-empty-string.ts';
import { strictObject } from '../../common/object-schema.ts';
import { boundedText } from '../../validation/rule-check.ts';
import { interactiveBodySchema } from './interactive-body.ts';
import { interactiveFooterSchema } from './interactive-footer.ts';
import { withRule } from './with-rule.ts';

/** The longest `product_retailer_id`, in characters (R-INT-PROD-2, R-INT-PL-8). */
export const MAX_PRODUCT_RETAILER_ID_LENGTH = 100;

/** The `action` of a single-product message: the catalog and the product. */
export const productActionSchema = strictObject({
  /** The Facebook catalog linked to the WhatsApp Business Account (R-INT-PROD-1). */
  catalog_id: withRule(nonEmptyString('R-INT-PROD-1'), 'R-INT-PROD-1'),
  /** The product's ID in the catalog, at most 100 characters (R-INT-PROD-2). */
  product_retailer_id: withRule(
    boundedText({ rule: 'R-INT-PROD-2', max: MAX_PRODUCT_RETAILER_ID_LENGTH }),
    'R-INT-PROD-2',
  ),
});

/** The `action` of a single-product message. */
export type ProductAction = z.infer<typeof productActionSchema>;

/** A single-product message: one item of the business's catalog. */
export const productInteractiveSchema = strictObject({
  /** `"product"`. */
  type: z.literal('product'),
  /** Not allowed (R-INT-5, R-INT-PROD-3). */
  header: forbiddenField('R-INT-5', 'a single-product message has no header (R-INT-PROD-3)'),
  /** Optional for single-product messages (R-INT-6). */
  body: z.optional(interactiveBodySchema),
  /** Optional (R-INT-8). */
  footer: z.optional(interactiveFooterSchema),
  /** The catalog and product (R-INT-3). */
  action: withRule(productActionSchema, 'R-INT-3'),
});

/** The `interactive` object of a single-product message. */
export type ProductInteractive = z.infer<typeof productInteractiveSchema>;
