import type { InteractiveHeader } from './interactive-header.ts';
import type {
  InteractiveMessageBaseOptions,
  InteractiveMessagePayload,
} from './interactive-message-payload.ts';
import { footerPart, headerPart, interactiveMessage } from './interactive-message-payload.ts';
import type { ReplyButtonsInteractive } from './reply-buttons-interactive.ts';

/** One button of {@link replyButtonsMessage}. */
export interface ReplyButtonOption {
  /** Returned in the webhook when tapped: at most 256 characters, no leading or trailing space, unique (R-INT-BTN-5/6). */
  id: string;
  /** The label: not empty, at most 20 characters, unique in the message (R-INT-BTN-4). */
  title: string;
}

/** Options of {@link replyButtonsMessage}. */
export interface ReplyButtonsMessageOptions extends InteractiveMessageBaseOptions {
  /** 1 to 3 buttons (R-INT-BTN-2). */
  buttons: ReplyButtonOption[];
  /** An optional header: a string for a text header, or a full header object (image, video, document). */
  header?: string | InteractiveHeader | undefined;
}

/**
 * Builds a reply-button message. Pure: nothing is validated until the message is sent or passed to
 * `interactiveObjectSchema`.
 *
 * @example
 * ```ts
 * const message = replyButtonsMessage({
 *   to: '15551234567',
 *   body: 'Keep your booking for Friday?',
 *   buttons: [{ id: 'keep', title: 'Keep it' }, { id: 'cancel', title: 'Cancel' }],
 * });
 * ```
 */
export function replyButtonsMessage(
  options: ReplyButtonsMessageOptions,
): InteractiveMessagePayload<ReplyButtonsInteractive> {
  const { to, body, buttons, header, footer } = options;
  return interactiveMessage(to, {
    type: 'button',
    ...headerPart(header),
    body: { text: body },
    ...footerPart(footer),
    action: { buttons: buttons.map(({ id, title }) => ({ type: 'reply', reply: { id, title } })) },
  });
}
