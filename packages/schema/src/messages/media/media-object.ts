import * as z from 'zod/mini';
import { forbiddenField } from '../../common/forbidden-field.ts';
import { httpUrlSchema } from '../../common/http-url.ts';
import type { MessageDialect } from '../../common/message-dialect.ts';
import { nonEmptyString } from '../../common/non-empty-string.ts';
import { strictObject } from '../../common/object-schema.ts';
import { isPlainObjectPayload } from '../../common/plain-object.ts';
import { valueCheck } from '../../common/value-check.ts';
import { boundedText, reportRule } from '../../validation/rule-check.ts';

/** The media kinds a media message can carry; each is also the `type` of its message. */
export const mediaKinds = ['audio', 'document', 'image', 'sticker', 'video'] as const;

/** One of {@link mediaKinds}. */
export type MediaKind = (typeof mediaKinds)[number];

/** The longest caption, in characters (code points): R-MEDIA-10 (On-Premises), D-16 (Cloud). */
export const MAX_CAPTION_LENGTH = 1024;

// Field schemas, built once and shared by every variant below.
const idField = nonEmptyString('R-MEDIA-1');
const captionField = boundedText({ rule: 'R-MEDIA-10', max: MAX_CAPTION_LENGTH });
const filenameField = z.string();

/** The On-Premises media `provider`: a named provider configuration for links that need one (R-MEDIA-13). */
export const mediaProviderSchema = strictObject({
  /** The name of the media provider configured on the On-Premises client. */
  name: nonEmptyString('R-MEDIA-13'),
});

/** The On-Premises media `provider` object. */
export type MediaProvider = z.infer<typeof mediaProviderSchema>;

const providerOnCloud = forbiddenField(
  'R-MEDIA-13',
  'only the On-Premises API supports media providers; host the file at a public URL or upload it',
);
const voiceOnOnPrem = forbiddenField(undefined, 'only the Cloud API supports voice messages');
const documentCaptionOnOnPrem = forbiddenField(
  'R-MEDIA-11',
  'the On-Premises API does not support captions on documents',
);
const captionOnAudio = forbiddenField('R-MEDIA-9', 'audio media take no caption');
const captionOnSticker = forbiddenField('R-STK-1', 'stickers take no caption');

function filenameOn(kind: MediaKind) {
  return forbiddenField('R-MEDIA-12', `only documents take a filename, not ${kind} media`);
}

/** The fields every media object check reads. */
interface MediaSourceFields {
  id?: string | undefined;
  link?: string | undefined;
  provider?: unknown;
}

function buildSourceCheck(checkProvider: boolean) {
  return valueCheck<MediaSourceFields>((value, ctx) => {
    const hasId = value.id !== undefined;
    const hasLink = value.link !== undefined;
    if (hasId && hasLink) {
      reportRule(ctx, {
        rule: 'R-MEDIA-3',
        message: 'has both "id" and "link"; give exactly one of them',
      });
    } else if (!hasId && !hasLink) {
      reportRule(ctx, {
        rule: 'R-MEDIA-1',
        message: 'needs a media source: an uploaded media "id" or a "link" (R-MEDIA-2), exactly one',
      });
    }
    if (checkProvider && value.provider !== undefined && !hasLink) {
      reportRule(ctx, {
        rule: 'R-MEDIA-13',
        path: ['provider'],
        message: 'is used only together with "link"',
      });
    }
  }, isPlainObjectPayload);
}

/**
 * Exactly one of `id` and `link` (R-MEDIA-1/2/3, D-3), and `provider` only together with `link`
 * (R-MEDIA-13). Runs even when a field failed its own check, so every problem is listed at once.
 */
const mediaSourceCheck = buildSourceCheck(true);
/** The same for the Cloud API, where `provider` is rejected outright. */
const cloudMediaSourceCheck = buildSourceCheck(false);

function sourceCheckFor(dialect: MessageDialect) {
  return dialect === 'cloud' ? cloudMediaSourceCheck : mediaSourceCheck;
}

