import * as z from 'zod/mini';
import { strictObject } from '../../common/object-schema.ts';
import { isPlainObject } from '../../common/plain-object.ts';
import { allowVariants } from '../interactive/allow-variants.ts';
import { withRule } from '../interactive/with-rule.ts';
import { templateButtonComponentSchema } from './template-button-component.ts';
import { templateParameterSchemas } from './template-parameter.ts';

/** The fewest and most cards of a media card carousel template (Cloud API documentation). */
export const TEMPLATE_CAROUSEL_CARDS = { min: 2, max: 10 } as const;

function buildCarousel(dialect: 'neutral' | 'cloud') {
  const parameters = templateParameterSchemas[dialect];
  const cardComponent = withRule(
    z.discriminatedUnion('type', [
      strictObject({
        /** `"header"`: the card's image or video, or the product of a product card. */
        type: z.literal(['header', 'HEADER']),
        /** One `image`, `video` or `product` parameter. */
        parameters: z.array(
          allowVariants(
            parameters.header,
            ['image', 'video', 'product'],
            undefined,
            'a carousel card header',
          ),
        ),
      }),
      strictObject({
        /** `"body"`: the card's text variables. */
        type: z.literal(['body', 'BODY']),
        /** The values of the card body variables. */
        parameters: z.array(parameters.body),
      }),
      templateButtonComponentSchema,
    ]),
    'R-TPL-7',
  );
  const card = strictObject({
    /** The card's position, from 0, left to right. */
    card_index: z.int().check(z.nonnegative()),
    /** The card's header, body and buttons; every card of a template has the same components. */
    components: z.array(cardComponent),
  });
  return strictObject({
    /** `"carousel"`: a media or product card carousel (Cloud API, marketing templates). */
    type: z.literal(['carousel', 'CAROUSEL']),
    /** One entry per card of the approved template: 2 to 10 cards. */
    cards: z.array(card).check((ctx) => {
      const count = ctx.value.length;
      if (count < TEMPLATE_CAROUSEL_CARDS.min || count > TEMPLATE_CAROUSEL_CARDS.max) {
        ctx.issues.push({
          code: 'custom',
          message: `has ${count} cards; a carousel has ${TEMPLATE_CAROUSEL_CARDS.min} to ${TEMPLATE_CAROUSEL_CARDS.max}, as many as the approved template`,
          input: ctx.value,
          path: [],
          params: { limit: TEMPLATE_CAROUSEL_CARDS.max },
        });
      }
      const seen = new Set<number>();
      ctx.value.forEach((entry, index) => {
        if (!isPlainObject(entry)) return;
        if (seen.has(entry.card_index)) {
          ctx.issues.push({
            code: 'custom',
            message: `repeats card_index ${entry.card_index}; each card needs its own position`,
            input: entry.card_index,
            path: [index, 'card_index'],
          });
        }
        seen.add(entry.card_index);
      });
    }),
  });
}

/** A media card carousel component of a template message (Cloud API). */
export const templateCarouselComponentSchema = buildCarousel('neutral');
/** A media card carousel component on the Cloud API. */
export const cloudTemplateCarouselComponentSchema = buildCarousel('cloud');

/** A media card carousel component. */
export type TemplateCarouselComponent = z.infer<typeof templateCarouselComponentSchema>;
/** One card of a media card carousel. */
export type TemplateCarouselCard = TemplateCarouselComponent['cards'][number];
