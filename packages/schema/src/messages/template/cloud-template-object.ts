import * as z from 'zod/mini';
import { forbiddenField } from '../../common/forbidden-field.ts';
import { strictObject } from '../../common/object-schema.ts';
import { withRule } from '../interactive/with-rule.ts';
import { cloudTemplateComponentSchema } from './template-component.ts';
import { cloudTemplateLanguageSchema } from './template-language.ts';
import { templateButtonCountCheck, templateNameField } from './template-object-parts.ts';

/** The `template` object of a Cloud API request: no `namespace`, no `language.policy`. */
export const cloudTemplateObjectSchema = strictObject({
  /** Not used by the Cloud API (R-TPL-4). */
  namespace: forbiddenField('R-TPL-4', 'namespace is an On-Premises field; the Cloud API does not take it'),
  /** The name of the approved template (R-TPL-1). */
  name: templateNameField,
  /** The language to render: `{ code }` (R-TPL-2). */
  language: withRule(cloudTemplateLanguageSchema, 'R-TPL-2'),
  /** The values of the template variables and buttons (R-TPL-6). */
  components: z.optional(withRule(z.array(cloudTemplateComponentSchema), 'R-TPL-6')),
}).check(templateButtonCountCheck);

/** The `template` object of a Cloud API request. */
export type CloudTemplateObject = z.infer<typeof cloudTemplateObjectSchema>;
