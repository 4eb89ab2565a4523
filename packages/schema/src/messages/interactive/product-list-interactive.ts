import * as z from 'zod/mini';
import { nonEmptyString } from '../../common/non-empty-string.ts';
import { strictObject } from '../../common/object-schema.ts';
import { allowVariants } from './allow-variants.ts';
import { interactiveBodySchema } from './interactive-body.ts';
import { interactiveFooterSchema } from './interactive-footer.ts';
import { interactiveHeaderSchema } from './interactive-header.ts';
import { productSectionSchema } from './product-section.ts';
import { sectionsCheck } from './section-checks.ts';
import { withRule } from './with-rule.ts';

/** The most products a multi-product message may have, across all sections (R-INT-PL-7). */
export const MAX_PRODUCT_LIST_ITEMS = 30;

/** The `action` of a multi-product message: the catalog and sections of products. */
export const productListActionSchema = strictObject({
  /** The Facebook catalog linked to the WhatsApp Business Account (R-INT-PL-3). */
  catalog_id: withRule(nonEmptyString('R-INT-PL-3'), 'R-INT-PL-3'),
  /** 1 to 10 sections (R-INT-PL-4) holding at most 30 products in all (R-INT-PL-7). */
  sections: withRule(z.array(productSectionSchema), 'R-INT-PL-4'),
}).check(
  sectionsCheck({
    what: 'a multi-product message',
    sectionCount: 'R-INT-PL-4',
    title: 'R-INT-PL-5',
    itemsKey: 'product_items',
    itemName: 'product',
    itemsPerSection: 'R-INT-PL-6',
    totalItems: 'R-INT-PL-7',
    maxItems: MAX_PRODUCT_LIST_ITEMS,
  }),
);

/** The `action` of a multi-product message. */
export type ProductListAction = z.infer<typeof productListActionSchema>;

/** A multi-product message: up to 30 catalog items in up to 10 sections. */
export const productListInteractiveSchema = strictObject({
  /** `"product_list"`. */
  type: z.literal('product_list'),
  /** Required, a `text` header (R-INT-4, R-INT-PL-1). */
  header: withRule(
    allowVariants(interactiveHeaderSchema, ['text'], 'R-INT-PL-1', 'a multi-product message'),
    'R-INT-4',
  ),
  /** Required (R-INT-PL-2). */
  body: withRule(interactiveBodySchema, 'R-INT-PL-2'),
  /** Optional (R-INT-8). */
  footer: z.optional(interactiveFooterSchema),
  /** The catalog and sections (R-INT-3). */
  action: withRule(productListActionSchema, 'R-INT-3'),
});

/** The `interactive` object of a multi-product message. */
export type ProductListInteractive = z.infer<typeof productListInteractiveSchema>;
