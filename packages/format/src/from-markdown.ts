import type { FormatNode, InlineNode } from './format-node.ts';
import { isWhitespace } from './internal/characters.ts';
import { appendNode } from './parse.ts';
import { render } from './render.ts';

const fencePattern = /^ {0,3}(`{3,}|~{3,})/;
const headingPattern = /^ {0,3}#{1,6}(?:\s|$)/;
const closingHashes = /\s#+$/;
const quotePattern = /^ {0,3}> ?(.*)$/;
const bulletPattern = /^\s*[-*+]\s+(.*)$/;
const numberedPattern = /^\s*(\d{1,9})[.)]\s+(.*)$/;
const rulePattern = /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/;
const asciiPunctuation = /[!-/:-@[-`{-~]/;
const markdownSpecial = /[\\`[!<*_~]/g;
const autolinkPattern = /<((?:https?|mailto):[^\s<>]+)>/y;
/** Deeper emphasis is kept as text, which keeps conversion linear on hostile input. */
const maximumDepth = 16;

interface Frame {
  marker: string;
  count: number;
  children: InlineNode[];
}

function isPunctuation(character: string): boolean {
  return character !== '' && /[\p{P}\p{S}]/u.test(character);
}

/** Converts the inline Markdown of one line. */
function inline(line: string): InlineNode[] {
  const root: InlineNode[] = [];
  const frames: Frame[] = [{ marker: '', count: 0, children: root }];
  const top = (): Frame => frames[frames.length - 1] as Frame;
  let buffer = '';
  const flush = (): void => {
    if (buffer !== '') appendNode(top().children, { type: 'text', text: buffer });
    buffer = '';
  };
  const collapseTop = (): void => {
    const frame = frames.pop() as Frame;
    appendNode(top().children, { type: 'text', text: frame.marker.repeat(frame.count) });
    for (const child of frame.children) appendNode(top().children, child);
  };
  let bracketClose = -2;
  let parenClose = -2;
  const missingRuns = new Set<number>();

  let index = 0;
  while (index < line.length) {
    markdownSpecial.lastIndex = index;
    const next = markdownSpecial.exec(line)?.index ?? line.length;
    if (next > index) {
      buffer += line.slice(index, next);
      index = next;
      continue;
    }
    const character = line.charAt(index);
    if (character === '\\') {
      const escaped = line.charAt(index + 1);
      if (asciiPunctuation.test(escaped)) {
        buffer += escaped;
        index += 2;
      } else {
        buffer += character;
        index++;
      }
      continue;
    }
    if (character === '`') {
      let end = index;
      while (line.charAt(end) === '`') end++;
      const run = end - index;
      let close = missingRuns.has(run) ? -1 : line.indexOf('`'.repeat(run), end);
      while (close >= 0 && line.charAt(close + run) === '`') {
        let after = close;
        while (line.charAt(after) === '`') after++;
        close = line.indexOf('`'.repeat(run), after);
      }
      if (close < 0) {
        missingRuns.add(run);
        buffer += line.slice(index, end);
        index = end;
        continue;
      }
      let code = line.slice(end, close);
      if (code.length > 1 && code.startsWith(' ') && code.endsWith(' ') && code.trim() !== '') {
        code = code.slice(1, -1);
      }
      flush();
      top().children.push({ type: 'inlineCode', text: code });
      index = close + run;
      continue;
    }
    if (character === '<') {
      autolinkPattern.lastIndex = index;
      const link = autolinkPattern.exec(line);
      buffer += link ? link[1] : character;
      index = link ? autolinkPattern.lastIndex : index + 1;
      continue;
    }
    if (character === '[' || (character === '!' && line.charAt(index + 1) === '[')) {
      const open = character === '!' ? index + 1 : index;
      if (bracketClose !== -1 && bracketClose <= open) bracketClose = line.indexOf(']', open + 1);
      if (bracketClose > open && line.charAt(bracketClose + 1) === '(') {
        if (parenClose !== -1 && parenClose <= bracketClose) parenClose = line.indexOf(')', bracketClose + 2);
        const url = parenClose > bracketClose ? line.slice(bracketClose + 2, parenClose).trim() : '';
        if (url !== '' && !/\s/.test(url)) {
          const label = line.slice(open + 1, bracketClose).trim();
          buffer += label === '' || label === url ? url : `${label} (${url})`;
          index = parenClose + 1;
          continue;
        }
      }
      buffer += line.slice(index, open + 1);
      index = open + 1;
      continue;
    }
    // '*', '_' or '~'
    let end = index;
    while (line.charAt(end) === character) end++;
    let count = end - index;
    if (character === '~' && count !== 2) {
      buffer += line.slice(index, end);
      index = end;
      continue;
    }
    const before = line.charAt(index - 1);
    const after = line.charAt(end);
    const leftFlanking =
      after !== '' &&
      !isWhitespace(after) &&
      (!isPunctuation(after) || before === '' || isWhitespace(before) || isPunctuation(before));
    const rightFlanking =
      before !== '' &&
      !isWhitespace(before) &&
      (!isPunctuation(before) || after === '' || isWhitespace(after) || isPunctuation(after));
    const canOpen =
      character === '_' ? leftFlanking && (!rightFlanking || isPunctuation(before)) : leftFlanking;
    const canClose =
      character === '_' ? rightFlanking && (!leftFlanking || isPunctuation(after)) : rightFlanking;
    index = end;
    if (canClose) {
      flush();
      while (count > 0) {
        let depth = frames.length - 1;
        while (depth > 0 && (frames[depth] as Frame).marker !== character) depth--;
        const frame = frames[depth] as Frame;
        if (depth === 0 || frame.count > count || frame.children.length === 0) break;
        while (frames.length - 1 > depth) collapseTop();
        frames.pop();
        count -= frame.count;
        const type = character === '~' ? 'strikethrough' : frame.count === 2 ? 'bold' : 'italic';
        appendNode(top().children, { type, children: frame.children });
      }
    }
    if (count > 0 && canOpen && frames.length + 2 <= maximumDepth) {
      flush();
      if (character !== '~' && count >= 3) {
        frames.push({ marker: character, count: 2, children: [] });
        count -= 2;
      }
      frames.push({ marker: character, count: Math.min(count, 2), children: [] });
      buffer += character.repeat(count - Math.min(count, 2));
    } else {
      buffer += character.repeat(count);
    }
  }
  flush();
  while (frames.length > 1) collapseTop();
  return root;
}

