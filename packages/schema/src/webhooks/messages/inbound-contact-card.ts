// Incoming shape: tolerant on purpose. Unknown keys pass through unchanged; every field is optional,
// because the user's address book decides what a card holds.
import * as z from 'zod/mini';
import { looseObject } from '../../common/object-schema.ts';

/** A contact card the user shared. */
export const inboundContactCardSchema = looseObject({
  /** The contact's name. */
  name: z.optional(
    looseObject({
      /** The full name as displayed. */
      formatted_name: z.optional(z.string()),
      /** First name. */
      first_name: z.optional(z.string()),
      /** Last name. */
      last_name: z.optional(z.string()),
      /** Middle name. */
      middle_name: z.optional(z.string()),
      /** Name suffix. */
      suffix: z.optional(z.string()),
      /** Name prefix. */
      prefix: z.optional(z.string()),
    }),
  ),
  /** Phone numbers; `wa_id` is set when the number is on WhatsApp. */
  phones: z.optional(
    z.array(
      looseObject({
        /** The number as stored. */
        phone: z.optional(z.string()),
        /** Its WhatsApp ID. */
        wa_id: z.optional(z.string()),
        /** Its label. */
        type: z.optional(z.string()),
      }),
    ),
  ),
  /** E-mail addresses. */
  emails: z.optional(
    z.array(
      looseObject({
        /** The address. */
        email: z.optional(z.string()),
        /** Its label, e.g. `HOME` or `WORK`. */
        type: z.optional(z.string()),
      }),
    ),
  ),
  /** Web sites. */
  urls: z.optional(
    z.array(
      looseObject({
        /** The URL. */
        url: z.optional(z.string()),
        /** Its label, e.g. `HOME` or `WORK`. */
        type: z.optional(z.string()),
      }),
    ),
  ),
  /** Postal addresses. */
  addresses: z.optional(
    z.array(
      looseObject({
        /** Street. */
        street: z.optional(z.string()),
        /** City. */
        city: z.optional(z.string()),
        /** State. */
        state: z.optional(z.string()),
        /** ZIP code. */
        zip: z.optional(z.string()),
        /** Country name. */
        country: z.optional(z.string()),
        /** Two-letter country code. */
        country_code: z.optional(z.string()),
        /** Its label. */
        type: z.optional(z.string()),
      }),
    ),
  ),
  /** Organisation. */
  org: z.optional(
    looseObject({
      /** Company name. */
      company: z.optional(z.string()),
      /** Department. */
      department: z.optional(z.string()),
      /** Job title. */
      title: z.optional(z.string()),
    }),
  ),
  /** Birthday, `YYYY-MM-DD`. */
  birthday: z.optional(z.string()),
});

/** A contact card the user shared. */
export type InboundContactCard = z.infer<typeof inboundContactCardSchema>;
