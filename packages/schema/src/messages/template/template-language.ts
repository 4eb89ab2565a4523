import * as z from 'zod/mini';
import { nonEmptyString } from '../../common/non-empty-string.ts';
import { strictObject } from '../../common/object-schema.ts';
import { withRule } from '../interactive/with-rule.ts';

const code = withRule(nonEmptyString('R-TPL-2'), 'R-TPL-2');

/**
 * `template.language` on either API: `{ code, policy?: "deterministic" }`. `policy` is optional and may only
 * be `"deterministic"` (R-TPL-3); Meta's Cloud API examples send it too, so both APIs take it (D-6).
 */
export const templateLanguageSchema = strictObject({
  /** The language and locale of the approved template, e.g. `"en_US"` (R-TPL-2). */
  code,
  /** `"deterministic"`, the only language policy (R-TPL-3, D-6); optional on both APIs. */
  policy: z.optional(withRule(z.literal('deterministic'), 'R-TPL-3')),
});

/** `template.language` on the Cloud API: `{ code, policy?: "deterministic" }` (D-6). */
export const cloudTemplateLanguageSchema = templateLanguageSchema;
/** `template.language` on the On-Premises API: `{ code, policy?: "deterministic" }`. */
export const onPremTemplateLanguageSchema = templateLanguageSchema;

/** `template.language`: the language the template is rendered in. */
export type TemplateLanguage = z.infer<typeof templateLanguageSchema>;
