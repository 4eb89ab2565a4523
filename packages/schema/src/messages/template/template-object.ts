import * as z from 'zod/mini';
import { forbiddenField } from '../../common/forbidden-field.ts';
import { nonEmptyString } from '../../common/non-empty-string.ts';
import { strictObject } from '../../common/object-schema.ts';
import { isPlainObject, isPlainObjectPayload } from '../../common/plain-object.ts';
import { valueCheck } from '../../common/value-check.ts';
import { reportRule } from '../../validation/rule-check.ts';
import { withRule } from '../interactive/with-rule.ts';
import { MAX_TEMPLATE_BUTTONS } from './template-button-component.ts';
import {
  cloudTemplateComponentSchema,
  onPremTemplateComponentSchema,
  templateComponentSchema,
} from './template-component.ts';
import {
  cloudTemplateLanguageSchema,
  onPremTemplateLanguageSchema,
  templateLanguageSchema,
} from './template-language.ts';

/** At most 10 button components per template (R-TPL-BTN-4). */
const buttonCountCheck = valueCheck<unknown>((template, ctx) => {
  const components = (template as { components?: unknown }).components;
  if (!Array.isArray(components)) return;
  let buttons = 0;
  for (const component of components as unknown[]) {
    if (isPlainObject(component) && (component.type === 'button' || component.type === 'BUTTON')) buttons++;
  }
  if (buttons > MAX_TEMPLATE_BUTTONS) {
    reportRule(ctx, {
      rule: 'R-TPL-BTN-4',
      limit: MAX_TEMPLATE_BUTTONS,
      path: ['components'],
      message: `has ${buttons} button components; a template has at most ${MAX_TEMPLATE_BUTTONS} buttons`,
    });
  }
}, isPlainObjectPayload);

const name = withRule(nonEmptyString('R-TPL-1'), 'R-TPL-1');
const namespace = z.optional(withRule(nonEmptyString('R-TPL-4'), 'R-TPL-4'));

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
  namespace,
  /** The name of the approved template (R-TPL-1). */
  name,
  /** The language to render (R-TPL-2). */
  language: withRule(templateLanguageSchema, 'R-TPL-2'),
  /** The values of the template variables and buttons (R-TPL-6). */
  components: z.optional(withRule(z.array(templateComponentSchema), 'R-TPL-6')),
}).check(buttonCountCheck);

/** The `template` object of a Cloud API request: no `namespace`, no `language.policy`. */
export const cloudTemplateObjectSchema = strictObject({
  /** Not used by the Cloud API (R-TPL-4). */
  namespace: forbiddenField('R-TPL-4', 'namespace is an On-Premises field; the Cloud API does not take it'),
  /** The name of the approved template (R-TPL-1). */
  name,
  /** The language to render: `{ code }` (R-TPL-2). */
  language: withRule(cloudTemplateLanguageSchema, 'R-TPL-2'),
  /** The values of the template variables and buttons (R-TPL-6). */
  components: z.optional(withRule(z.array(cloudTemplateComponentSchema), 'R-TPL-6')),
}).check(buttonCountCheck);

/**
 * The `template` object of an On-Premises API request: optional `namespace` (required before v2.41,
 * R-TPL-4), `language.policy`; no location parameters, carousels or limited-time offers.
 */
export const onPremTemplateObjectSchema = strictObject({
  /** The template namespace; required before client v2.41 (R-TPL-4, R-TPL-5). */
  namespace,
  /** The name of the approved template (R-TPL-1). */
  name,
  /** The language to render: `{ code, policy? }` (R-TPL-2, R-TPL-3). */
  language: withRule(onPremTemplateLanguageSchema, 'R-TPL-2'),
  /** The values of the template variables and buttons (R-TPL-6). */
  components: z.optional(withRule(z.array(onPremTemplateComponentSchema), 'R-TPL-6')),
}).check(buttonCountCheck);

/** The `template` object of a template message. */
export type TemplateObject = z.infer<typeof templateObjectSchema>;
/** The `template` object of a Cloud API request. */
export type CloudTemplateObject = z.infer<typeof cloudTemplateObjectSchema>;
/** The `template` object of an On-Premises API request. */
export type OnPremTemplateObject = z.infer<typeof onPremTemplateObjectSchema>;
