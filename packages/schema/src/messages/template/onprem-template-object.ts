import * as z from 'zod/mini';
import { strictObject } from '../../common/object-schema.ts';
import { withRule } from '../interactive/with-rule.ts';
import { onPremTemplateComponentSchema } from './onprem-template-component.ts';
import { onPremTemplateLanguageSchema } from './template-language.ts';
import {
  templateButtonCountCheck,
  templateNameField,
  templateNamespaceField,
} from './template-object-parts.ts';

/**
 * The `template` object of an On-Premises API request: optional `namespace` (required before v2.41,
 * R-TPL-4), `language.policy`; no location parameters, carousels or limited-time offers.
 */
export const onPremTemplateObjectSchema = strictObject({
  /** The template namespace; required before client v2.41 (R-TPL-4, R-TPL-5). */
  namespace: templateNamespaceField,
  /** The name of the approved template (R-TPL-1). */
  name: templateNameField,
  /** The language to render: `{ code, policy? }` (R-TPL-2, R-TPL-3). */
  language: withRule(onPremTemplateLanguageSchema, 'R-TPL-2'),
  /** The values of the template variables and buttons (R-TPL-6). */
  components: z.optional(withRule(z.array(onPremTemplateComponentSchema), 'R-TPL-6')),
}).check(templateButtonCountCheck);

/** The `template` object of an On-Premises API request. */
export type OnPremTemplateObject = z.infer<typeof onPremTemplateObjectSchema>;
