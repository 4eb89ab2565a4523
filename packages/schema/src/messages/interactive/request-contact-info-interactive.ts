import * as z from 'zod/mini';
import { strictObject } from '../../common/object-schema.ts';
import { interactiveBodySchema } from './interactive-body.ts';
import { interactiveFooterSchema } from './interactive-footer.ts';
import { interactiveTextHeaderSchema } from './interactive-header.ts';
import { withRule } from './with-rule.ts';

/** A message with a button that asks the user to share their phone number (Cloud API). */
export const requestContactInfoInteractiveSchema = strictObject({
  /** `"request_contact_info"`. */
  type: z.literal('request_contact_info'),
  /** Optional text header. */
  header: z.optional(interactiveTextHeaderSchema),
  /** Required (R-INT-6). */
  body: withRule(interactiveBodySchema, 'R-INT-6'),
  /** Optional (R-INT-8). */
  footer: z.optional(interactiveFooterSchema),
  /** `{ name: "request_contact_info" }` (R-INT-3). */
  action: withRule(
    strictObject({
      /** `"request_contact_info"` (R-INT-ACT-1). */
      name: withRule(z.literal('request_contact_info'), 'R-INT-ACT-1'),
    }),
    'R-INT-3',
  ),
});

/** The `interactive` object of a contact info request. */
export type RequestContactInfoInteractive = z.infer<typeof requestContactInfoInteractiveSchema>;
