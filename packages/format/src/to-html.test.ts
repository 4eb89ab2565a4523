import { describe, expect, it } from 'vitest';
import { escape as escapeText } from './escape.ts';
import { toHtml } from './to-html.ts';

describe('toHtml', () => {
  it.each([
    ['R-FMT-1 bold', 'Total *$10*', 'Total <strong>$10</strong>'],
    ['R-FMT-2 italic', '_hi_', '<em>hi</em>'],
    ['R-FMT-3 strikethrough', '~no~', '<s>no</s>'],
    ['R-FMT-4 monospace', '```a\nb```', '<code class="wa-monospace">a<br>b</code>'],
    ['inline code', '`x`', '<code>x</code>'],
    ['line breaks', 'a\nb', 'a<br>b'],
    [
      'HTML in user text',
      '<script>alert("x")</script> & co',
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co',
    ],
    [
      'HTML inside formatting',
      "*<b>* `<i>` ```'```",
      '<strong>&lt;b&gt;</strong> <code>&lt;i&gt;</code> <code class="wa-monospace">&#39;</code>',
    ],
    ['a quote', '> q\nafter', '<blockquote>q</blockquote>after'],
    ['a bullet list', '- a\n- *b*\nafter', '<ul><li>a</li><li><strong>b</strong></li></ul>after'],
    ['a numbered list from 3', '3. a\n4. b', '<ol start="3"><li>a</li><li>b</li></ol>'],
    ['a numbered list from 1', '1. a', '<ol><li>a</li></ol>'],
    ['a blank line between lists ends the list', '- a\n\n- b', '<ul><li>a</li></ul><br><ul><li>b</li></ul>'],
    ['escaped text', escapeText('*x* <y>'), '*x* &lt;y&gt;'],
  ])('renders %s', (_name, input, expected) => {
    expect(toHtml(input)).toBe(expected);
  });
});
