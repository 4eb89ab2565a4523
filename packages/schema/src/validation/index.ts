export {
  type BoundedTextOptions,
  boundedText,
  type RuleIssueParams,
  type RuleViolation,
  reportRule,
} from './rule-check.ts';
export { suggestKey } from './suggest-key.ts';
export { toJsonPath, toTolerantValidationIssues, toValidationIssues } from './to-validation-issues.ts';
export type {
  UnknownKeysOptions,
  UnknownKeysPolicy,
} from './unknown-keys-policy.ts';
export { safeValidate, type ValidationResult, validate } from './validate.ts';
