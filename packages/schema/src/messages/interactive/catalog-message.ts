import type { CatalogMessageInteractive } from './catalog-message-interactive.ts';
import type {
  InteractiveMessageBaseOptions,
  InteractiveMessagePayload,
} from './interactive-message-payload.ts';
import { footerPart, interactiveMessage } from './interactive-message-payload.ts';

/** Options of {@link catalogMessage}. */
export interface CatalogMessageOptions extends InteractiveMessageBaseOptions {
  /** The retailer ID of the product shown as thumbnail; optional (R-INT-CAT-2, D-10). */
  thumbnailProductRetailerId?: string | undefined;
}

/**
 * Builds a catalog message (`action.name: "catalog_message"`, R-INT-CAT-1). Pure: nothing is validated at
 * call time.
 *
 * @example
 * ```ts
 * const message = catalogMessage({ to: '15551234567', body: 'Browse our shop', thumbnailProductRetailerId: 'sku-1' });
 * ```
 */
export function catalogMessage(
  options: CatalogMessageOptions,
): InteractiveMessagePayload<CatalogMessageInteractive> {
  const { to, body, footer, thumbnailProductRetailerId } = options;
  return interactiveMessage(to, {
    type: 'catalog_message',
    body: { text: body },
    ...footerPart(footer),
    action: {
      name: 'catalog_message',
      ...(thumbnailProductRetailerId === undefined
        ? {}
        : { parameters: { thumbnail_product_retailer_id: thumbnailProductRetailerId } }),
    },
  });
}
