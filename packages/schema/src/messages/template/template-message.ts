import type { TemplateButtonComponent } from './template-button-component.ts';
import type { TemplateComponent } from './template-component.ts';
import type { TemplateLanguage } from './template-language.ts';
import type { TemplateObject } from './template-object.ts';
import type { TemplateBodyParameter, TemplateHeaderParameter } from './template-parameter.ts';
import { textParameter } from './template-parameters.ts';

/**
 * What {@link templateMessage} returns: a send message in the dialect-neutral `OutgoingMessage` shape
 * (`{ to, type: "template", template }`).
 */
export interface TemplateMessagePayload {
  /** The recipient's WhatsApp ID or phone number. */
  to: string;
  /** `"template"`. */
  type: 'template';
  /** The template object. */
  template: TemplateObject;
}

/** A body or footer parameter, or a plain string for a text parameter. */
export type TemplateBodyParameterInput = TemplateBodyParameter | string;

/** Options of {@link templateMessage}. */
export interface TemplateMessageOptions {
  /** The recipient's WhatsApp ID or phone number. */
  to: string;
  /** The name of the approved template (R-TPL-1). */
  name: string;
  /** The language code (`"en_US"`) or a full language object (R-TPL-2, D-6). */
  language: string | TemplateLanguage;
  /** The header variable, if the template's header has one (text, currency, date/time, media, location). */
  header?: TemplateHeaderParameter | undefined;
  /** The body variables in order; strings become text parameters. */
  body?: TemplateBodyParameterInput[] | undefined;
  /** The footer variables in order, if any; strings become text parameters. */
  footer?: TemplateBodyParameterInput[] | undefined;
  /** The button components (see `quickReplyButton`, `urlButton`, `copyCodeButton`). */
  buttons?: TemplateButtonComponent[] | undefined;
  /** More components appended as given, e.g. a Cloud `carousel` or `limited_time_offer`. */
  components?: TemplateComponent[] | undefined;
  /** On-Premises only: the template namespace (required before v2.41, R-TPL-4). */
  namespace?: string | undefined;
}

function toParameters(values: TemplateBodyParameterInput[]): TemplateBodyParameter[] {
  return values.map((value) => (typeof value === 'string' ? textParameter(value) : value));
}

/**
 * Builds a template message. Components appear in the order header, body, footer, buttons, extra
 * components; a section left out adds no component. Pure: nothing is validated at call time.
 *
 * @example
 * ```ts
 * const message = templateMessage({
 *   to: '15551234567',
 *   name: 'order_shipped',
 *   language: 'en_US',
 *   body: ['Ada', currency('$10.50', 'USD', 10_500), dateTime('May 4')],
 *   buttons: [quickReplyButton(0, 'track-42')],
 * });
 * ```
 */
export function templateMessage(options: TemplateMessageOptions): TemplateMessagePayload {
  const { to, name, language, header, body, footer, buttons, components, namespace } = options;
  const parts: TemplateComponent[] = [];
  if (header !== undefined) parts.push({ type: 'header', parameters: [header] });
  if (body !== undefined) parts.push({ type: 'body', parameters: toParameters(body) });
  if (footer !== undefined) parts.push({ type: 'footer', parameters: toParameters(footer) });
  if (buttons !== undefined) parts.push(...buttons);
  if (components !== undefined) parts.push(...components);
  const template: TemplateObject = {
    ...(namespace === undefined ? {} : { namespace }),
    name,
    language: typeof language === 'string' ? { code: language } : language,
    ...(parts.length === 0 ? {} : { components: parts }),
  };
  return { to, type: 'template', template };
}
