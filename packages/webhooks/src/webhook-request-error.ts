import { WaError } from '@wa/schema';

const marker = 'wa.error.webhook-request';

/** The stable codes of {@link WebhookRequestError}, each with the HTTP status the handler answers. */
export const webhookRequestErrorStatus = {
  /** The `X-Hub-Signature-256` header is missing. */
  WA_WEBHOOK_SIGNATURE_MISSING: 401,
  /** The signature does not match the body for any configured app secret. */
  WA_WEBHOOK_SIGNATURE_INVALID: 401,
  /** The body is not valid UTF-8 JSON. */
  WA_WEBHOOK_MALFORMED_JSON: 400,
  /** The JSON is not a WhatsApp webhook notification (Cloud or On-Premises). */
  WA_WEBHOOK_INVALID_PAYLOAD: 400,
  /** On-Premises intake: the `Authorization` header is missing or its Basic credentials are wrong. */
  WA_WEBHOOK_UNAUTHORIZED: 401,
  /** The subscription handshake failed (wrong mode, token or missing challenge). */
  WA_WEBHOOK_FORBIDDEN: 403,
  /** On-Premises intake: the secret path segment is missing or wrong (answered as an unknown path). */
  WA_WEBHOOK_NOT_FOUND: 404,
  /** The handler only answers GET (handshake) and POST (notifications); the On-Premises intake only POST. */
  WA_WEBHOOK_METHOD_NOT_ALLOWED: 405,
  /** The body is larger than `maxBodyBytes`. */
  WA_WEBHOOK_BODY_TOO_LARGE: 413,
  /** The `Content-Type` is not JSON. */
  WA_WEBHOOK_UNSUPPORTED_MEDIA_TYPE: 415,
  /** The raw body cannot be recovered (a framework parsed it and kept no copy). */
  WA_WEBHOOK_RAW_BODY_UNAVAILABLE: 500,
} as const;

/** A stable code of {@link WebhookRequestError}. */
export type WebhookRequestErrorCode = keyof typeof webhookRequestErrorStatus;

/** Options of {@link WebhookRequestError}. */
export interface WebhookRequestErrorOptions {
  /** Why the request was refused. */
  code: WebhookRequestErrorCode;
  /** What was wrong, without any secret. */
  message: string;
  cause?: unknown;
}

/**
 * A webhook request was refused before anything was dispatched: bad signature, malformed JSON, a payload
 * that is not a WhatsApp notification, a body too large, a wrong method or content type. `status` is the
 * HTTP status the handler answers with.
 */
export class WebhookRequestError extends WaError {
  declare readonly code: WebhookRequestErrorCode;
  /** The HTTP status of the answer (400, 401, 403, 404, 405, 413, 415 or 500). */
  readonly status: number;

  constructor({ code, message, cause }: WebhookRequestErrorOptions) {
    super({ code, message: `[@wa/webhooks] ${message}`, cause });
    this.name = 'WebhookRequestError';
    this.status = webhookRequestErrorStatus[code];
    Object.defineProperty(this, Symbol.for(marker), { value: true });
  }

  /** True when `error` is a `WebhookRequestError` from any copy of `@wa/webhooks`. */
  static override isInstance(error: unknown): error is WebhookRequestError {
    return WaError.hasMarker(error, marker);
  }
}
