import type { FormattedText } from './formatted-text.ts';
import { apply } from './internal/apply.ts';
import { escapeBackticks } from './internal/escape-backticks.ts';
import { dropLineStartEscape } from './internal/line-start.ts';

/**
 * Shows `text` in monospace (R-FMT-4): wraps it in triple backticks. The block may span lines and
 * WhatsApp parses nothing inside it, so `monospace('*x*')` shows the stars. Backticks inside are
 * escaped with invisible word joiners so they cannot end the block early. Empty input gives `''`.
 * A {@link FormattedText} in gives a `FormattedText` out.
 *
 * @example
 * ```ts
 * monospace('npm i'); // '```npm i```'
 * ```
 */
export function monospace(text: string): string;
export function monospace(text: FormattedText): FormattedText;
export function monospace(text: string | FormattedText): string | FormattedText;
export function monospace(text: string | FormattedText): string | FormattedText {
  return apply(text, (markup) =>
    markup === ''
      ? ''
      : `\`\`\`${escapeBackticks(markup).split('\n').map(dropLineStartEscape).join('\n')}\`\`\``,
  );
}
