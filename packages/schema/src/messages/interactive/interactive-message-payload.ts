import type { InteractiveHeader } from './interactive-header.ts';
import type { InteractiveObject } from './interactive-object.ts';

/**
 * What the interactive builders return: a send message in the dialect-neutral `OutgoingMessage` shape
 * (`{ to, type: "interactive", interactive }`), ready for a transport or for validation.
 */
export interface InteractiveMessagePayload<I extends InteractiveObject = InteractiveObject> {
  /** The recipient's WhatsApp ID or phone number. */
  to: string;
  /** `"interactive"`. */
  type: 'interactive';
  /** The interactive object. */
  interactive: I;
}

/** Options every interactive builder takes. */
export interface InteractiveMessageBaseOptions {
  /** The recipient's WhatsApp ID or phone number. */
  to: string;
  /** The main text, at most 1024 characters (R-INT-7). */
  body: string;
  /** An optional footer text, at most 60 characters (R-INT-8). */
  footer?: string | undefined;
}

/** Wraps an interactive object as a send message. */
export function interactiveMessage<I extends InteractiveObject>(
  to: string,
  interactive: I,
): InteractiveMessagePayload<I> {
  return { to, type: 'interactive', interactive };
}

/** `{ footer: { text } }` when a footer is given, `{}` otherwise (no `undefined` keys in payloads). */
export function footerPart(footer: string | undefined): { footer?: { text: string } } {
  return footer === undefined ? {} : { footer: { text: footer } };
}

/**
 * `{ header }` when a header is given, `{}` otherwise: a string becomes a text header, a header object
 * (text, image, video or document) is kept as it is.
 */
export function headerPart(header: string | InteractiveHeader | undefined): { header?: InteractiveHeader } {
  if (header === undefined) return {};
  return { header: typeof header === 'string' ? { type: 'text', text: header } : header };
}
