import type { FormatNode } from './format-node.ts';
import { parse } from './parse.ts';

const htmlEntities: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const tags = { bold: 'strong', italic: 'em', strikethrough: 's' } as const;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => htmlEntities[character] ?? character);
}

function inlineHtml(nodes: readonly FormatNode[]): string {
  let html = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        html += escapeHtml(node.text).replaceAll('\n', '<br>');
        break;
      case 'inlineCode':
        html += `<code>${escapeHtml(node.text)}</code>`;
        break;
      case 'monospace':
        html += `<code class="wa-monospace">${escapeHtml(node.text).replaceAll('\n', '<br>')}</code>`;
        break;
      case 'bold':
      case 'italic':
      case 'strikethrough': {
        const tag = tags[node.type];
        html += `<${tag}>${inlineHtml(node.children)}</${tag}>`;
        break;
      }
      default:
        html += inlineHtml(node.children);
    }
  }
  return html;
}

/**
 * Renders WhatsApp text (or a tree from `parse`) as HTML for previews: `<strong>`, `<em>`, `<s>`,
 * `<code>` (inline code), `<code class="wa-monospace">` (monospace), `<blockquote>` per quoted line,
 * `<ul>`/`<ol start>` with `<li>` for consecutive list lines, `<br>` for other line breaks. All text
 * is HTML-escaped (`&`, `<`, `>`, `"`, `'`), so user text can never inject markup.
 *
 * @example
 * ```ts
 * toHtml('Hi *<b>*'); // 'Hi <strong>&lt;b&gt;</strong>'
 * ```
 */
export function toHtml(input: string | readonly FormatNode[]): string {
  const nodes = typeof input === 'string' ? parse(input) : input;
  let html = '';
  let openList: 'ul' | 'ol' | undefined;
  nodes.forEach((node, index) => {
    const previous = nodes[index - 1];
    let current = node;
    if (node.type === 'text' && previous && 'children' in previous && !(previous.type in tags)) {
      // The line break after a quote or list line belongs to that block element.
      const text = node.text.startsWith('\n') ? node.text.slice(1) : node.text;
      if (text === '') return;
      current = { type: 'text', text };
    }
    const list = current.type === 'bulletItem' ? 'ul' : current.type === 'numberedItem' ? 'ol' : undefined;
    if (list !== openList) {
      if (openList) html += `</${openList}>`;
      if (current.type === 'numberedItem' && Number.isSafeInteger(current.number) && current.number !== 1) {
        html += `<ol start="${current.number}">`;
      } else if (list) html += `<${list}>`;
      openList = list;
    }
    if (list && 'children' in current) html += `<li>${inlineHtml(current.children)}</li>`;
    else if (current.type === 'quote') html += `<blockquote>${inlineHtml(current.children)}</blockquote>`;
    else html += inlineHtml([current]);
  });
  if (openList) html += `</${openList}>`;
  return html;
}
