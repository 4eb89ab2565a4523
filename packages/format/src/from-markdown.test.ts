import { describe, expect, it } from 'vitest';
import { fromMarkdown } from './from-markdown.ts';
import { toPlainText } from './to-plain-text.ts';

const J = '\u2060';

describe('fromMarkdown', () => {
  it.each([
    ['R-FMT-1 **bold**', 'a **b** c', 'a *b* c'],
    ['R-FMT-1 __bold__', '__b__', '*b*'],
    ['R-FMT-2 *italic*', 'a *i* c', 'a _i_ c'],
    ['R-FMT-2 _italic_', '_i_', '_i_'],
    ['R-FMT-1..2 ***both***', '***x***', '*_x_*'],
    ['R-FMT-3 ~~strike~~', '~~s~~', '~s~'],
    ['R-FMT-4 a fenced code block (language dropped)', '```js\nconst a = 1;\n```', '```const a = 1;```'],
    ['inline code', 'run `npm i`', 'run `npm i`'],
    ['a heading', '# Title', '*Title*'],
    ['bullets', '- a\n* b\n+ c', '- a\n- b\n- c'],
    ['numbers', '1. a\n2) b', '1. a\n2. b'],
    ['a quote', '> said **this**', '> said *this*'],
    ['a link, kept as text', 'see [docs](https://x.example)', 'see docs (https://x.example)'],
    ['a bare link', '<https://x.example>', 'https://x.example'],
    ['backslash escapes', '\\*not italic\\*', `${J}*${J}not italic${J}*${J}`],
    ['snake_case stays plain', 'snake_case', `snake${J}_${J}case`],
    ['bold glued to letters becomes plain text', 'foo**bar**baz', 'foobarbaz'],
    ['a thematic break', '---', `${J}---`],
    ['CRLF line ends', 'a\r\nb', 'a\nb'],
  ])('converts %s', (_name, markdown, expected) => {
    expect(fromMarkdown(markdown)).toBe(expected);
  });

  it('keeps the visible text of prose', () => {
    expect(
      toPlainText(fromMarkdown('Order **#42** is *on its way*. Track it [here](https://t.example/42).')),
    ).toBe('Order #42 is on its way. Track it here (https://t.example/42).');
  });
});

describe('fromMarkdown headings', () => {
  it.each([
    ['# Title #', '*Title*'],
    ['## Title ##  ', '*Title*'],
    ['# C#', '*C#*'],
    ['#', ''],
    ['#not a heading', '#not a heading'],
  ])('converts %j', (markdown, expected) => {
    expect(fromMarkdown(markdown)).toBe(expected);
  });

  it('handles a heading line of a million spaces', { timeout: 60_000 }, () => {
    expect(fromMarkdown(`# a${' '.repeat(1 << 20)}b`)).toBe(`*a${' '.repeat(1 << 20)}b*`);
  });
});
