import type { InteractiveMessagePayload } from './interactive-message-payload.ts';
import { footerPart, interactiveMessage } from './interactive-message-payload.ts';
import type { ProductInteractive } from './product-interactive.ts';

/** Options of {@link productMessage}. */
export interface ProductMessageOptions {
  /** The recipient's WhatsApp ID or phone number. */
  to: string;
  /** The catalog linked to the WhatsApp Business Account (R-INT-PROD-1). */
  catalogId: string;
  /** The product's ID in the catalog, at most 100 characters (R-INT-PROD-2). */
  productRetailerId: string;
  /** Optional body text, at most 1024 characters (R-INT-6, R-INT-7). */
  body?: string | undefined;
  /** Optional footer text, at most 60 characters (R-INT-8). */
  footer?: string | undefined;
}

/**
 * Builds a single-product message (no header, R-INT-5). Pure: nothing is validated at call time.
 *
 * @example
 * ```ts
 * const message = productMessage({ to: '15551234567', catalogId: '1234', productRetailerId: 'sku-42' });
 * ```
 */
export function productMessage(
  options: ProductMessageOptions,
): InteractiveMessagePayload<ProductInteractive> {
  const { to, catalogId, productRetailerId, body, footer } = options;
  return interactiveMessage(to, {
    type: 'product',
    ...(body === undefined ? {} : { body: { text: body } }),
    ...footerPart(footer),
    action: { catalog_id: catalogId, product_retailer_id: productRetailerId },
  });
}