/** The media source fields, shared by every kind. */
const sourceShape = {
  /** The ID of an uploaded media file (On-Premises: returned by the media endpoint). Give `id` or `link`. */
  id: z.optional(idField),
  /** An absolute http(s) URL where the API fetches the file. Give `id` or `link`. */
  link: z.optional(httpUrlSchema),
};

function providerFor(dialect: MessageDialect) {
  return dialect === 'cloud' ? providerOnCloud : z.optional(mediaProviderSchema);
}

function buildVisual(kind: 'image' | 'video', dialect: MessageDialect) {
  return strictObject({
    ...sourceShape,
    /** Text shown under the image or video, at most 1024 characters (R-MEDIA-10, D-16). */
    caption: z.optional(captionField),
    /** On-Premises only: the media provider for a `link` that needs one (R-MEDIA-13). */
    provider: providerFor(dialect),
    /** Documents only (R-MEDIA-12). */
    filename: filenameOn(kind),
  }).check(sourceCheckFor(dialect));
}

function buildDocument(dialect: MessageDialect) {
  return strictObject({
    ...sourceShape,
    /**
     * Text shown with the document, at most 1024 characters (D-16). Not supported by the
     * On-Premises API (R-MEDIA-11).
     */
    caption: dialect === 'onprem' ? documentCaptionOnOnPrem : z.optional(captionField),
    /** The file name shown to the user; its extension decides how the document is displayed (R-MEDIA-12). */
    filename: z.optional(filenameField),
    /** On-Premises only: the media provider for a `link` that needs one (R-MEDIA-13). */
    provider: providerFor(dialect),
  }).check(sourceCheckFor(dialect));
}

function buildAudio(dialect: MessageDialect) {
  return strictObject({
    ...sourceShape,
    /**
     * Cloud API only: `true` sends the audio as a voice message (an OGG file with the OPUS codec),
     * shown with a play button and the business's profile picture.
     */
    voice: dialect === 'onprem' ? voiceOnOnPrem : z.optional(z.boolean()),
    /** Audio takes no caption (R-MEDIA-9). */
    caption: captionOnAudio,
    /** Documents only (R-MEDIA-12). */
    filename: filenameOn('audio'),
    /** On-Premises only: the media provider for a `link` that needs one (R-MEDIA-13). */
    provider: providerFor(dialect),
  }).check(sourceCheckFor(dialect));
}

function buildSticker(dialect: MessageDialect) {
  return strictObject({
    ...sourceShape,
    /** Stickers take no caption (R-STK-1, R-MEDIA-9). */
    caption: captionOnSticker,
    /** Documents only (R-MEDIA-12). */
    filename: filenameOn('sticker'),
    /** On-Premises only: the media provider for a `link` that needs one (R-MEDIA-13). */
    provider: providerFor(dialect),
  }).check(sourceCheckFor(dialect));
}

/** Image media on the Cloud API: `id` or `link`, optional `caption`. */
export const cloudImageObjectSchema = buildVisual('image', 'cloud');
/** Image media on the On-Premises API: `id` or `link` (+ `provider`), optional `caption`. */
export const onPremImageObjectSchema = buildVisual('image', 'onprem');
/** Image media in an `OutgoingMessage`: `id` or `link` (+ `provider` for On-Premises), optional `caption`. */
export const imageObjectSchema = buildVisual('image', 'neutral');

/** Video media on the Cloud API: `id` or `link`, optional `caption`. */
export const cloudVideoObjectSchema = buildVisual('video', 'cloud');
/** Video media on the On-Premises API: `id` or `link` (+ `provider`), optional `caption`. */
export const onPremVideoObjectSchema = buildVisual('video', 'onprem');
/** Video media in an `OutgoingMessage`. */
export const videoObjectSchema = buildVisual('video', 'neutral');

/** Document media on the Cloud API: `id` or `link`, optional `caption` and `filename`. */
export const cloudDocumentObjectSchema = buildDocument('cloud');
/** Document media on the On-Premises API: `id` or `link` (+ `provider`), optional `filename`; no caption. */
export const onPremDocumentObjectSchema = buildDocument('onprem');
/** Document media in an `OutgoingMessage`. */
export const documentObjectSchema = buildDocument('neutral');

