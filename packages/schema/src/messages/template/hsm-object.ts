import * as z from 'zod/mini';
import { forbiddenField } from '../../common/forbidden-field.ts';
import { nonEmptyString } from '../../common/non-empty-string.ts';
import { strictObject } from '../../common/object-schema.ts';
import { isPlainObjectPayload } from '../../common/plain-object.ts';
import { valueCheck } from '../../common/value-check.ts';
import { withRule } from '../interactive/with-rule.ts';

/** A date and time given by its parts (legacy hsm localization). */
const hsmDateTimeComponentSchema = strictObject({
  /** The day of the week, as a name or a number. */
  day_of_week: z.optional(z.union([z.string(), z.number()])),
  /** The year. */
  year: z.optional(z.int()),
  /** The month, 1–12. */
  month: z.optional(z.int()),
  /** The day of the month. */
  day_of_month: z.optional(z.int()),
  /** The hour, 0–23. */
  hour: z.optional(z.int()),
  /** The minute. */
  minute: z.optional(z.int()),
  /** The calendar, e.g. `"GREGORIAN"`. */
  calendar: z.optional(z.string()),
});

/** One value of `hsm.localizable_params`: a `default` text, optionally localized as currency or date/time. */
export const hsmLocalizableParameterSchema = strictObject({
  /** The text shown when localization fails; `default`, not `fallback_value` (R-HSM-5, R-TPL-PARAM-5). */
  default: withRule(z.string(), 'R-HSM-5'),
  /** An amount to localize: ISO 4217 `currency_code` and `amount_1000` (the amount × 1000). */
  currency: z.optional(
    strictObject({
      /** The ISO 4217 currency code, e.g. `"USD"`. */
      currency_code: z.string(),
      /** The amount multiplied by 1000. */
      amount_1000: z.number(),
    }),
  ),
  /** A date and time to localize: by `component` or by `unix_epoch`. */
  date_time: z.optional(
    strictObject({
      /** The date and time by parts. */
      component: z.optional(hsmDateTimeComponentSchema),
      /** The date and time as a UNIX timestamp in seconds. */
      unix_epoch: z.optional(strictObject({ timestamp: z.number() })),
    }),
  ),
  /** Not used in hsm: write `default` (R-TPL-PARAM-5). */
  fallback_value: forbiddenField(
    'R-TPL-PARAM-5',
    'hsm parameters use "default"; "fallback_value" is the template field',
  ),
}).check(
  valueCheck<unknown>((parameter, ctx) => {
    const value = parameter as { currency?: unknown; date_time?: unknown };
    if (value.currency !== undefined && value.date_time !== undefined) {
      ctx.issues.push({
        code: 'custom',
        message: 'has both "currency" and "date_time"; give at most one of them',
        input: parameter,
        path: [],
        params: { rule: 'R-HSM-5' },
      });
    }
  }, isPlainObjectPayload),
);

/** One value of `hsm.localizable_params`. */
export type HsmLocalizableParameter = z.infer<typeof hsmLocalizableParameterSchema>;

/**
 * The legacy On-Premises `hsm` object (`type: "hsm"`). Deprecated since On-Premises v2.39 and never sent
 * to the Cloud API (R-HSM-1, D-5): use `template`.
 *
 * @deprecated Use a `template` message (`templateObjectSchema`).
 */
export const hsmObjectSchema = strictObject({
  /** The namespace of the template; must match `element_name` (R-HSM-2). */
  namespace: withRule(nonEmptyString('R-HSM-2'), 'R-HSM-2'),
  /** The template's element name within the namespace (R-HSM-3). */
  element_name: withRule(nonEmptyString('R-HSM-3'), 'R-HSM-3'),
  /** The language: `{ code, policy?: "deterministic" }`; the `fallback` policy is gone since v2.27.8 (R-HSM-4). */
  language: withRule(
    strictObject({
      /** `"deterministic"`; `"fallback"` was removed in v2.27.8 (R-HSM-4). */
      policy: z.optional(withRule(z.literal('deterministic'), 'R-HSM-4')),
      /** The language and locale code, e.g. `"en"` or `"en_US"` (R-HSM-4). */
      code: withRule(nonEmptyString('R-HSM-4'), 'R-HSM-4'),
    }),
    'R-HSM-4',
  ),
  /** The values of the template variables, in order (R-HSM-5). */
  localizable_params: withRule(z.array(hsmLocalizableParameterSchema), 'R-HSM-5'),
});

/**
 * The legacy On-Premises `hsm` object.
 *
 * @deprecated Use a `template` message.
 */
export type HsmObject = z.infer<typeof hsmObjectSchema>;
