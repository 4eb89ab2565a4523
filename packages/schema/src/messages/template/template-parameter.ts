import * as z from 'zod/mini';
import { forbiddenField } from '../../common/forbidden-field.ts';
import type { MessageDialect } from '../../common/message-dialect.ts';
import { nonEmptyString } from '../../common/non-empty-string.ts';
import { strictObject } from '../../common/object-schema.ts';
import { reportRule } from '../../validation/rule-check.ts';
import { allowVariants } from '../interactive/allow-variants.ts';
import { withRule } from '../interactive/with-rule.ts';
import { mediaObjectFor } from '../media/media-object.ts';

const defaultInTemplate = forbiddenField(
  'R-TPL-PARAM-5',
  'template parameters use "fallback_value"; "default" is the legacy hsm field',
);

/**
 * `parameter_name`: the variable a value fills in a template created with named variables
 * (`{{first_name}}`), e.g. `"first_name"`. Left out for positional variables (`{{1}}`), which take the
 * values in order.
 */
const parameterName = z.optional(nonEmptyString());

/** A text parameter: `{ type: "text", text, parameter_name? }` (R-TPL-PARAM-2). */
export const templateTextParameterSchema = strictObject({
  /** `"text"`. */
  type: z.literal('text'),
  /** The named variable this value fills (templates with named variables). */
  parameter_name: parameterName,
  /** The value of the variable (R-TPL-PARAM-2). */
  text: withRule(z.string(), 'R-TPL-PARAM-2'),
});

/** A currency parameter, rendered in the user's locale with `fallback_value` as fallback (R-TPL-PARAM-3). */
export const templateCurrencyParameterSchema = strictObject({
  /** `"currency"`. */
  type: z.literal('currency'),
  /** The named variable this value fills (templates with named variables). */
  parameter_name: parameterName,
  /** The amount (R-TPL-PARAM-3). */
  currency: withRule(
    strictObject({
      /** The text shown when the amount cannot be localized (R-TPL-PARAM-5). */
      fallback_value: withRule(z.string(), 'R-TPL-PARAM-3'),
      /** The ISO 4217 currency code, e.g. `"USD"`. */
      code: withRule(z.string(), 'R-TPL-PARAM-3'),
      /** The amount multiplied by 1000 (e.g. 10.5 USD is `10500`); passed through as given (D-17). */
      amount_1000: withRule(z.number(), 'R-TPL-PARAM-3'),
      /** Not used in templates: write `fallback_value` (R-TPL-PARAM-5). */
      default: defaultInTemplate,
    }),
    'R-TPL-PARAM-3',
  ),
});

/** A date/time parameter, with `fallback_value` as the shown text (R-TPL-PARAM-4). */
export const templateDateTimeParameterSchema = strictObject({
  /** `"date_time"`. */
  type: z.literal('date_time'),
  /** The named variable this value fills (templates with named variables). */
  parameter_name: parameterName,
  /** The date and time (R-TPL-PARAM-4). */
  date_time: withRule(
    strictObject({
      /** The date and time as text, e.g. `"February 25, 1977"` (R-TPL-PARAM-4, R-TPL-PARAM-5). */
      fallback_value: withRule(z.string(), 'R-TPL-PARAM-4'),
      /** Not used in templates: write `fallback_value` (R-TPL-PARAM-5). */
      default: defaultInTemplate,
    }),
    'R-TPL-PARAM-4',
  ),
});

/** Decimal degrees written as a string, e.g. `"37.483307"` or `"-122.148981"`. Compiled once. */
const numericPattern = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/** A latitude or longitude in decimal degrees: a number or a numeric string, passed through (D-2, C-6). */
const coordinate = withRule(
  z.union([z.number(), z.string()]).check((ctx) => {
    const value = ctx.value;
    const valid = typeof value === 'number' ? Number.isFinite(value) : numericPattern.test(value.trim());
    if (!valid) {
      reportRule(ctx, {
        rule: 'R-TPL-PARAM-8',
        message: 'must be decimal degrees: a number or a numeric string',
      });
    }
  }),
  'R-TPL-PARAM-8',
);

/** A location parameter of a location-header template (Cloud API; R-TPL-PARAM-8, C-15). */
export const templateLocationParameterSchema = strictObject({
  /** `"location"`: header components only. */
  type: z.literal('location'),
  /** The named variable this value fills (templates with named variables). */
  parameter_name: parameterName,
  /** The place shown on the map at the top of the message (R-TPL-PARAM-8, R-TPL-PARAM-9). */
  location: withRule(
    strictObject({
      /** Latitude in decimal degrees: a number or a numeric string (D-2). */
      latitude: coordinate,
      /** Longitude in decimal degrees: a number or a numeric string (D-2). */
      longitude: coordinate,
      /** Shown right below the map (R-TPL-PARAM-9). */
      name: z.optional(z.string()),
      /** Shown below the name (R-TPL-PARAM-9). */
      address: z.optional(z.string()),
    }),
    'R-TPL-PARAM-8',
  ),
});

