const brand: unique symbol = /* @__PURE__ */ Symbol.for('@wa/format.FormattedText') as never;

/**
 * WhatsApp text that is known to be safe to send as it is: the result of the {@link wa} tag, of
 * {@link raw}, or of a helper such as `bold` applied to one of those. The `wa` tag inserts a
 * `FormattedText` unchanged and escapes everything else.
 *
 * `String(value)`, template literals, `JSON.stringify` and `value.text` all give the WhatsApp text.
 * The brand is `Symbol.for`-based, so two installed copies of `@wa/format` recognise each other.
 */
export class FormattedText {
  /** Marks instances, also across duplicate installs of the package (set in the constructor). */
  declare readonly [brand]: true;
  /** The WhatsApp text, markers included. */
  readonly text: string;

  /** Wraps `text` as-is. Prefer {@link wa} or {@link raw}, which say what they trust. */
  constructor(text: string) {
    this.text = text;
    // Set here rather than as a class field, so that bundles which never use the class can drop it.
    (this as { [brand]: true })[brand] = true;
  }

  /** True when `value` is a `FormattedText`, from this or another copy of the package. */
  static isInstance(value: unknown): value is FormattedText {
    return typeof value === 'object' && value !== null && (value as { [brand]?: unknown })[brand] === true;
  }

  /** The WhatsApp text. */
  toString(): string {
    return this.text;
  }

  /** The WhatsApp text, so `JSON.stringify({ body: value })` sends the string. */
  toJSON(): string {
    return this.text;
  }
}
