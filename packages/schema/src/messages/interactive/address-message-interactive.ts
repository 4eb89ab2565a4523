import * as z from 'zod/mini';
import { strictObject } from '../../common/object-schema.ts';
import { allowVariants } from './allow-variants.ts';
import { interactiveBodySchema } from './interactive-body.ts';
import { interactiveFooterSchema } from './interactive-footer.ts';
import { interactiveHeaderSchema } from './interactive-header.ts';
import { withRule } from './with-rule.ts';

/** The `action.parameters` of an address message. */
export const addressMessageParametersSchema = strictObject({
  /** The ISO 3166-1 alpha-2 country of the address form, e.g. `"IN"` (required by the API). */
  country: z.string(),
  /** Values to prefill in the form, by field name (e.g. `city`). */
  values: z.optional(z.record(z.string(), z.unknown())),
  /** Addresses saved earlier for this user, offered instead of a new one. */
  saved_addresses: z.optional(z.array(z.record(z.string(), z.unknown()))),
  /** Messages to show next to fields that failed validation, by field name. */
  validation_errors: z.optional(z.record(z.string(), z.unknown())),
});

/** The `action` of an address message. */
export const addressMessageActionSchema = strictObject({
  /** `"address_message"` (R-INT-ACT-1). */
  name: withRule(z.literal('address_message'), 'R-INT-ACT-1'),
  /** The form's country and optional prefilled values. */
  parameters: addressMessageParametersSchema,
});

/** An address message (Cloud API, India): asks the user for a delivery address through a form. */
export const addressMessageInteractiveSchema = strictObject({
  /** `"address_message"`. */
  type: z.literal('address_message'),
  /** Optional; a `text` header only. */
  header: z.optional(allowVariants(interactiveHeaderSchema, ['text'], undefined, 'an address message')),
  /** Required (R-INT-6). */
  body: withRule(interactiveBodySchema, 'R-INT-6'),
  /** Optional (R-INT-8). */
  footer: z.optional(interactiveFooterSchema),
  /** `name: "address_message"` and the form parameters (R-INT-3). */
  action: withRule(addressMessageActionSchema, 'R-INT-3'),
});

/** The `interactive` object of an address message. */
export type AddressMessageInteractive = z.infer<typeof addressMessageInteractiveSchema>;
