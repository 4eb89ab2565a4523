import { createHash, randomInt, randomUUID } from 'node:crypto';
import { ValidationError } from '@wa/schema';
import { checkMediaUpload } from '@wa/transport-cloud';
import type { MediaRecord, SandboxApi } from '../store/sandbox-store.ts';

/**
 * Why an upload is refused, or undefined when it is fine. The types and size limits are the Cloud API's
 * table exported by `@wa/transport-cloud` (`CLOUD_MEDIA_TYPES`, R-MEDIA-7, stickers R-STK-3/4), so the
 * sandbox refuses exactly what the client refuses before uploading.
 */
export async function checkUpload(
  mimeType: string,
  data: Uint8Array,
): Promise<{ reason: 'type' | 'size'; detail: string } | undefined> {
  try {
    await checkMediaUpload({ data, mimeType });
    return undefined;
  } catch (error) {
    if (!ValidationError.isInstance(error)) throw error;
    const issue = error.issues[0];
    const detail = `${issue?.message ?? 'is not accepted'}${issue?.rule ? ` [${issue.rule}]` : ''}`;
    if (issue?.path === '$.mimeType') {
      return {
        reason: 'type',
        detail: `Param file must be a file with one of the accepted media types: ${detail}.`,
      };
    }
    return { reason: 'size', detail: `The file ${detail}.` };
  }
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
