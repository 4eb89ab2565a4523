import * as z from 'zod/mini';
import { strictObject } from '../../common/object-schema.ts';
import { boundedText } from '../../validation/rule-check.ts';
import { MAX_SECTION_TITLE_LENGTH } from './list-section.ts';
import { MAX_PRODUCT_RETAILER_ID_LENGTH } from './product-interactive.ts';
import { withRule } from './with-rule.ts';

/** One product of a multi-product message section. */
export const productItemSchema = strictObject({
  /** The product's ID in the catalog, at most 100 characters (R-INT-PL-8). */
  product_retailer_id: withRule(
    boundedText({ rule: 'R-INT-PL-8', max: MAX_PRODUCT_RETAILER_ID_LENGTH }),
    'R-INT-PL-8',
  ),
});

/** One product of a multi-product message. */
export type ProductItem = z.infer<typeof productItemSchema>;

/** A titled group of products in a multi-product message. */
export const productSectionSchema = strictObject({
  /** The section title, at most 24 characters; required when there is more than one section (R-INT-PL-5). */
  title: z.optional(boundedText({ rule: 'R-INT-PL-5', max: MAX_SECTION_TITLE_LENGTH })),
  /** The products, at least one (R-INT-PL-6); at most 30 across all sections (R-INT-PL-7). */
  product_items: withRule(z.array(productItemSchema), 'R-INT-PL-6'),
});

/** One section of a multi-product message. */
export type ProductSection = z.infer<typeof productSectionSchema>;
