import { ValidationError } from '../errors/validation-error.ts';

/**
 * What a strict schema does with a key it does not know: `'reject'` (the default) reports it as an issue,
 * with a "did you mean" when it looks like a known key; `'allow'` lets it through unchanged, so a field the
 * API added after this package was released can be sent. Every known field is checked either way.
 */
export type UnknownKeysPolicy = 'reject' | 'allow';

/** Options shared by the validators that take an unknown-keys policy. */
export interface UnknownKeysOptions {
  /** What to do with unknown keys; `'reject'` when omitted. */
  unknownKeys?: UnknownKeysPolicy | undefined;
}

/** Reads and checks an unknown-keys policy; `undefined` means `'reject'`. */
export function readUnknownKeysPolicy(value: unknown): UnknownKeysPolicy | undefined {
  if (value === undefined || value === 'reject') return 'reject';
  if (value === 'allow') return 'allow';
  return undefined;
}

/** Reads the `unknownKeys` option, throwing a `ValidationError` for a value that is not a policy. */
export function unknownKeysOption(value: unknown, optionsSubject: string): UnknownKeysPolicy {
  const policy = readUnknownKeysPolicy(value);
  if (policy !== undefined) return policy;
  throw new ValidationError({
    subject: optionsSubject,
    issues: [{ path: '$.unknownKeys', message: 'must be "reject" or "allow"' }],
  });
}
