export {
  type BoundedTextOptions,
  boundedText,
  type RuleIssueParams,
  type RuleViolation,
  reportRule,
} from './rule-check.ts';
export { toJsonPath, toValidationIssues } from './to-validation-issues.ts';
export { safeValidate, type ValidationResult, validate } from './validate.ts';
