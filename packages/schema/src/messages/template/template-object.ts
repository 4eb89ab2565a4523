import * as z from 'zod/mini';
import { strictObject } from '../../common/object-schema.ts';
import { withRule } from '../interactive/with-rule.ts';
import { templateComponentSchema } from './template-component.ts';
import { templateLanguageSchema } from './template-language.ts';
import {
  templateButtonCountCheck,
  templateNameField,
  templateNamespaceField,
} from './template-object-parts.ts';

/**
 * The `template` object of a template message in an `OutgoingMessage`: `name`, `language`, optional
 * `components`, and the On-Premises `namespace` and `language.policy`. Converters apply the version rules
 * of the On-Premises API (namespace before v2.41, `copy_code` from 2.49; see `onPremTemplateVersionIssues`).
 *
 * @example
 * ```ts
 * templateObjectSchema.parse({
 *   name: 'order_shipped',
 *   language: { code: 'en_US' },
 *   components: [{ type: 'body', parameters: [{ type: 'text', text: 'Ada' }] }],
 * });
 * ```
 */
export const templateObjectSchema = strictObject({
  /** On-Premises only: the template namespace (R-TPL-4); must belong to your account (R-TPL-5). */
  namespace: templateNamespaceField,
  /** The name of the approved template (R-TPL-1). */
  name: templateNameField,
  /** The language to render (R-TPL-2). */
  language: withRule(templateLanguageSchema, 'R-TPL-2'),
  /** The values of the template variables and buttons (R-TPL-6). */
  components: z.optional(withRule(z.array(templateComponentSchema), 'R-TPL-6')),
}).check(templateButtonCountCheck);

/** The `template` object of a template message. */
export type TemplateObject = z.infer<typeof templateObjectSchema>;
