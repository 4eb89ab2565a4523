import type {
  InteractiveMessageBaseOptions,
  InteractiveMessagePayload,
} from './interactive-message-payload.ts';
import { footerPart, interactiveMessage } from './interactive-message-payload.ts';
import type { ListInteractive } from './list-interactive.ts';
import type { ListSection } from './list-section.ts';

/** Options of {@link listMessage}. */
export interface ListMessageOptions extends InteractiveMessageBaseOptions {
  /** The label of the button that opens the list, at most 20 characters (R-INT-LIST-1). */
  button: string;
  /** 1 to 10 sections with at most 10 rows in all (R-INT-LIST-2, R-INT-LIST-5). */
  sections: ListSection[];
  /** An optional text header, at most 60 characters (R-INT-LIST-9, R-INT-HDR-4). */
  header?: string | undefined;
}

/**
 * Builds a list message. Pure: nothing is validated until the message is sent or passed to
 * `interactiveObjectSchema`.
 *
 * @example
 * ```ts
 * const message = listMessage({
 *   to: '15551234567',
 *   body: 'Pick a delivery slot',
 *   button: 'Slots',
 *   sections: [{ rows: [{ id: 'mon-am', title: 'Monday morning' }, { id: 'mon-pm', title: 'Monday afternoon' }] }],
 * });
 * ```
 */
export function listMessage(options: ListMessageOptions): InteractiveMessagePayload<ListInteractive> {
  const { to, body, button, sections, header, footer } = options;
  return interactiveMessage(to, {
    type: 'list',
    ...(header === undefined ? {} : { header: { type: 'text', text: header } }),
    body: { text: body },
    ...footerPart(footer),
    action: { button, sections },
  });
}
