import * as z from 'zod/mini';
import { strictObject } from '../../common/object-schema.ts';
import { interactiveBodySchema } from './interactive-body.ts';
import { interactiveFooterSchema } from './interactive-footer.ts';
import { interactiveTextHeaderSchema } from './interactive-header.ts';
import { withRule } from './with-rule.ts';

/** A message asking the user's permission to call them (Cloud API Calling); only the body is yours. */
export const callPermissionRequestInteractiveSchema = strictObject({
  /** `"call_permission_request"`. */
  type: z.literal('call_permission_request'),
  /** Optional text header. */
  header: z.optional(interactiveTextHeaderSchema),
  /** The text shown with the request. */
  body: z.optional(interactiveBodySchema),
  /** Optional (R-INT-8). */
  footer: z.optional(interactiveFooterSchema),
  /** `{ name: "call_permission_request" }` (R-INT-3). */
  action: withRule(
    strictObject({
      /** `"call_permission_request"` (R-INT-ACT-1). */
      name: withRule(z.literal('call_permission_request'), 'R-INT-ACT-1'),
    }),
    'R-INT-3',
  ),
});

/** The `interactive` object of a call permission request. */
export type CallPermissionRequestInteractive = z.infer<typeof callPermissionRequestInteractiveSchema>;
