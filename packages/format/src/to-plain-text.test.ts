import { describe, expect, it } from 'vitest';
import { parse } from './parse.ts';
import { toPlainText } from './to-plain-text.ts';

describe('toPlainText', () => {
  it.each([
    ['R-FMT-1 bold', 'Your total is *$10.50*.', 'Your total is $10.50.'],
    ['R-FMT-2 italic', 'Welcome to _WhatsApp_!', 'Welcome to WhatsApp!'],
    ['R-FMT-3 strikethrough', 'This is ~better~ best!', 'This is better best!'],
    ['R-FMT-4 monospace', "```print 'Hello World';```", "print 'Hello World';"],
    ['markers that do not format', '2*3*4 and * x*', '2*3*4 and * x*'],
    ['quotes lose their marker, lists keep theirs', '> q\n- a\n1. b', 'q\n- a\n1. b'],
    ['escapes', '\u2060*\u2060x\u2060*\u2060', '*x*'],
  ])('%s', (_name, input, expected) => {
    expect(toPlainText(input)).toBe(expected);
  });

  it('accepts a parsed tree', () => {
    expect(toPlainText(parse('*a* _b_'))).toBe('a b');
  });
});