/** Audio media on the Cloud API: `id` or `link`, optional `voice`; no caption. */
export const cloudAudioObjectSchema = buildAudio('cloud');
/** Audio media on the On-Premises API: `id` or `link` (+ `provider`); no caption. */
export const onPremAudioObjectSchema = buildAudio('onprem');
/** Audio media in an `OutgoingMessage`. */
export const audioObjectSchema = buildAudio('neutral');

/** Sticker media on the Cloud API: `id` or `link`; no caption. */
export const cloudStickerObjectSchema = buildSticker('cloud');
/** Sticker media on the On-Premises API: `id` or `link` (+ `provider`); no caption. */
export const onPremStickerObjectSchema = buildSticker('onprem');
/** Sticker media in an `OutgoingMessage`. */
export const stickerObjectSchema = buildSticker('neutral');

/** Image media (`image` of an image message). */
export type ImageObject = z.infer<typeof imageObjectSchema>;
/** Video media (`video` of a video message). */
export type VideoObject = z.infer<typeof videoObjectSchema>;
/** Document media (`document` of a document message). */
export type DocumentObject = z.infer<typeof documentObjectSchema>;
/** Audio media (`audio` of an audio message). */
export type AudioObject = z.infer<typeof audioObjectSchema>;
/** Sticker media (`sticker` of a sticker message). */
export type StickerObject = z.infer<typeof stickerObjectSchema>;

const mediaObjectSchemas = {
  cloud: {
    audio: cloudAudioObjectSchema,
    document: cloudDocumentObjectSchema,
    image: cloudImageObjectSchema,
    sticker: cloudStickerObjectSchema,
    video: cloudVideoObjectSchema,
  },
  onprem: {
    audio: onPremAudioObjectSchema,
    document: onPremDocumentObjectSchema,
    image: onPremImageObjectSchema,
    sticker: onPremStickerObjectSchema,
    video: onPremVideoObjectSchema,
  },
  neutral: {
    audio: audioObjectSchema,
    document: documentObjectSchema,
    image: imageObjectSchema,
    sticker: stickerObjectSchema,
    video: videoObjectSchema,
  },
} as const;

/** The schema {@link mediaObjectFor} returns for a kind and dialect. */
export type MediaObjectSchemaFor<
  K extends MediaKind,
  D extends MessageDialect,
> = (typeof mediaObjectSchemas)[D][K];

/**
 * The media object schema for one media kind in one dialect, e.g. `mediaObjectFor('document', 'onprem')`
 * (no caption, R-MEDIA-11; `provider` allowed, R-MEDIA-13). The schemas are built once at import; this is
 * a lookup, not a construction.
 *
 * @example
 * ```ts
 * mediaObjectFor('image', 'cloud').parse({ link: 'https://example.com/cat.jpg', caption: 'A cat' });
 * ```
 */
export function mediaObjectFor<K extends MediaKind, D extends MessageDialect>(
  kind: K,
  dialect: D,
): MediaObjectSchemaFor<K, D> {
  return mediaObjectSchemas[dialect][kind];
}

/**
 * Any media object, for places that take media of a kind decided elsewhere (interactive headers, template
 * parameters): exactly one of `id` / `link` (R-MEDIA-1/2/3), an http(s) `link` (R-MEDIA-5), `caption` up to
 * 1024 characters (R-MEDIA-10, D-16), `filename` and `provider` (On-Premises, only with `link`,
 * R-MEDIA-13). Use {@link mediaObjectFor} for the per-kind and per-API rules.
 */
export const mediaObjectSchema = strictObject({
  ...sourceShape,
  /** Text shown with the media, at most 1024 characters (R-MEDIA-10, D-16); not for audio or stickers. */
  caption: z.optional(captionField),
  /** The file name of a document; its extension decides how it is displayed (R-MEDIA-12). */
  filename: z.optional(filenameField),
  /** On-Premises only: the media provider for a `link` that needs one (R-MEDIA-13). */
  provider: z.optional(mediaProviderSchema),
}).check(mediaSourceCheck);

/** Any media object; see {@link mediaObjectSchema}. */
export type MediaObject = z.infer<typeof mediaObjectSchema>;
