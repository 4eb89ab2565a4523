import type { OutgoingMessage } from '@wa/schema';

/**
 * Where a message of the outbox is:
 *
 * - `queued`: stored, waiting for a worker;
 * - `sending`: a worker marked it before making the request (if that worker dies, the outcome is unknown);
 * - `retrying`: the API refused it for now (rate limit, 131026 / 1026, or no connection): it waits for
 *   `nextAttemptAt`;
 * - `accepted`: the API returned a message ID (`messageId`); never sent again;
 * - `sent`, `delivered`, `read`: what status webhooks reported since;
 * - `failed`: the send failed for good (`error` says why), or a `failed` status webhook arrived;
 * - `needs-review`: the outcome is unknown (no answer to a request that may have reached the API, or a
 *   worker died mid-send). It is never retried automatically: check the recipient's chat or the status
 *   webhooks, then call {@link Outbox.resolveReview}.
 */
export type OutboxState =
  | 'queued'
  | 'sending'
  | 'retrying'
  | 'accepted'
  | 'sent'
  | 'delivered'
  | 'read'
  | 'failed'
  | 'needs-review';

/** Why a message failed or needs review, kept with the record (errors cannot cross processes as objects). */
export interface OutboxFailure {
  /** `send` for an error of the send call, `status` for a `failed` status webhook, `worker` for a stalled worker. */
  source: 'send' | 'status' | 'worker';
  /** The stable code of the error (`WA_VALIDATION_ERROR`, `WA_API_ERROR`, `WA_TIMEOUT`, …), or `WA_STALLED`. */
  code: string;
  /** The error's message (it never contains a credential). */
  message: string;
  /** The API's numeric error code, e.g. `131026`. */
  errorCode?: number | undefined;
  /** The HTTP status of the API's answer. */
  statusCode?: number | undefined;
}

/** What the outbox knows about one message: the answer to "what happened to this message?". */
export interface OutboxRecord {
  /** The outbox id (the `id` given to `enqueue`, or a generated one). */
  id: string;
  /** Where the message is. */
  state: OutboxState;
  /** The message as enqueued. */
  message: OutgoingMessage;
  /** Send attempts started (an attempt that was refused with a retryable error counts). */
  attempts: number;
  /** The API's message ID (`wamid.…`) once accepted. */
  messageId?: string | undefined;
  /** The last failure, for `failed`, `retrying` and `needs-review`. */
  failure?: OutboxFailure | undefined;
  /** When a `retrying` message is due again (ms since the epoch). */
  nextAttemptAt?: number | undefined;
  /** When the record was created, and last changed (ms since the epoch). */
  createdAt: number;
  updatedAt: number;
}
