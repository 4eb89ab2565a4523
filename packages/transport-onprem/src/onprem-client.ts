import type {
  ContactCheck,
  HealthStatus,
  NodeStatus,
  OutgoingMessage,
  SendOptions,
  SendResult,
  CheckContactsOptions as SharedCheckContactsOptions,
  WhatsAppClient,
} from '@wa/schema';
import type { OnPremHealthResponse, OnPremResponseMeta, OnPremSendResponse } from '@wa/schema/responses';

/** What {@link OnPremClient.send} returns: the shared {@link SendResult} plus the On-Prem response. */
export interface OnPremSendResult extends SendResult {
  api: 'onprem';
  /** The client's `meta` block (API status and client version), when it sent one. */
  meta: OnPremResponseMeta | undefined;
  /** The parsed response body. */
  response: OnPremSendResponse;
}

/** One number checked by {@link OnPremClient.checkContacts}. */
export type OnPremContactCheck = ContactCheck;

/** Options of {@link OnPremClient.checkContacts}. */
export type CheckContactsOptions = SharedCheckContactsOptions;

/** The health of one On-Premises node. */
export type OnPremNodeStatus = NodeStatus;

/** What {@link OnPremClient.health} returns. */
export interface OnPremHealth extends HealthStatus {
  /** The parsed response body. */
  response: OnPremHealthResponse;
}

/**
 * A client of the On-Premises API. It has the methods of `WhatsAppClient`, the same as the Cloud
 * client's, so an app moves between the Cloud API and the On-Premises API by switching one import. The
 * Cloud-only features (`reply` and `replyTo` context, R-REQ-18; `sendReaction`; `sendTypingIndicator`;
 * `getMediaUrl`) reject with an `UnsupportedOperationError` before anything is sent.
 */
export interface OnPremClient extends WhatsAppClient<OnPremSendResult, OnPremHealth> {
  readonly api: 'onprem';
  /**
   * Validates `message`, converts it to the On-Prem dialect (no `messaging_product`, top-level
   * `preview_url`, media `provider`, template `namespace`, `hsm` when `legacyHsm` is set) and sends it
   * with `POST /v1/messages`. Cloud-only fields (`context`, `biz_opaque_callback_data`) are rejected with
   * a `ValidationError`. Never sent twice when the outcome is unknown (R-DLV-3).
   */
  send(message: OutgoingMessage, options?: SendOptions): Promise<OnPremSendResult>;
}
