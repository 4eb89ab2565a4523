import type { TextMessage } from '../outgoing-message.ts';
import { type MessageOptions, type MessageRecipient, messageEnvelope } from './message-options.ts';

/** Options of {@link textMessage}. */
export interface TextMessageOptions extends MessageOptions {
  /** Show a preview of the first URL in the body (`text.preview_url`; top-level on On-Premises). */
  previewUrl?: boolean | undefined;
}

/**
 * Builds a text message (`body`: 1 to 4096 characters). Pure: nothing is validated until the message is
 * converted or sent.
 *
 * @example
 * ```ts
 * textMessage('15551234567', 'Your order shipped: https://example.com/t/1', { previewUrl: true });
 * ```
 */
export function textMessage(to: MessageRecipient, body: string, options?: TextMessageOptions): TextMessage {
  const text: TextMessage['text'] =
    options?.previewUrl === undefined ? { body } : { body, preview_url: options.previewUrl };
  return { ...messageEnvelope(to, options), type: 'text', text };
}
