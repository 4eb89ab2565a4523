import * as z from 'zod/mini';
import type { MessageDialect } from '../../common/message-dialect.ts';
import { nonEmptyString } from '../../common/non-empty-string.ts';
import { strictObject } from '../../common/object-schema.ts';
import { isPlainObject } from '../../common/plain-object.ts';
import { mediaObjectFor } from '../media/media-object.ts';
import { ctaUrlParametersSchema } from './cta-url-interactive.ts';
import { interactiveBodySchema } from './interactive-body.ts';
import { maxLength } from './max-length.ts';
import { MAX_REPLY_BUTTON_ID_LENGTH, MAX_REPLY_BUTTON_TITLE_LENGTH } from './reply-button.ts';
import { withRule } from './with-rule.ts';

/** The fewest and most cards of an interactive carousel (Cloud API documentation). */
export const INTERACTIVE_CAROUSEL_CARDS = { min: 2, max: 10 } as const;
/** The longest card body text of a media carousel, in characters (Cloud API documentation). */
export const MAX_CAROUSEL_CARD_BODY_LENGTH = 160;

/** A quick-reply button of a media carousel card: `{ type: "quick_reply", quick_reply: { id, title } }`. */
export const carouselQuickReplyButtonSchema = strictObject({
  /** `"quick_reply"`. */
  type: z.literal('quick_reply'),
  /** The id returned when tapped (at most 256 characters) and the label (at most 20). */
  quick_reply: strictObject({
    /** Returned in the webhook when the button is tapped. */
    id: maxLength(MAX_REPLY_BUTTON_ID_LENGTH),
    /** The button label. */
    title: maxLength(MAX_REPLY_BUTTON_TITLE_LENGTH),
  }),
});

function buildCarouselCard(dialect: MessageDialect) {
  return strictObject({
    /** The card's position, 0–9, left to right. */
    card_index: z.int().check(z.nonnegative()),
    /**
     * `"cta_url"` for a media card (written by Meta's examples also when the card has quick-reply buttons,
     * and left out by some), `"product"` for a product card.
     */
    type: z.optional(z.literal(['cta_url', 'product'])),
    /** Media cards: an `image` or `video` header (the same type on every card). */
    header: z.optional(
      z.discriminatedUnion('type', [
        strictObject({
          /** `"image"`. */
          type: z.literal('image'),
          /** The image: `id` or `link`. */
          image: mediaObjectFor('image', dialect),
        }),
        strictObject({
          /** `"video"`. */
          type: z.literal('video'),
          /** The video: `id` or `link`. */
          video: mediaObjectFor('video', dialect),
        }),
      ]),
    ),
    /** Media cards: optional body text, at most 160 characters. */
    body: z.optional(strictObject({ text: maxLength(MAX_CAROUSEL_CARD_BODY_LENGTH) })),
    /**
     * The card's button: a URL button (`name: "cta_url"`, `parameters`), quick-reply `buttons`, or for a
     * product card the product (`product_retailer_id`, `catalog_id`).
     */
    action: strictObject({
      /** `"cta_url"` for a URL button. */
      name: z.optional(z.literal('cta_url')),
      /** The URL button's label and URL. */
      parameters: z.optional(ctaUrlParametersSchema),
      /** One or more quick-reply buttons. */
      buttons: z.optional(z.array(carouselQuickReplyButtonSchema)),
      /** Product cards: the product's ID in the catalog. */
      product_retailer_id: z.optional(nonEmptyString()),
      /** Product cards: the catalog (the same on every card). */
      catalog_id: z.optional(nonEmptyString()),
    }),
  });
}

function buildCarouselInteractive(dialect: MessageDialect) {
  const card = buildCarouselCard(dialect);
  return strictObject({
    /** `"carousel"`: horizontally scrollable media or product cards (Cloud API). */
    type: z.literal('carousel'),
    /** Required: the message text above the cards (R-INT-6). */
    body: withRule(interactiveBodySchema, 'R-INT-6'),
    /** The cards (R-INT-3). */
    action: withRule(
      strictObject({
        /** 2 to 10 cards, each with its own `card_index`. */
        cards: z.array(card).check((ctx) => {
          const count = ctx.value.length;
          if (count < INTERACTIVE_CAROUSEL_CARDS.min || count > INTERACTIVE_CAROUSEL_CARDS.max) {
            ctx.issues.push({
              code: 'custom',
              message: `has ${count} cards; a carousel has ${INTERACTIVE_CAROUSEL_CARDS.min} to ${INTERACTIVE_CAROUSEL_CARDS.max}`,
              input: ctx.value,
              path: [],
              params: { limit: INTERACTIVE_CAROUSEL_CARDS.max },
            });
          }
          for (let index = 0; index < count; index++) {
            const entry = ctx.value[index];
            if (!isPlainObject(entry)) continue;
            for (let before = 0; before < index; before++) {
              if (ctx.value[before]?.card_index === entry.card_index) {
                ctx.issues.push({
                  code: 'custom',
                  message: `repeats card_index ${entry.card_index}; each card needs its own position`,
                  input: entry.card_index,
                  path: [index, 'card_index'],
                });
                break;
              }
            }
          }
        }),
      }),
      'R-INT-3',
    ),
  });
}

/** An interactive media or product carousel message (Cloud API). */
export const carouselInteractiveSchema = buildCarouselInteractive('neutral');
/** An interactive carousel message on the Cloud API. */
export const cloudCarouselInteractiveSchema = buildCarouselInteractive('cloud');

/** The `interactive` object of a carousel message. */
export type CarouselInteractive = z.infer<typeof carouselInteractiveSchema>;
/** One card of an interactive carousel. */
export type CarouselCard = CarouselInteractive['action']['cards'][number];
