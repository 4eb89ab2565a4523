import { WebhookRequestError } from './webhook-request-error.ts';

/** Meta documents webhook payloads of up to 3 MB; the default limit leaves exactly that room. */
export const DEFAULT_MAX_BODY_BYTES: number = 3 * 1024 * 1024;

/** The message of a body over the limit, as the handler and the Node adapters answer it (413). */
export function tooLargeMessage(maxBodyBytes: number): string {
  return `The body is larger than maxBodyBytes (${maxBodyBytes} bytes).`;
}

/** The error for a body over the limit. */
function bodyTooLarge(maxBodyBytes: number): WebhookRequestError {
  return new WebhookRequestError({
    code: 'WA_WEBHOOK_BODY_TOO_LARGE',
    message: tooLargeMessage(maxBodyBytes),
  });
}

/**
 * Reads the raw bytes of a request body, refusing more than `maxBodyBytes`: at once when
 * `Content-Length` says so, otherwise as soon as the stream passes the limit (it is then cancelled).
 */
export async function readBody(request: Request, maxBodyBytes: number): Promise<Uint8Array> {
  const declared = request.headers.get('content-length');
  if (declared !== null && Number(declared) > maxBodyBytes) throw bodyTooLarge(maxBodyBytes);
  const body = request.body;
  if (body === null) return new Uint8Array(0);
  if (declared !== null && /^\d+$/.test(declared)) {
    // The length is known and within the limit: one read, and the count is still checked below.
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (bytes.byteLength > maxBodyBytes) throw bodyTooLarge(maxBodyBytes);
    return bytes;
  }
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBodyBytes) {
      await reader.cancel().catch(() => undefined);
      throw bodyTooLarge(maxBodyBytes);
    }
    chunks.push(value);
  }
  return concatBytes(chunks, total);
}

/** Joins the chunks of a body (`total` bytes in all) into one array; a single chunk is returned as is. */
export function concatBytes(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1 && chunks[0] !== undefined) return chunks[0];
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
