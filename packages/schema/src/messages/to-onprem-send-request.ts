import { type ClientVersion, isVersionBefore, parseClientVersion } from '../common/client-version.ts';
import { isPlainObject } from '../common/plain-object.ts';
import { ValidationError, type ValidationIssue } from '../errors/validation-error.ts';
import { toJsonPath } from '../validation/to-validation-issues.ts';
import { type UnknownKeysPolicy, unknownKeysOption } from '../validation/unknown-keys-policy.ts';
import { safeValidate, validate } from '../validation/validate.ts';
import { type OnPremSendRequest, onPremSendRequestSchema } from './onprem-send-request.ts';
import type { OutgoingMessage } from './outgoing-message.ts';
import {
  onPremTemplateVersionIssues,
  type VersionedTemplate,
} from './template/onprem-template-version-issues.ts';

const subject = 'message for the On-Premises API';

/** Options of {@link toOnPremSendRequest}. */
export interface OnPremConversionOptions {
  /**
   * The version of the On-Premises client the message goes to, e.g. `"2.53.1"`. When omitted the newest
   * behaviour applies (D-15). When given, version rules are gated: hsm deprecated from 2.39 (R-VER-3),
   * template `namespace` required before 2.41 (R-VER-4, R-TPL-4), caption limit from 2.41.2 (R-VER-5),
   * `copy_code` buttons from 2.49 (R-VER-6, R-TPL-BTN-3).
   */
  clientVersion?: string | undefined;
  /**
   * Accept legacy `hsm` messages, deprecated since On-Premises v2.39 (R-REQ-19). Without it they are
   * accepted only for a `clientVersion` before 2.39.
   */
  legacyHsm?: boolean | undefined;
  /**
   * `'reject'` (the default) reports every unknown key, with a "did you mean" for a near-miss of a known
   * one. `'allow'` sends unknown keys as given; every known field is still checked.
   */
  unknownKeys?: UnknownKeysPolicy | undefined;
}

const HSM_DEPRECATED_IN: ClientVersion = [2, 39];
const CAPTION_LIMIT_FROM: ClientVersion = [2, 41, 2];

/**
 * Validates an {@link OutgoingMessage} for the On-Premises API and converts it to an On-Premises send
 * request body: `text.preview_url` moves to the top-level `preview_url` (R-REQ-20); Cloud-only content
 * (`context`, `biz_opaque_callback_data`, `recipient`, reactions, voice audio) is rejected with its rule
 * ID; version rules are applied for `clientVersion` (D-15).
 *
 * @throws {ValidationError} listing every problem found (path, rule, limit); nothing is returned half-done.
 *
 * @example
 * ```ts
 * toOnPremSendRequest({ to: '15551234567', text: { body: 'See https://example.com', preview_url: true } });
 * // { to: '15551234567', preview_url: true, text: { body: 'See https://example.com' } }
 * ```
 */
export function toOnPremSendRequest(
  message: OutgoingMessage,
  options: OnPremConversionOptions = {},
): OnPremSendRequest {
  const version = readVersion(options.clientVersion);
  const validateOptions = {
    unknownKeys: unknownKeysOption(options.unknownKeys, 'On-Premises conversion options'),
  };
  if (!isPlainObject(message)) return validate(onPremSendRequestSchema, message, subject, validateOptions);
  const issues: ValidationIssue[] = [];
  const { preview_url: topLevelPreviewUrl, ...candidate } = message as Record<string, unknown>;

  if (topLevelPreviewUrl !== undefined) {
    issues.push({
      path: '$.preview_url',
      rule: 'R-REQ-20',
      message: 'set text.preview_url in an OutgoingMessage; toOnPremSendRequest moves it to the top level',
    });
  }
  const type = candidate.type;
  if ((type === undefined || type === 'text') && isPlainObject(candidate.text)) {
    const { preview_url: previewUrl, ...text } = candidate.text;
    if (previewUrl !== undefined) {
      candidate.preview_url = previewUrl;
      candidate.text = text;
    }
  }
  if (
    type === 'hsm' &&
    options.legacyHsm !== true &&
    !(version && isVersionBefore(version, HSM_DEPRECATED_IN))
  ) {
    issues.push({
      path: '$.type',
      rule: 'R-REQ-19',
      message:
        'hsm is deprecated since On-Premises v2.39; send a template, or pass legacyHsm: true (or a clientVersion before 2.39)',
    });
  }
  if (options.clientVersion !== undefined && type === 'template') {
    issues.push(...templateVersionIssues(candidate.template, options.clientVersion));
  }

  const result = safeValidate(onPremSendRequestSchema, candidate, subject, validateOptions);
  if (!result.success) {
    const captionLimitApplies = version === undefined || !isVersionBefore(version, CAPTION_LIMIT_FROM);
    for (const issue of result.error.issues) {
      // R-VER-5: the 1024-character caption limit starts with client v2.41.2.
      if (!captionLimitApplies && issue.rule === 'R-MEDIA-10') continue;
      issues.push(issue);
    }
  }
  if (issues.length > 0) {
    throw new ValidationError({ subject, issues, cause: result.success ? undefined : result.error.cause });
  }
  // Only version-gated issues were dropped: the candidate passed every other check, unchanged by zod.
  return result.success ? result.data : (candidate as OnPremSendRequest);
}

function readVersion(clientVersion: string | undefined): ClientVersion | undefined {
  if (clientVersion === undefined) return undefined;
  const version = typeof clientVersion === 'string' ? parseClientVersion(clientVersion) : undefined;
  if (version === undefined) {
    throw new ValidationError({
      subject: 'On-Premises conversion options',
      issues: [
        { path: '$.clientVersion', message: 'must be an On-Premises client version such as "2.53.1"' },
      ],
    });
  }
  return version;
}

/**
 * Template rules that depend on the client version (namespace before 2.41, copy_code from 2.49), as
 * checked by `onPremTemplateVersionIssues`. A template too malformed to read is left to the schema.
 */
function templateVersionIssues(template: unknown, clientVersion: string): ValidationIssue[] {
  if (!isPlainObject(template)) return [];
  const components = template.components;
  if (components !== undefined && !(Array.isArray(components) && components.every(isPlainObject))) return [];
  return onPremTemplateVersionIssues(template as VersionedTemplate, clientVersion).map((violation) => ({
    path: toJsonPath(['template', ...(violation.path ?? [])]),
    rule: violation.rule,
    limit: violation.limit,
    message: violation.message,
  }));
}

/**
 * Converts a message to the On-Premises dialect without validating it (for `validate: false`): only
 * `text.preview_url` moves to the top-level `preview_url` (R-REQ-20); everything else is kept as given, and
 * the On-Premises API is the judge.
 *
 * @example
 * ```ts
 * toOnPremDialect({ to: '15551234567', text: { body: 'https://example.com', preview_url: true } });
 * // { to: '15551234567', text: { body: 'https://example.com' }, preview_url: true }
 * ```
 */
export function toOnPremDialect(message: OutgoingMessage): Record<string, unknown> {
  const copy: Record<string, unknown> = { ...(message as Record<string, unknown>) };
  const text = copy.text;
  if (isPlainObject(text) && 'preview_url' in text) {
    const { preview_url: previewUrl, ...rest } = text;
    copy.text = rest;
    copy.preview_url = previewUrl;
  }
  return copy;
}
