/**
 * `@wa/schema/internal`: helpers the other `@wa` packages share (retry classification, zod issue
 * conversion, rule checks). Not for applications: these names may change in any release without notice.
 *
 * @module
 */
export { isRetryableClass } from '../errors/retry-class.ts';
export {
  type BoundedTextOptions,
  boundedText,
  type RuleIssueParams,
  type RuleViolation,
  reportRule,
} from '../validation/rule-check.ts';
export { suggestKey } from '../validation/suggest-key.ts';
export {
  toJsonPath,
  toTolerantValidationIssues,
  toValidationIssues,
} from '../validation/to-validation-issues.ts';
export { rawObjectSchema, unknownDiscriminator } from '../webhooks/unknown-variant.ts';
