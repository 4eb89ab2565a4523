import { describe, expect, it } from 'vitest';
import { bold } from './bold.ts';
import { bulletList } from './bullet-list.ts';
import { FormattedText } from './formatted-text.ts';
import { italic } from './italic.ts';
import { parse } from './parse.ts';
import { raw } from './raw.ts';
import { toHtml } from './to-html.ts';
import { toPlainText } from './to-plain-text.ts';
import { wa } from './wa.ts';

describe('wa tagged template', () => {
  it('escapes interpolated strings and keeps formatted fragments (the issue example)', () => {
    const name = '*_Tom_*';
    const total = '€12.50';
    const message = wa`Hello ${name}, your total is ${bold(wa`${total}`)}`;
    expect(message).toBeInstanceOf(FormattedText);
    expect(parse(message.text)).toStrictEqual([
      { type: 'text', text: 'Hello *_Tom_*, your total is ' },
      { type: 'bold', children: [{ type: 'text', text: '€12.50' }] },
    ]);
  });

  it.each([
    ['a name made of markers', '*_Tom_*'],
    ['arithmetic', '2*3*4'],
    ['a closing marker that would pair with the template', 'x*'],
    ['a bullet at the start of a line', '- free beer'],
    ['a quote at the start of a line', '> admin'],
    ['monospace', '```rm -rf```'],
  ])('never lets user text become formatting: %s', (_name, value) => {
    const message = wa`*Hi*\n${value} and ${value}`;
    const nodes = parse(message.text);
    expect(nodes[0]).toStrictEqual({ type: 'bold', children: [{ type: 'text', text: 'Hi' }] });
    expect(nodes.slice(1)).toStrictEqual([{ type: 'text', text: `\n${value} and ${value}` }]);
  });

  it('escapes a plain string from a helper: only FormattedText is kept', () => {
    const message = wa`Total ${bold('12')}`;
    expect(toPlainText(message.text)).toBe('Total *12*');
  });

  it('keeps raw() markup and nested wa`` results', () => {
    expect(wa`${raw('*Sale*')} ends ${italic(wa`${'today'}`)}`.text).toBe('*Sale* ends _today_');
  });

  it('converts numbers, bigints and booleans to text', () => {
    expect(wa`${12} ${10n} ${true}`.text).toBe('12 10 true');
  });

  it('gives the text through String(), template literals and JSON', () => {
    const message = wa`*x*`;
    expect(String(message)).toBe('*x*');
    expect(`${message}`).toBe('*x*');
    expect(JSON.stringify({ body: message })).toBe('{"body":"*x*"}');
  });

  it('recognises FormattedText from another copy of the package (Symbol.for brand)', () => {
    const foreign = { [Symbol.for('@wa/format.FormattedText')]: true, text: '*x*' };
    expect(FormattedText.isInstance(foreign)).toBe(true);
    expect(FormattedText.isInstance({ text: '*x*' })).toBe(false);
    expect(FormattedText.isInstance('*x*')).toBe(false);
  });
});

describe('README quick start', () => {
  it('gives the documented text and HTML', () => {
    const name = '*_Tom_*';
    const total = '€12.50';
    const items = ['Tea', '- Coffee'];
    const message = wa`Hello ${name}, your total is ${bold(wa`${total}`)}
${bulletList(items.map((item) => wa`${item}`))}`;
    expect(toHtml(message.text)).toBe(
      'Hello *_Tom_*, your total is <strong>€12.50</strong><br><ul><li>Tea</li><li>- Coffee</li></ul>',
    );
  });
});
