import * as z from 'zod';
import { forbiddenField } from '../../common/forbidden-field.ts';
import type { MessageDialect } from '../../common/message-dialect.ts';
import { nonEmptyString } from '../../common/non-empty-string.ts';
import { withRule } from '../interactive/with-rule.ts';

const code = withRule(nonEmptyString('R-TPL-2'), 'R-TPL-2');

function buildTemplateLanguage(dialect: MessageDialect) {
  return z.strictObject({
    /** The language and locale of the approved template, e.g. `"en_US"` (R-TPL-2). */
    code,
    /**
     * On-Premises only: `"deterministic"`, the only policy media templates support (R-TPL-3, D-6). The
     * Cloud API takes no policy.
     */
    policy:
      dialect === 'cloud'
        ? forbiddenField(
            'R-TPL-3',
            'language.policy is an On-Premises field; the Cloud API takes only "code" (D-6)',
          )
        : withRule(z.literal('deterministic'), 'R-TPL-3').optional(),
  });
}

/** `template.language` in an `OutgoingMessage`: `{ code, policy? }` (D-6; `policy` is On-Premises only). */
export const templateLanguageSchema = buildTemplateLanguage('neutral');
/** `template.language` on the Cloud API: `{ code }`. */
export const cloudTemplateLanguageSchema = buildTemplateLanguage('cloud');
/** `template.language` on the On-Premises API: `{ code, policy?: "deterministic" }`. */
export const onPremTemplateLanguageSchema = buildTemplateLanguage('onprem');

/** `template.language`: the language the template is rendered in. */
export type TemplateLanguage = z.infer<typeof templateLanguageSchema>;
