import { isPlainObject } from '../common/plain-object.ts';
import { ValidationError, type ValidationIssue } from '../errors/validation-error.ts';
import { type UnknownKeysPolicy, unknownKeysOption } from '../validation/unknown-keys-policy.ts';
import { safeValidate, validate } from '../validation/validate.ts';
import { type CloudSendRequest, cloudSendRequestSchema } from './cloud-send-request.ts';
import type { OutgoingMessage } from './outgoing-message.ts';

const subject = 'message for the Cloud API';

/** Options of {@link toCloudSendRequest}. */
export interface CloudConversionOptions {
  /**
   * `'reject'` (the default) reports every unknown key, with a "did you mean" for a near-miss of a known
   * one (`"Header"` → `"header"`). `'allow'` sends unknown keys as given, for API fields newer than this
   * package; every known field is still checked.
   */
  unknownKeys?: UnknownKeysPolicy | undefined;
}

/**
 * Validates an {@link OutgoingMessage} for the Cloud API and converts it to a Cloud send request body: adds
 * `messaging_product: "whatsapp"` (R-REQ-6) and keeps everything else as it is. On-Premises-only content
 * (`hsm`, media `provider`, template `namespace`) is rejected with its rule ID.
 *
 * Unknown keys are rejected unless `options.unknownKeys` is `'allow'`.
 *
 * @throws {ValidationError} listing every problem found (path, rule, limit); nothing is returned half-done.
 *
 * @example
 * ```ts
 * toCloudSendRequest({ to: '15551234567', text: { body: 'Hello', preview_url: true } });
 * // { messaging_product: 'whatsapp', to: '15551234567', text: { body: 'Hello', preview_url: true } }
 * ```
 */
export function toCloudSendRequest(
  message: OutgoingMessage,
  options: CloudConversionOptions = {},
): CloudSendRequest {
  const validateOptions = {
    unknownKeys: unknownKeysOption(options.unknownKeys, 'Cloud conversion options'),
  };
  if (!isPlainObject(message)) return validate(cloudSendRequestSchema, message, subject, validateOptions);
  const issues: ValidationIssue[] = [];
  const { messaging_product: given, ...rest } = message as Record<string, unknown>;
  if (given !== undefined) {
    issues.push({
      path: '$.messaging_product',
      rule: 'R-REQ-6',
      message: 'is added by toCloudSendRequest; leave it out of an OutgoingMessage',
    });
  }
  const result = safeValidate(
    cloudSendRequestSchema,
    { messaging_product: 'whatsapp', ...rest },
    subject,
    validateOptions,
  );
  if (!result.success) issues.push(...result.error.issues);
  if (issues.length > 0 || !result.success) {
    throw new ValidationError({ subject, issues, cause: result.success ? undefined : result.error.cause });
  }
  return result.data;
}
