import * as z from 'zod/mini';
import type { MessageDialect } from '../../common/message-dialect.ts';
import { strictObject } from '../../common/object-schema.ts';
import { withRule } from '../interactive/with-rule.ts';
import {
  onPremTemplateButtonComponentSchema,
  templateButtonComponentSchema,
} from './template-button-component.ts';
import {
  cloudTemplateCarouselComponentSchema,
  templateCarouselComponentSchema,
} from './template-carousel-component.ts';
import { templateLimitedTimeOfferComponentSchema } from './template-limited-time-offer-component.ts';
import { templateParameterSchemas } from './template-parameter.ts';
import { templateTapTargetComponentSchema } from './template-tap-target-component.ts';

/** The template component schemas of one dialect: the union (`all`) and its `header`, `body` and `footer`. */
export function buildComponent(dialect: MessageDialect) {
  const parameters = templateParameterSchemas[dialect];
  const header = strictObject({
    /** `"header"` (or `"HEADER"`, D-19). */
    type: z.literal(['header', 'HEADER']),
    /** The header variable: text, currency, date/time, media, or a location (Cloud) (R-TPL-8). */
    parameters: z.optional(withRule(z.array(parameters.header), 'R-TPL-8')),
  });
  const body = strictObject({
    /** `"body"` (or `"BODY"`, D-19). */
    type: z.literal(['body', 'BODY']),
    /** The values of the body variables, in order (R-TPL-8). */
    parameters: z.optional(withRule(z.array(parameters.body), 'R-TPL-8')),
  });
  const footer = strictObject({
    /** `"footer"` (or `"FOOTER"`, D-19). */
    type: z.literal(['footer', 'FOOTER']),
    /** The values of the footer variables (R-TPL-8). */
    parameters: z.optional(withRule(z.array(parameters.body), 'R-TPL-8')),
  });
  const all = withRule(
    z.discriminatedUnion('type', [
      header,
      body,
      footer,
      dialect === 'onprem' ? onPremTemplateButtonComponentSchema : templateButtonComponentSchema,
      dialect === 'cloud' ? cloudTemplateCarouselComponentSchema : templateCarouselComponentSchema,
      templateLimitedTimeOfferComponentSchema,
      templateTapTargetComponentSchema,
    ]),
    'R-TPL-7',
  );
  return { all, header, body, footer };
}

const neutral = buildComponent('neutral');
const cloud = buildComponent('cloud');

/**
 * A component of a template message in an `OutgoingMessage`, discriminated on `type` (R-TPL-7): `header`,
 * `body`, `footer`, `button`, and the Cloud API's `carousel`, `limited_time_offer` and
 * `tap_target_configuration`. `type` may be written in lower or upper case (`"BODY"`), as given (D-19).
 */
export const templateComponentSchema = neutral.all;
/** A component of a template message on the Cloud API. */
export const cloudTemplateComponentSchema = cloud.all;

/** The header component of a template message. */
export const templateHeaderComponentSchema = neutral.header;
/** The body component of a template message. */
export const templateBodyComponentSchema = neutral.body;
/** The footer component of a template message. */
export const templateFooterComponentSchema = neutral.footer;

/** A component of a template message. */
export type TemplateComponent = z.infer<typeof templateComponentSchema>;
/** The header component of a template message. */
export type TemplateHeaderComponent = z.infer<typeof templateHeaderComponentSchema>;
/** The body component of a template message. */
export type TemplateBodyComponent = z.infer<typeof templateBodyComponentSchema>;
/** The footer component of a template message. */
export type TemplateFooterComponent = z.infer<typeof templateFooterComponentSchema>;
