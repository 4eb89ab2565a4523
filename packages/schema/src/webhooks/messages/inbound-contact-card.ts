// Incoming shape: tolerant on purpose. Unknown keys pass through unchanged; every field is optional,
// because the user's address book decides what a card holds.
import * as z from 'zod';

/** A contact card the user shared. */
export const inboundContactCardSchema = z.looseObject({
  /** The contact's name. */
  name: z
    .looseObject({
      /** The full name as displayed. */
      formatted_name: z.string().optional(),
      /** First name. */
      first_name: z.string().optional(),
      /** Last name. */
      last_name: z.string().optional(),
      /** Middle name. */
      middle_name: z.string().optional(),
      /** Name suffix. */
      suffix: z.string().optional(),
      /** Name prefix. */
      prefix: z.string().optional(),
    })
    .optional(),
  /** Phone numbers; `wa_id` is set when the number is on WhatsApp. */
  phones: z
    .array(
      z.looseObject({
        /** The number as stored. */
        phone: z.string().optional(),
        /** Its WhatsApp ID. */
        wa_id: z.string().optional(),
        /** Its label. */
        type: z.string().optional(),
      }),
    )
    .optional(),
  /** E-mail addresses. */
  emails: z
    .array(
      z.looseObject({
        /** The address. */
        email: z.string().optional(),
        /** Its label, e.g. `HOME` or `WORK`. */
        type: z.string().optional(),
      }),
    )
    .optional(),
  /** Web sites. */
  urls: z
    .array(
      z.looseObject({
        /** The URL. */
        url: z.string().optional(),
        /** Its label, e.g. `HOME` or `WORK`. */
        type: z.string().optional(),
      }),
    )
    .optional(),
  /** Postal addresses. */
  addresses: z
    .array(
      z.looseObject({
        /** Street. */
        street: z.string().optional(),
        /** City. */
        city: z.string().optional(),
        /** State. */
        state: z.string().optional(),
        /** ZIP code. */
        zip: z.string().optional(),
        /** Country name. */
        country: z.string().optional(),
        /** Two-letter country code. */
        country_code: z.string().optional(),
        /** Its label. */
        type: z.string().optional(),
      }),
    )
    .optional(),
  /** Organisation. */
  org: z
    .looseObject({
      /** Company name. */
      company: z.string().optional(),
      /** Department. */
      department: z.string().optional(),
      /** Job title. */
      title: z.string().optional(),
    })
    .optional(),
  /** Birthday, `YYYY-MM-DD`. */
  birthday: z.string().optional(),
});

/** A contact card the user shared. */
export type InboundContactCard = z.infer<typeof inboundContactCardSchema>;
