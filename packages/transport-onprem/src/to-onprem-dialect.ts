import type { OutgoingMessage } from '@wa/schema';

/**
 * The On-Prem dialect of a message that is not validated (`validate: false`): only `text.preview_url`
 * moves to the top level (R-REQ-20); everything else is sent as given.
 */
export function toOnPremDialect(message: OutgoingMessage): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...(message as Record<string, unknown>) };
  const text = copy.text;
  if (typeof text === 'object' && text !== null && 'preview_url' in text) {
    const { preview_url: previewUrl, ...rest } = text as Record<string, unknown>;
    copy.text = rest;
    copy.preview_url = previewUrl;
  }
  return copy;
}
