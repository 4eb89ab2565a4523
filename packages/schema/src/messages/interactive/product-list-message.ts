import type {
  InteractiveMessageBaseOptions,
  InteractiveMessagePayload,
} from './interactive-message-payload.ts';
import { footerPart, interactiveMessage } from './interactive-message-payload.ts';
import type { ProductListInteractive } from './product-list-interactive.ts';

/** One section of {@link productListMessage}. */
export interface ProductListSectionOption {
  /** The section title, at most 24 characters; required when there is more than one section (R-INT-PL-5). */
  title?: string | undefined;
  /** The retailer IDs of the products, at least one (R-INT-PL-6); at most 30 in all (R-INT-PL-7). */
  productRetailerIds: string[];
}

/** Options of {@link productListMessage}. */
export interface ProductListMessageOptions extends InteractiveMessageBaseOptions {
  /** The required text header, at most 60 characters (R-INT-4, R-INT-PL-1). */
  header: string;
  /** The catalog linked to the WhatsApp Business Account (R-INT-PL-3). */
  catalogId: string;
  /** 1 to 10 sections (R-INT-PL-4). */
  sections: ProductListSectionOption[];
}

/**
 * Builds a multi-product message. Pure: nothing is validated at call time.
 *
 * @example
 * ```ts
 * const message = productListMessage({
 *   to: '15551234567',
 *   header: 'Summer picks',
 *   body: 'Three favourites',
 *   catalogId: '1234',
 *   sections: [{ productRetailerIds: ['sku-1', 'sku-2', 'sku-3'] }],
 * });
 * ```
 */
export function productListMessage(
  options: ProductListMessageOptions,
): InteractiveMessagePayload<ProductListInteractive> {
  const { to, header, body, footer, catalogId, sections } = options;
  return interactiveMessage(to, {
    type: 'product_list',
    header: { type: 'text', text: header },
    body: { text: body },
    ...footerPart(footer),
    action: {
      catalog_id: catalogId,
      sections: sections.map(({ title, productRetailerIds }) => ({
        ...(title === undefined ? {} : { title }),
        product_items: productRetailerIds.map((id) => ({ product_retailer_id: id })),
      })),
    },
  });
}
