import * as z from 'zod/mini';
import { strictObject } from '../../common/object-schema.ts';
import { isPlainObjectPayload } from '../../common/plain-object.ts';
import { requiredField } from '../../common/required-field.ts';
import { valueCheck } from '../../common/value-check.ts';
import { reportRule } from '../../validation/rule-check.ts';

/** `YYYY-MM-DD`. Compiled once. */
const birthdayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Two ASCII letters. Compiled once. */
const countryCodePattern = /^[A-Za-z]{2}$/;

/** The standard `type` values of addresses, emails and URLs (R-CONT-8); any other string is accepted too (D-9). */
export type ContactEntryType = 'HOME' | 'WORK' | (string & {});
/** The standard `type` values of phones (R-CONT-10); any other string is accepted too (D-9). */
export type ContactPhoneType = 'CELL' | 'MAIN' | 'IPHONE' | 'HOME' | 'WORK' | (string & {});

/** A free-form `type` string; the standard values are suggestions only (D-9). */
const entryType = z.string() as z.ZodMiniType<ContactEntryType, string>;
const phoneType = z.string() as z.ZodMiniType<ContactPhoneType, string>;

/** A contact's address: every field optional (R-CONT-6). */
export const contactAddressSchema = strictObject({
  /** Street number and name. */
  street: z.optional(z.string()),
  /** City name. */
  city: z.optional(z.string()),
  /** State abbreviation. */
  state: z.optional(z.string()),
  /** ZIP code. */
  zip: z.optional(z.string()),
  /** Full country name. */
  country: z.optional(z.string()),
  /** Two-letter country code, e.g. `US` (R-CONT-7). */
  country_code: z.optional(
    z.string().check((ctx) => {
      if (!countryCodePattern.test(ctx.value)) {
        reportRule(ctx, {
          rule: 'R-CONT-7',
          limit: 2,
          message: 'must be a two-letter country code, e.g. "US"',
        });
      }
    }),
  ),
  /** Address type; standard values `HOME`, `WORK` (R-CONT-8). */
  type: z.optional(entryType),
});

/** An email address of a contact (R-CONT-9). */
export const contactEmailSchema = strictObject({
  /** Email address. */
  email: z.optional(z.string()),
  /** Email type; standard values `HOME`, `WORK` (R-CONT-8). */
  type: z.optional(entryType),
});

/** A phone number of a contact (R-CONT-10). */
export const contactPhoneSchema = strictObject({
  /** Phone number; filled from `wa_id` when omitted. */
  phone: z.optional(z.string()),
  /** Phone type; standard values `CELL`, `MAIN`, `IPHONE`, `HOME`, `WORK`. */
  type: z.optional(phoneType),
  /** WhatsApp ID. */
  wa_id: z.optional(z.string()),
});

/** A URL of a contact (R-CONT-11). */
export const contactUrlSchema = strictObject({
  /** The URL. */
  url: z.optional(z.string()),
  /** URL type; standard values `HOME`, `WORK` (R-CONT-8). */
  type: z.optional(entryType),
});

/** A contact's organization (R-CONT-12). */
export const contactOrgSchema = strictObject({
  /** Company name. */
  company: z.optional(z.string()),
  /** Department name. */
  department: z.optional(z.string()),
  /** Business title. */
  title: z.optional(z.string()),
});

const namePartKeys = ['first_name', 'last_name', 'middle_name', 'suffix', 'prefix'] as const;

/** A contact's name: `formatted_name` plus at least one other part (R-CONT-3, R-CONT-4). */
export const contactNameSchema = strictObject({
  /** The full name as it is normally displayed (R-CONT-3). */
  formatted_name: requiredField(z.string(), 'R-CONT-3'),
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
}).check(
  valueCheck((value: Record<string, unknown>, ctx) => {
    let hasNamePart = false;
    for (const key of namePartKeys) {
      if (value[key] !== undefined) {
        hasNamePart = true;
        break;
      }
    }
    if (!hasNamePart) {
      reportRule(ctx, {
        rule: 'R-CONT-4',
        message:
          'needs at least one of first_name, last_name, middle_name, suffix or prefix besides formatted_name',
      });
    }
  }, isPlainObjectPayload),
);

/** One contact card of a contacts message (R-CONT-*). */
export const contactObjectSchema = strictObject({
  /** Full addresses (R-CONT-6). */
  addresses: z.optional(z.array(contactAddressSchema)),
  /** Birthday as `YYYY-MM-DD` (R-CONT-5). */
  birthday: z.optional(
    z.string().check((ctx) => {
      const match = birthdayPattern.exec(ctx.value);
      const month = match === null ? 0 : Number(match[2]);
      const day = match === null ? 0 : Number(match[3]);
      if (month < 1 || month > 12 || day < 1 || day > 31) {
        reportRule(ctx, {
          rule: 'R-CONT-5',
          message: 'must be a date written YYYY-MM-DD, e.g. "1990-01-31"',
        });
      }
    }),
  ),
  /** Email addresses (R-CONT-9). */
  emails: z.optional(z.array(contactEmailSchema)),
  /** The contact's name (R-CONT-2). */
  name: requiredField(contactNameSchema, 'R-CONT-2'),
  /** The contact's organization (R-CONT-12). */
  org: z.optional(contactOrgSchema),
  /** Phone numbers (R-CONT-10). */
  phones: z.optional(z.array(contactPhoneSchema)),
  /** URLs (R-CONT-11). */
  urls: z.optional(z.array(contactUrlSchema)),
});

/** The `contacts` array of a contacts message: one or more contact cards (R-CONT-1, C-8). */
export const contactsSchema = z.array(contactObjectSchema).check((ctx) => {
  if (ctx.value.length === 0)
    reportRule(ctx, { rule: 'R-CONT-1', message: 'must hold at least one contact' });
});

/** A contact's address. */
export type ContactAddress = z.infer<typeof contactAddressSchema>;
/** A contact's email address. */
export type ContactEmail = z.infer<typeof contactEmailSchema>;
/** A contact's phone number. */
export type ContactPhone = z.infer<typeof contactPhoneSchema>;
/** A contact's URL. */
export type ContactUrl = z.infer<typeof contactUrlSchema>;
/** A contact's organization. */
export type ContactOrg = z.infer<typeof contactOrgSchema>;
/** A contact's name. */
export type ContactName = z.infer<typeof contactNameSchema>;
/** One contact card. */
export type ContactObject = z.infer<typeof contactObjectSchema>;
