import type { CtaUrlInteractive } from './cta-url-interactive.ts';
import type { InteractiveHeader } from './interactive-header.ts';
import type {
  InteractiveMessageBaseOptions,
  InteractiveMessagePayload,
} from './interactive-message-payload.ts';
import { footerPart, headerPart, interactiveMessage } from './interactive-message-payload.ts';

/** Options of {@link ctaUrlMessage}. */
export interface CtaUrlMessageOptions extends InteractiveMessageBaseOptions {
  /** The button label, at most 20 characters. */
  displayText: string;
  /** The http(s) URL the button opens. */
  url: string;
  /** An optional header: a string for a text header, or a full header object (image, video, document). */
  header?: string | InteractiveHeader | undefined;
}

/**
 * Builds a call-to-action URL button message (Cloud API). Pure: nothing is validated at call time.
 *
 * @example
 * ```ts
 * const message = ctaUrlMessage({
 *   to: '15551234567',
 *   body: 'Your invoice is ready',
 *   displayText: 'Open invoice',
 *   url: 'https://example.com/invoices/42',
 * });
 * ```
 */
export function ctaUrlMessage(options: CtaUrlMessageOptions): InteractiveMessagePayload<CtaUrlInteractive> {
  const { to, body, footer, header, displayText, url } = options;
  return interactiveMessage(to, {
    type: 'cta_url',
    ...headerPart(header),
    body: { text: body },
    ...footerPart(footer),
    action: { name: 'cta_url', parameters: { display_text: displayText, url } },
  });
}
