import * as z from 'zod/mini';
import { strictObject } from '../../common/object-schema.ts';
import { isPlainObjectPayload } from '../../common/plain-object.ts';
import { valueCheck } from '../../common/value-check.ts';
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

/**
 * The `action` of an `action` button parameter: what a catalog, multi-product, Flow or order button opens.
 * The fields depend on the button (`thumbnail_product_retailer_id`, `sections`, `flow_token`,
 * `flow_action_data`, `order_details`, …); they are passed through for the API to check.
 */
export const templateButtonActionSchema = z.record(z.string(), z.unknown());

/** A parameter of a template button (R-TPL-BTN-7). */
export const templateButtonParameterSchema = withRule(
  z.discriminatedUnion('type', [
    strictObject({
      /** `"payload"`: for `quick_reply` buttons (R-TPL-BTN-8). */
      type: z.literal('payload'),
      /** Returned with the button text when the button is tapped (R-TPL-BTN-8). */
      payload: withRule(z.string(), 'R-TPL-BTN-8'),
    }),
    strictObject({
      /** `"text"`: for `url` buttons (R-TPL-BTN-9). */
      type: z.literal('text'),
      /** The suffix appended to the button's dynamic URL (R-TPL-BTN-9). */
      text: withRule(z.string(), 'R-TPL-BTN-9'),
    }),
    strictObject({
      /** `"coupon_code"`: for `copy_code` buttons (R-TPL-BTN-10). */
      type: z.literal('coupon_code'),
      /** The code the user copies (R-TPL-BTN-10). */
      coupon_code: withRule(z.string(), 'R-TPL-BTN-10'),
    }),
    strictObject({
      /** `"action"`: for `catalog`, `mpm`, `flow` and `order_details` buttons (Cloud API). */
      type: z.literal('action'),
      /** What the button opens; its fields depend on the button. */
      action: templateButtonActionSchema,
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

/** `parameters` of a button whose parameter is optional (catalog, Flow, …): `action` parameters. */
function actionParameters(subType: string) {
  return z.optional(
    z.array(allowVariants(templateButtonParameterSchema, ['action'], undefined, `a ${subType} button`)),
  );
}

const buttonShape = {
  /** `"button"` (R-TPL-BTN-1); `"BUTTON"` is accepted too (D-19). */
  type: z.literal(['button', 'BUTTON']),
  /** The button's position, 0–9 (R-TPL-BTN-4, R-TPL-BTN-5). */
  index: templateButtonIndexSchema,
};

/** A button `sub_type` as documented in lower case, or in the upper case Meta's examples use (D-19). */
function subType<const S extends string>(value: S) {
  return z.literal([value, value.toUpperCase() as Uppercase<S>]);
}

/** The sub-types both APIs know (R-TPL-BTN-2); the others are Cloud API only. */
export const onPremTemplateButtonSubTypes = [
  'quick_reply',
  'url',
  'copy_code',
  'QUICK_REPLY',
  'URL',
  'COPY_CODE',
] as const;

/**
 * A template button component, discriminated on `sub_type` (R-TPL-BTN-1, R-TPL-BTN-2): `quick_reply` with
 * a `payload`, `url` with a `text` suffix, `copy_code` with a `coupon_code` (On-Premises 2.49+,
 * R-TPL-BTN-3), and on the Cloud API `catalog`, `mpm` (multi-product), `flow` and `order_details` with an
 * `action` parameter, and `spm` (single product) and `voice_call` buttons. `sub_type` may be written in
 * lower case or upper case (`COPY_CODE`), as given (D-19).
 */
export const templateButtonComponentSchema = withRule(
  z.discriminatedUnion('sub_type', [
    strictObject({
      ...buttonShape,
      /** `"quick_reply"` (R-TPL-BTN-2). */
      sub_type: subType('quick_reply'),
      /** One `payload` parameter (R-TPL-BTN-6, R-TPL-BTN-8). */
      parameters: buttonParameters('payload', 'quick_reply', 'R-TPL-BTN-8'),
    }),
    strictObject({
      ...buttonShape,
      /** `"url"` (R-TPL-BTN-2); also the one-tap and copy-code buttons of authentication templates. */
      sub_type: subType('url'),
      /** One `text` parameter: the URL suffix (R-TPL-BTN-6, R-TPL-BTN-9). */
      parameters: buttonParameters('text', 'url', 'R-TPL-BTN-9'),
    }),
    strictObject({
      ...buttonShape,
      /** `"copy_code"` (R-TPL-BTN-2; On-Premises 2.49 or newer, R-TPL-BTN-3). */
      sub_type: subType('copy_code'),
      /** One `coupon_code` parameter (R-TPL-BTN-6, R-TPL-BTN-10). */
      parameters: buttonParameters('coupon_code', 'copy_code', 'R-TPL-BTN-10'),
    }),
    strictObject({
      ...buttonShape,
      /** `"catalog"`: opens your catalog (Cloud API). */
      sub_type: subType('catalog'),
      /** Optional: an `action` with the `thumbnail_product_retailer_id` of the product shown. */
      parameters: actionParameters('catalog'),
    }),
    strictObject({
      ...buttonShape,
      /** `"mpm"`: a multi-product button (Cloud API). */
      sub_type: subType('mpm'),
      /** An `action` with `thumbnail_product_retailer_id` and the product `sections`. */
      parameters: actionParameters('mpm'),
    }),
    strictObject({
      ...buttonShape,
      /** `"spm"`: a single-product "View" button (Cloud API). */
      sub_type: subType('spm'),
      /** Optional; the product comes from the header's `product` parameter. */
      parameters: actionParameters('spm'),
    }),
    strictObject({
      ...buttonShape,
      /** `"flow"`: opens a Flow (Cloud API). */
      sub_type: subType('flow'),
      /** Optional: an `action` with `flow_token` and `flow_action_data`. */
      parameters: actionParameters('flow'),
    }),
    strictObject({
      ...buttonShape,
      /** `"order_details"`: a "Review and pay" button of an order details template (Cloud API). */
      sub_type: subType('order_details'),
      /** An `action` with the `order_details` of the order. */
      parameters: actionParameters('order_details'),
    }),
    strictObject({
      ...buttonShape,
      /** `"voice_call"`: a "Call on WhatsApp" button (Cloud API). */
      sub_type: subType('voice_call'),
      /** Optional. */
      parameters: z.optional(z.array(templateButtonParameterSchema)),
    }),
  ]),
  'R-TPL-BTN-2',
);

/** A template button component. */
export type TemplateButtonComponent = z.infer<typeof templateButtonComponentSchema>;
/** The button sub-types, lower and upper case: `quick_reply`, `url`, `copy_code`, `catalog`, … */
export type TemplateButtonSubType = TemplateButtonComponent['sub_type'];

/** A button sub-type the On-Premises API does not have is reported under R-TPL-BTN-2. */
const onPremSubTypeCheck = valueCheck<unknown>((value, ctx) => {
  const given = (value as { sub_type?: unknown }).sub_type;
  if (typeof given !== 'string' || (onPremTemplateButtonSubTypes as readonly string[]).includes(given))
    return;
  reportRule(ctx, {
    rule: 'R-TPL-BTN-2',
    path: ['sub_type'],
    message: `is "${given}"; the On-Premises API has only quick_reply, url and copy_code buttons`,
  });
}, isPlainObjectPayload);

/** A template button component on the On-Premises API: `quick_reply`, `url` or `copy_code`. */
export const onPremTemplateButtonComponentSchema = templateButtonComponentSchema.check(onPremSubTypeCheck);