/**
 * A product parameter: the header of a single-product template or of a product card of a carousel template
 * (Cloud API). The product is shown from your catalog.
 */
export const templateProductParameterSchema = strictObject({
  /** `"product"`: header components only. */
  type: z.literal('product'),
  /** The product to show. */
  product: strictObject({
    /** The product's ID in your catalog (its SKU, "Content ID" in Commerce Manager). */
    product_retailer_id: nonEmptyString(),
    /** The ID of the catalog connected to your WhatsApp Business Account. */
    catalog_id: nonEmptyString(),
  }),
});

function buildParameter(dialect: MessageDialect) {
  return withRule(
    z.discriminatedUnion('type', [
      templateTextParameterSchema,
      templateCurrencyParameterSchema,
      templateDateTimeParameterSchema,
      strictObject({
        /** `"image"`. */
        type: z.literal('image'),
        /** The named variable this value fills (templates with named variables). */
        parameter_name: parameterName,
        /** The image, as in an image message (R-TPL-PARAM-6). */
        image: withRule(mediaObjectFor('image', dialect), 'R-TPL-PARAM-6'),
      }),
      strictObject({
        /** `"document"`: PDF only (R-TPL-PARAM-7). */
        type: z.literal('document'),
        /** The named variable this value fills (templates with named variables). */
        parameter_name: parameterName,
        /** The document, as in a document message (R-TPL-PARAM-6). */
        document: withRule(mediaObjectFor('document', dialect), 'R-TPL-PARAM-6'),
      }),
      strictObject({
        /** `"video"`. */
        type: z.literal('video'),
        /** The named variable this value fills (templates with named variables). */
        parameter_name: parameterName,
        /** The video, as in a video message (R-TPL-PARAM-6). */
        video: withRule(mediaObjectFor('video', dialect), 'R-TPL-PARAM-6'),
      }),
      templateLocationParameterSchema,
      templateProductParameterSchema,
    ]),
    'R-TPL-PARAM-1',
  );
}

const bodyTypes = ['text', 'currency', 'date_time', 'image', 'document', 'video'] as const;

function buildParameters(dialect: MessageDialect) {
  const any = buildParameter(dialect);
  return {
    header:
      dialect === 'onprem'
        ? allowVariants(
            any,
            bodyTypes,
            'R-TPL-PARAM-8',
            'the On-Premises API (location and product headers are Cloud only)',
          )
        : allowVariants(any, [...bodyTypes, 'location', 'product'], 'R-TPL-PARAM-1', 'a header component'),
    body: allowVariants(
      any,
      bodyTypes,
      'R-TPL-PARAM-1',
      'a body or footer component (location and product: header only)',
    ),
  };
}

/** The parameter schemas by dialect and component, built once. */
export const templateParameterSchemas = {
  neutral: buildParameters('neutral'),
  cloud: buildParameters('cloud'),
  onprem: buildParameters('onprem'),
} as const;

/** A parameter of a template header component: text, currency, date/time, media, or (Cloud) location or product. */
export const templateHeaderParameterSchema = templateParameterSchemas.neutral.header;
/** A parameter of a template body or footer component: text, currency, date/time or media. */
export const templateBodyParameterSchema = templateParameterSchemas.neutral.body;

/** A parameter of a template header component. */
export type TemplateHeaderParameter = z.infer<typeof templateHeaderParameterSchema>;
/** A parameter of a template body or footer component. */
export type TemplateBodyParameter = z.infer<typeof templateBodyParameterSchema>;
/** A text parameter. */
export type TemplateTextParameter = z.infer<typeof templateTextParameterSchema>;
/** A currency parameter. */
export type TemplateCurrencyParameter = z.infer<typeof templateCurrencyParameterSchema>;
/** A date/time parameter. */
export type TemplateDateTimeParameter = z.infer<typeof templateDateTimeParameterSchema>;
/** A location parameter (Cloud API, header only). */
export type TemplateLocationParameter = z.infer<typeof templateLocationParameterSchema>;
/** A product parameter (Cloud API, header only). */
export type TemplateProductParameter = z.infer<typeof templateProductParameterSchema>;
/** A media (`image`, `document`, `video`) parameter. */
export type TemplateMediaParameter = Extract<
  TemplateHeaderParameter,
  { type: 'image' | 'document' | 'video' }
>;
