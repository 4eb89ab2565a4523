import { type MediaUpload, ValidationError } from '@wa/schema';
import { CLOUD_MEDIA_TYPES, type CloudMediaCategory } from './cloud-media-types.ts';
import { PACKAGE_NAME } from './package-name.ts';

/** What {@link checkMediaUpload} learned about an acceptable file. */
export interface CheckedMediaUpload {
  /** The row of `CLOUD_MEDIA_TYPES` the file falls under. */
  category: CloudMediaCategory;
  /** The MIME type without parameters, lower-cased (`audio/ogg; codecs=opus` → `audio/ogg`). */
  mimeType: string;
  /** The file size in bytes. */
  size: number;
}

function fail(path: string, message: string, rule?: string, limit?: number): never {
  throw new ValidationError({
    subject: 'media upload',
    packageName: PACKAGE_NAME,
    issues: [{ path, message, rule, limit }],
  });
}

/**
 * True when WebP bytes hold an animation: an extended (`VP8X`) header with the animation flag set.
 * A WebP file starts with `RIFF`, its size, `WEBP`, then the first chunk's four-character code.
 */
export function isAnimatedWebp(head: Uint8Array): boolean {
  const chunk = String.fromCharCode(...head.subarray(12, 16));
  const flags = head[20] ?? 0;
  return chunk === 'VP8X' && (flags & 0x02) !== 0;
}

async function readHead(data: Blob | Uint8Array): Promise<Uint8Array> {
  return data instanceof Uint8Array
    ? data.subarray(0, 32)
    : new Uint8Array(await data.slice(0, 32).arrayBuffer());
}

/**
 * Checks a file against the exact MIME types and size limits of the Cloud API (`CLOUD_MEDIA_TYPES`)
 * before anything is uploaded. A WebP file is a sticker; animated stickers get the 500 KB limit (R-STK-4),
 * static ones 100 KB (R-STK-3).
 *
 * @throws ValidationError naming the MIME type or the size and the limit (rule R-MEDIA-7 or R-STK-3/4).
 */
export async function checkMediaUpload(upload: MediaUpload): Promise<CheckedMediaUpload> {
  const mimeType = upload.mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
  const size = upload.data instanceof Uint8Array ? upload.data.byteLength : upload.data.size;
  let category: CloudMediaCategory | undefined;
  for (const [name, row] of Object.entries(CLOUD_MEDIA_TYPES)) {
    if ((row.mimeTypes as readonly string[]).includes(mimeType)) {
      category = name as CloudMediaCategory;
      break;
    }
  }
  if (category === undefined) {
    const accepted = Object.values(CLOUD_MEDIA_TYPES).flatMap((row) => row.mimeTypes);
    fail(
      '$.mimeType',
      `"${upload.mimeType}" is not a media type the Cloud API accepts; use one of ${[...new Set(accepted)].join(', ')}`,
      'R-MEDIA-7',
    );
  }
  if (category === 'sticker' && isAnimatedWebp(await readHead(upload.data))) category = 'animatedSticker';
  if (size === 0) fail('$.data', 'is empty');
  const { maxBytes } = CLOUD_MEDIA_TYPES[category];
  if (size > maxBytes) {
    const rule =
      category === 'sticker' ? 'R-STK-3' : category === 'animatedSticker' ? 'R-STK-4' : 'R-MEDIA-7';
    const label =
      category === 'animatedSticker'
        ? 'an animated sticker'
        : category === 'sticker'
          ? 'a static sticker'
          : `${category} (${mimeType})`;
    fail('$.data', `is ${size} bytes; ${label} may be at most ${maxBytes} bytes`, rule, maxBytes);
  }
  return { category, mimeType, size };
}
