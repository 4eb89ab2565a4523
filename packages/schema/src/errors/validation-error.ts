import { WaError } from './wa-error.ts';

const marker = 'wa.error.validation';

/** One problem found in a value, with where it is and which rule it breaks. */
export interface ValidationIssue {
  /** Where the problem is, as a JSON path: `$.interactive.action.sections[0].rows[2].title`. */
  path: string;
  /** The rule broken, e.g. `R-INT-LIST-6`; absent for plain shape errors (a missing or mistyped field). */
  rule?: string | undefined;
  /** The limit that applies (a maximum length or count), when the rule has one. */
  limit?: number | undefined;
  /** What was wrong and what is allowed, in one sentence. */
  message: string;
}

/** Options of {@link ValidationError}. */
export interface ValidationErrorOptions {
  /** Every problem found; never empty. */
  issues: readonly ValidationIssue[];
  /** What was being validated, for the message: `'Cloud send request'`. */
  subject: string;
  /** The package that validated, for the message prefix. Defaults to `@wa/schema`. */
  packageName?: string;
  /** The underlying validator error, if any. */
  cause?: unknown;
}

/**
 * A value failed validation. Lists every problem found (not only the first), each with its JSON path,
 * the rule ID it breaks and the limit where one applies. Nothing was sent.
 */
export class ValidationError extends WaError {
  /** Every problem found. */
  readonly issues: readonly ValidationIssue[];

  constructor({ issues, subject, packageName = '@wa/schema', cause }: ValidationErrorOptions) {
    const lines = issues.map(
      (issue) => `  - ${issue.path}: ${issue.message}${issue.rule === undefined ? '' : ` [${issue.rule}]`}`,
    );
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super({
      code: 'WA_VALIDATION_ERROR',
      message: `[${packageName}] Invalid ${subject} (${count}):\n${lines.join('\n')}`,
      cause,
    });
    this.name = 'ValidationError';
    this.issues = issues;
    Object.defineProperty(this, Symbol.for(marker), { value: true });
  }

  /** True when `error` is a `ValidationError` from any copy of `@wa/schema`. */
  static override isInstance(error: unknown): error is ValidationError {
    return WaError.hasMarker(error, marker);
  }
}