/** The node of a heading, quote, list or rule line, or `undefined` for a paragraph line. */
function blockNode(line: string): FormatNode | undefined {
  if (rulePattern.test(line)) return { type: 'text', text: line.trim() };
  const heading = headingPattern.exec(line);
  if (heading) {
    // Manual trimming: a single regex for "text, then optional closing #s" backtracks badly on long lines.
    let title = line.slice(heading[0].length).trim();
    if (/^#+$/.test(title)) title = '';
    const closing = closingHashes.exec(title);
    if (closing) title = title.slice(0, closing.index).trimEnd();
    return { type: 'bold', children: inline(title) };
  }
  const quoted = quotePattern.exec(line);
  if (quoted) return { type: 'quote', children: inline(quoted[1] ?? '') };
  const bullet = bulletPattern.exec(line);
  if (bullet) return { type: 'bulletItem', marker: '-', children: inline(bullet[1] ?? '') };
  const numbered = numberedPattern.exec(line);
  if (numbered)
    return { type: 'numberedItem', number: Number(numbered[1]), children: inline(numbered[2] ?? '') };
  return undefined;
}

/**
 * Converts common Markdown to WhatsApp text: `**bold**`/`__bold__` → `*bold*`, `*italic*`/`_italic_`
 * → `_italic_`, `~~strike~~` → `~strike~`, `` `code` `` → inline code, fenced code blocks → ```` ``` ````
 * monospace (the language is dropped), `# heading` → a bold line, `-`/`*`/`+` items → `- ` items,
 * `1.`/`1)` items → `1. ` items, `> quote` → `> quote`, `[text](url)` → `text (url)`, `<url>` → `url`,
 * backslash escapes → the literal character. Everything else is kept as text and escaped, so a stray
 * `*` or `_` in the Markdown cannot turn into WhatsApp formatting. Never throws.
 *
 * @example
 * ```ts
 * fromMarkdown('**Order** shipped, see [tracking](https://t.example/1)');
 * // '*Order* shipped, see tracking (https://t.example/1)'
 * ```
 */
export function fromMarkdown(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const nodes: FormatNode[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    if (index > 0) appendNode(nodes, { type: 'text', text: '\n' });
    const fence = fencePattern.exec(line)?.[1];
    if (fence !== undefined) {
      const closing = new RegExp(`^ {0,3}${fence.charAt(0) === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
      const code: string[] = [];
      let end = index + 1;
      while (end < lines.length && !closing.test(lines[end] as string)) code.push(lines[end++] as string);
      nodes.push({ type: 'monospace', text: code.join('\n') });
      index = end;
      continue;
    }
    const block = blockNode(line);
    if (block) nodes.push(block);
    else for (const node of inline(line)) appendNode(nodes, node);
  }
  return render(nodes);
}
