import * as z from 'zod/mini';
import type { MessageDialect } from '../../common/message-dialect.ts';
import { strictObject } from '../../common/object-schema.ts';
import { boundedText } from '../../validation/rule-check.ts';
import { mediaObjectFor } from '../media/media-object.ts';
import { withRule } from './with-rule.ts';

/** The longest text header, in characters (R-INT-HDR-4). */
export const MAX_INTERACTIVE_HEADER_TEXT_LENGTH = 60;

/** The header types of interactive messages (R-INT-HDR-1). */
export const interactiveHeaderTypes = ['text', 'image', 'video', 'document'] as const;

/** A text header: shown in bold above the body. */
export const interactiveTextHeaderSchema = strictObject({
  /** `"text"`. */
  type: z.literal('text'),
  /** The header text, at most 60 characters; emojis allowed, markdown not (R-INT-HDR-4). */
  text: withRule(
    boundedText({ rule: 'R-INT-HDR-4', max: MAX_INTERACTIVE_HEADER_TEXT_LENGTH }),
    'R-INT-HDR-4',
  ),
});

/** A text header of an interactive message. */
export type InteractiveTextHeader = z.infer<typeof interactiveTextHeaderSchema>;

function buildInteractiveHeader(dialect: MessageDialect) {
  return withRule(
    z.discriminatedUnion('type', [
      interactiveTextHeaderSchema,
      strictObject({
        /** `"image"`: reply-button messages only (R-INT-HDR-3). */
        type: z.literal('image'),
        /** The image: `id` or `link` (R-INT-HDR-5). */
        image: withRule(mediaObjectFor('image', dialect), 'R-INT-HDR-5'),
      }),
      strictObject({
        /** `"video"`: reply-button messages only (R-INT-HDR-3). */
        type: z.literal('video'),
        /** The video: `id` or `link` (R-INT-HDR-5). */
        video: withRule(mediaObjectFor('video', dialect), 'R-INT-HDR-5'),
      }),
      strictObject({
        /** `"document"`: reply-button messages only (R-INT-HDR-3). */
        type: z.literal('document'),
        /** The document: `id` or `link`, optional `filename` (R-INT-HDR-5). */
        document: withRule(mediaObjectFor('document', dialect), 'R-INT-HDR-5'),
      }),
    ]),
    'R-INT-HDR-1',
  );
}

/**
 * The `header` of an interactive message in an `OutgoingMessage`: `text`, `image`, `video` or `document`
 * (R-INT-HDR-1). Which types a message allows depends on its `interactive.type` (R-INT-HDR-2/3).
 */
export const interactiveHeaderSchema = buildInteractiveHeader('neutral');
/** The `header` of an interactive message on the Cloud API (media without `provider`). */
export const cloudInteractiveHeaderSchema = buildInteractiveHeader('cloud');
/** The `header` of an interactive message on the On-Premises API (media may name a `provider`). */
export const onPremInteractiveHeaderSchema = buildInteractiveHeader('onprem');

/** The `header` of an interactive message. */
export type InteractiveHeader = z.infer<typeof interactiveHeaderSchema>;
/** A media (`image`, `video` or `document`) header of an interactive message. */
export type InteractiveMediaHeader = Exclude<InteractiveHeader, InteractiveTextHeader>;

/** The header schemas by dialect, built once. */
export const interactiveHeaderSchemas = {
  neutral: interactiveHeaderSchema,
  cloud: cloudInteractiveHeaderSchema,
  onprem: onPremInteractiveHeaderSchema,
} as const;
