import { toHtml } from '@wa/format';

const entities: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => entities[character] ?? character);
}

/**
 * Renders WhatsApp-formatted text (`*bold*`, `_italic_`, `~strike~`, ``` ```mono``` ```, quotes, lists)
 * as safe HTML with `@wa/format`'s `toHtml`, which escapes all text.
 */
export function renderText(text: string): string {
  return toHtml(text);
}
