import * as z from 'zod';
import { reportRule } from '../../validation/rule-check.ts';
import { allowVariants } from '../interactive/allow-variants.ts';
import { withRule } from '../interactive/with-rule.ts';

/** The most buttons a template may have (R-TPL-BTN-4). */
export const MAX_TEMPLATE_BUTTONS = 10;

/** A button position: an integer 0–9 or a one-digit string, sent as given (R-TPL-BTN-4, R-TPL-BTN-5, D-2). */
export const templateButtonIndexSchema = withRule(
  z.literal([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']),
  'R-TPL-BTN-4',
);

/** A template button position. */
export type TemplateButtonIndex = z.infer<typeof templateButtonIndexSchema>;

/** A parameter of a template button (R-TPL-BTN-7). */
export const templateButtonParameterSchema = withRule(
  z.discriminatedUnion('type', [
    z.strictObject({
      /** `"payload"`: for `quick_reply` buttons (R-TPL-BTN-8). */
      type: z.literal('payload'),
      /** Returned with the button text when the button is tapped (R-TPL-BTN-8). */
      payload: withRule(z.string(), 'R-TPL-BTN-8'),
    }),
    z.strictObject({
      /** `"text"`: for `url` buttons (R-TPL-BTN-9). */
      type: z.literal('text'),
      /** The suffix appended to the button's dynamic URL (R-TPL-BTN-9). */
      text: withRule(z.string(), 'R-TPL-BTN-9'),
    }),
    z.strictObject({
      /** `"coupon_code"`: for `copy_code` buttons (R-TPL-BTN-10). */
      type: z.literal('coupon_code'),
      /** The code the user copies (R-TPL-BTN-10). */
      coupon_code: withRule(z.string(), 'R-TPL-BTN-10'),
    }),
  ]),
  'R-TPL-BTN-7',
);

/** A parameter of a template button. */
export type TemplateButtonParameter = z.infer<typeof templateButtonParameterSchema>;

/** `parameters` of one button sub-type: at least one, all of the paired parameter type. */
function buttonParameters<const T extends TemplateButtonParameter['type']>(
  parameterType: T,
  subType: string,
  rule: string,
) {
  return withRule(
    z
      .array(allowVariants(templateButtonParameterSchema, [parameterType], rule, `a ${subType} button`))
      .check((ctx) => {
        if (ctx.value.length === 0) {
          reportRule(ctx, {
            rule,
            message: `is empty; a ${subType} button needs a "${parameterType}" parameter`,
          });
        }
      }),
    'R-TPL-BTN-6',
  );
}

const buttonShape = {
  /** `"button"` (R-TPL-BTN-1). */
  type: z.literal('button'),
  /** The button's position, 0–9 (R-TPL-BTN-4, R-TPL-BTN-5). */
  index: templateButtonIndexSchema,
};

/**
 * A template button component, discriminated on `sub_type` (R-TPL-BTN-1, R-TPL-BTN-2): `quick_reply` with
 * a `payload`, `url` with a `text` suffix, or `copy_code` with a `coupon_code` (On-Premises 2.49+,
 * R-TPL-BTN-3).
 */
export const templateButtonComponentSchema = withRule(
  z.discriminatedUnion('sub_type', [
    z.strictObject({
      ...buttonShape,
      /** `"quick_reply"` (R-TPL-BTN-2). */
      sub_type: z.literal('quick_reply'),
      /** One `payload` parameter (R-TPL-BTN-6, R-TPL-BTN-8). */
      parameters: buttonParameters('payload', 'quick_reply', 'R-TPL-BTN-8'),
    }),
    z.strictObject({
      ...buttonShape,
      /** `"url"` (R-TPL-BTN-2). */
      sub_type: z.literal('url'),
      /** One `text` parameter: the URL suffix (R-TPL-BTN-6, R-TPL-BTN-9). */
      parameters: buttonParameters('text', 'url', 'R-TPL-BTN-9'),
    }),
    z.strictObject({
      ...buttonShape,
      /** `"copy_code"` (R-TPL-BTN-2; On-Premises 2.49 or newer, R-TPL-BTN-3). */
      sub_type: z.literal('copy_code'),
      /** One `coupon_code` parameter (R-TPL-BTN-6, R-TPL-BTN-10). */
      parameters: buttonParameters('coupon_code', 'copy_code', 'R-TPL-BTN-10'),
    }),
  ]),
  'R-TPL-BTN-2',
);

/** A template button component. */
export type TemplateButtonComponent = z.infer<typeof templateButtonComponentSchema>;
/** The button sub-types: `quick_reply`, `url`, `copy_code`. */
export type TemplateButtonSubType = TemplateButtonComponent['sub_type'];
