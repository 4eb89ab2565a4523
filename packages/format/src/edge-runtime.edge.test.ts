import { bold, bulletList, italic, parse, toHtml, toPlainText, wa } from '@wa/format';
import { describe, expect, it } from 'vitest';

describe('@wa/format on an edge runtime (@edge-runtime/vm)', () => {
  it('runs in the edge context, where Node globals are absent', () => {
    expect(typeof (globalThis as { EdgeRuntime?: unknown }).EdgeRuntime).toBe('string');
    expect(typeof process).toBe('undefined');
    expect(typeof Buffer).toBe('undefined');
    expect('setImmediate' in globalThis).toBe(false);
  });

  it('wa keeps user text literal and formatted fragments styled', () => {
    const name = '*_Tom_*';
    const message = wa`Hello ${name}, your total is ${bold(wa`${'€12.50'}`)}`;
    expect(parse(message.text)).toStrictEqual([
      { type: 'text', text: 'Hello *_Tom_*, your total is ' },
      { type: 'bold', children: [{ type: 'text', text: '€12.50' }] },
    ]);
    expect(toPlainText(message.text)).toBe('Hello *_Tom_*, your total is €12.50');
  });

  it('R-FMT-1 R-FMT-2 parse nests bold and italic and finds list lines', () => {
    expect(parse(`${bold(italic('x'))}\n- a`)).toStrictEqual([
      { type: 'bold', children: [{ type: 'italic', children: [{ type: 'text', text: 'x' }] }] },
      { type: 'text', text: '\n' },
      { type: 'bulletItem', marker: '-', children: [{ type: 'text', text: 'a' }] },
    ]);
  });

  it('toHtml renders styles and lists and escapes markup in user text', () => {
    const message = wa`Hi ${bold(wa`${'<b>&'}`)}
${bulletList([wa`${'Tea'}`, wa`${'- Coffee'}`])}`;
    expect(toHtml(message.text)).toBe(
      'Hi <strong>&lt;b&gt;&amp;</strong><br><ul><li>Tea</li><li>- Coffee</li></ul>',
    );
  });
});
