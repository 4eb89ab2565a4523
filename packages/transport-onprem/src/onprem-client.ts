import type {
  DownloadedMedia,
  MediaReference,
  MediaUpload,
  OnPremContactStatus,
  OnPremHealthResponse,
  OnPremResponseMeta,
  OnPremSendResponse,
  OutgoingMessage,
  RequestOptions,
  SendOptions,
  SendResult,
  Transport,
} from '@wa/schema';

/** What {@link OnPremClient.send} returns: the shared {@link SendResult} plus the On-Prem response. */
export interface OnPremSendResult extends SendResult {
  api: 'onprem';
  /** The client's `meta` block (API status and client version), when it sent one. */
  meta: OnPremResponseMeta | undefined;
  /** The parsed response body. */
  response: OnPremSendResponse;
}

/** One number checked by {@link OnPremClient.checkContacts}. */
export interface OnPremContactCheck {
  /** The number as it was sent. */
  input: string;
  /** `valid`, `invalid` or `processing` (not checked yet; only with `blocking: 'no_wait'`). */
  status: OnPremContactStatus;
  /** The WhatsApp ID to send to, when `status` is `valid`. */
  waId: string | undefined;
}

/** Options of {@link OnPremClient.checkContacts}. */
export interface CheckContactsOptions extends RequestOptions {
  /** `wait` (default here) answers once every number is checked; `no_wait` answers at once. */
  blocking?: 'wait' | 'no_wait' | undefined;
  /** Bypass the client's cache of earlier checks. Default `false`. */
  forceCheck?: boolean | undefined;
}

/** The health of one On-Premises node. */
export interface OnPremNodeStatus {
  /** The node's key (`hostname:container-id`) in a multi-node setup; `undefined` for a single instance. */
  node: string | undefined;
  /** `connected`, `connecting`, `disconnected`, `uninitialized` or `unregistered`. */
  gatewayStatus: string;
  /** `primary_master`, `secondary_master` or `coreapp` in a multi-node setup. */
  role: string | undefined;
}

/** What {@link OnPremClient.health} returns. */
export interface OnPremHealth {
  /** True when every node's gateway is `connected`. */
  healthy: boolean;
  /** Each node's status (one entry for a single instance). */
  nodes: OnPremNodeStatus[];
  /** The parsed response body. */
  response: OnPremHealthResponse;
}

/**
 * A client of the On-Premises API. It implements the shared {@link Transport} contract (so an app moves
 * between the Cloud API and the On-Premises API by switching one import) and adds the On-Prem-only
 * endpoints: contacts check and health.
 */
export interface OnPremClient extends Transport {
  readonly api: 'onprem';
  /**
   * Validates `message`, converts it to the On-Prem dialect (no `messaging_product`, top-level
   * `preview_url`, media `provider`, template `namespace`, `hsm` when `legacyHsm` is set) and sends it
   * with `POST /v1/messages`. Cloud-only fields (`context`, `biz_opaque_callback_data`) are rejected with
   * a `ValidationError`. Never sent twice when the outcome is unknown (R-DLV-3).
   */
  send(message: OutgoingMessage, options?: SendOptions): Promise<OnPremSendResult>;
  /** Marks a received message as read: `PUT /v1/messages/{id}` with `{ "status": "read" }`. */
  markRead(messageId: string, options?: RequestOptions): Promise<void>;
  /** Uploads a file with `POST /v1/media` (raw bytes, `Content-Type` = its MIME type). */
  uploadMedia(media: MediaUpload, options?: RequestOptions): Promise<MediaReference>;
  /** Downloads a file with `GET /v1/media/{id}`. */
  downloadMedia(mediaId: string, options?: RequestOptions): Promise<DownloadedMedia>;
  /** Deletes a file with `DELETE /v1/media/{id}`. */
  deleteMedia(mediaId: string, options?: RequestOptions): Promise<void>;
  /**
   * Checks phone numbers with `POST /v1/contacts` and returns their WhatsApp IDs. Needed before sending
   * only by clients older than v2.39 (R-REQ-2, R-REQ-3); from v2.43 the client reports every number as
   * `valid`.
   */
  checkContacts(
    phoneNumbers: readonly string[],
    options?: CheckContactsOptions,
  ): Promise<OnPremContactCheck[]>;
  /** Reads `GET /v1/health`: whether the client is connected to the WhatsApp servers (R-DLV-8). */
  health(options?: RequestOptions): Promise<OnPremHealth>;
  /** Closes the connections of the TLS agent created for `tls` (nothing to do otherwise). */
  close(): Promise<void>;
}
