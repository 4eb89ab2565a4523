import type { MediaObject } from '../media/media-object.ts';
import type { TemplateButtonComponent, TemplateButtonIndex } from './template-button-component.ts';
import type {
  TemplateCurrencyParameter,
  TemplateDateTimeParameter,
  TemplateLocationParameter,
  TemplateMediaParameter,
  TemplateTextParameter,
} from './template-parameter.ts';

/**
 * A text parameter: `{ type: "text", text }` (R-TPL-PARAM-2).
 *
 * @example
 * ```ts
 * textParameter('Ada'); // { type: 'text', text: 'Ada' }
 * ```
 */
export function textParameter(text: string): TemplateTextParameter {
  return { type: 'text', text };
}

/**
 * A currency parameter (R-TPL-PARAM-3). `amount1000` is the amount multiplied by 1000.
 *
 * @example
 * ```ts
 * currency('$10.50', 'USD', 10_500);
 * ```
 */
export function currency(fallbackValue: string, code: string, amount1000: number): TemplateCurrencyParameter {
  return { type: 'currency', currency: { fallback_value: fallbackValue, code, amount_1000: amount1000 } };
}

/**
 * A date/time parameter shown as `fallbackValue` (R-TPL-PARAM-4).
 *
 * @example
 * ```ts
 * dateTime('February 25, 1977');
 * ```
 */
export function dateTime(fallbackValue: string): TemplateDateTimeParameter {
  return { type: 'date_time', date_time: { fallback_value: fallbackValue } };
}

/**
 * A media parameter for a media header: `image`, `document` (PDF, R-TPL-PARAM-7) or `video`
 * (R-TPL-PARAM-6).
 *
 * @example
 * ```ts
 * mediaParameter('image', { link: 'https://example.com/banner.png' });
 * ```
 */
export function mediaParameter<K extends 'image' | 'document' | 'video'>(
  kind: K,
  media: MediaObject,
): Extract<TemplateMediaParameter, { type: K }> {
  return { type: kind, [kind]: media } as unknown as Extract<TemplateMediaParameter, { type: K }>;
}

/** Options of {@link locationParameter}. */
export interface LocationParameterOptions {
  /** Latitude in decimal degrees: a number or a numeric string (D-2). */
  latitude: number | string;
  /** Longitude in decimal degrees: a number or a numeric string (D-2). */
  longitude: number | string;
  /** Shown right below the map. */
  name?: string | undefined;
  /** Shown below the name. */
  address?: string | undefined;
}

/**
 * A location parameter for a location-header template (Cloud API, R-TPL-PARAM-8).
 *
 * @example
 * ```ts
 * locationParameter({ latitude: 37.483307, longitude: -122.148981, name: 'Pablo Morales' });
 * ```
 */
export function locationParameter(options: LocationParameterOptions): TemplateLocationParameter {
  const { latitude, longitude, name, address } = options;
  return {
    type: 'location',
    location: {
      latitude,
      longitude,
      ...(name === undefined ? {} : { name }),
      ...(address === undefined ? {} : { address }),
    },
  };
}

/**
 * A `quick_reply` button component with its payload (R-TPL-BTN-8).
 *
 * @example
 * ```ts
 * quickReplyButton(0, 'confirm-order-42');
 * ```
 */
export function quickReplyButton(index: TemplateButtonIndex, payload: string): TemplateButtonComponent {
  return { type: 'button', sub_type: 'quick_reply', index, parameters: [{ type: 'payload', payload }] };
}

/**
 * A `url` button component with the suffix of its dynamic URL (R-TPL-BTN-9).
 *
 * @example
 * ```ts
 * urlButton(1, 'orders/42');
 * ```
 */
export function urlButton(index: TemplateButtonIndex, urlSuffix: string): TemplateButtonComponent {
  return { type: 'button', sub_type: 'url', index, parameters: [{ type: 'text', text: urlSuffix }] };
}

/**
 * A `copy_code` button component with its coupon code (R-TPL-BTN-10; On-Premises 2.49+, R-TPL-BTN-3).
 *
 * @example
 * ```ts
 * copyCodeButton(0, 'SUMMER20');
 * ```
 */
export function copyCodeButton(index: TemplateButtonIndex, couponCode: string): TemplateButtonComponent {
  return {
    type: 'button',
    sub_type: 'copy_code',
    index,
    parameters: [{ type: 'coupon_code', coupon_code: couponCode }],
  };
}
