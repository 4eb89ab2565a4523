import * as z from 'zod/mini';
import { forbiddenField } from '../../common/forbidden-field.ts';
import { strictObject } from '../../common/object-schema.ts';
import { interactiveBodySchema } from './interactive-body.ts';
import { interactiveFooterSchema } from './interactive-footer.ts';
import { withRule } from './with-rule.ts';

/** The `action` of a catalog message. */
export const catalogMessageActionSchema = strictObject({
  /** `"catalog_message"` (R-INT-CAT-1, R-INT-ACT-1). */
  name: withRule(z.literal('catalog_message'), 'R-INT-CAT-1'),
  /** Optional settings of the catalog message. */
  parameters: z.optional(
    strictObject({
      /** The retailer ID (SKU) of the product shown as the thumbnail; optional (R-INT-CAT-2, D-10). */
      thumbnail_product_retailer_id: z.optional(withRule(z.string(), 'R-INT-CAT-2')),
    }),
  ),
});

/** The `action` of a catalog message. */
export type CatalogMessageAction = z.infer<typeof catalogMessageActionSchema>;

/** A catalog message: a button that opens the business's whole catalog. */
export const catalogMessageInteractiveSchema = strictObject({
  /** `"catalog_message"`. */
  type: z.literal('catalog_message'),
  /** Not accepted: the API documents no header for catalog messages (D-10). */
  header: forbiddenField(undefined, 'a catalog message takes no header (D-10)'),
  /** Required (R-INT-CAT-3). */
  body: withRule(interactiveBodySchema, 'R-INT-CAT-3'),
  /** Optional (R-INT-CAT-3, R-INT-8). */
  footer: z.optional(interactiveFooterSchema),
  /** `name: "catalog_message"` and the thumbnail (R-INT-3). */
  action: withRule(catalogMessageActionSchema, 'R-INT-3'),
});

/** The `interactive` object of a catalog message. */
export type CatalogMessageInteractive = z.infer<typeof catalogMessageInteractiveSchema>;
