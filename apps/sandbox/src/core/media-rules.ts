import { createHash, randomInt, randomUUID } from 'node:crypto';
import type { MediaRecord, SandboxApi } from '../store/sandbox-store.ts';

/** The media types WhatsApp accepts, with the size limit of each kind (Meta's supported-media table). */
const mediaKinds: readonly { kind: string; types: readonly string[]; maxBytes: number }[] = [
  {
    kind: 'audio',
    types: ['audio/aac', 'audio/amr', 'audio/mpeg', 'audio/mp4', 'audio/ogg'],
    maxBytes: 16 * 1024 * 1024,
  },
  {
    kind: 'document',
    types: [
      'text/plain',
      'application/pdf',
      'application/msword',
      'application/vnd.ms-excel',
      'application/vnd.ms-powerpoint',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    ],
    maxBytes: 100 * 1024 * 1024,
  },
  { kind: 'image', types: ['image/jpeg', 'image/png'], maxBytes: 5 * 1024 * 1024 },
  { kind: 'sticker', types: ['image/webp'], maxBytes: 500 * 1024 },
  { kind: 'video', types: ['video/mp4', 'video/3gpp'], maxBytes: 16 * 1024 * 1024 },
];

/** Every accepted media MIME type. */
export const acceptedMediaTypes: readonly string[] = mediaKinds.flatMap((entry) => entry.types);

/** Why an upload is refused, or undefined when it is fine. */
export function checkUpload(
  mimeType: string,
  size: number,
): { reason: 'type' | 'size'; detail: string } | undefined {
  const base = mimeType.split(';')[0]?.trim().toLowerCase() ?? '';
  const entry = mediaKinds.find((candidate) => candidate.types.includes(base));
  if (!entry) {
    return {
      reason: 'type',
      detail: `Param file must be a file with one of the following types: ${acceptedMediaTypes.join(', ')}. Received file of type '${mimeType}'.`,
    };
  }
  if (size === 0) return { reason: 'size', detail: 'The uploaded file is empty.' };
  if (size > entry.maxBytes) {
    return {
      reason: 'size',
      detail: `File is too large for ${entry.kind}: ${size} bytes; at most ${entry.maxBytes} bytes are accepted.`,
    };
  }
  return undefined;
}

/** Creates a media record with a fresh ID (numeric on Cloud, a UUID on On-Premises, as the real APIs do). */
export function newMedia(
  api: SandboxApi,
  mimeType: string,
  data: Uint8Array,
  filename: string | null,
): MediaRecord {
  const id =
    api === 'cloud'
      ? `${randomInt(100_000_000, 999_999_999)}${randomInt(1_000_000, 9_999_999)}`
      : randomUUID();
  return {
    id,
    mimeType: mimeType.split(';')[0]?.trim() ?? mimeType,
    sha256: createHash('sha256').update(data).digest('hex'),
    fileSize: data.byteLength,
    filename,
    data,
    createdAt: Date.now(),
  };
}
