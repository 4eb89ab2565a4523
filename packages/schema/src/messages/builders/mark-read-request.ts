import type { CloudMarkReadRequest, OnPremMarkReadRequest } from '../mark-read-request.ts';

/** Options of {@link cloudMarkReadRequest}. */
export interface CloudMarkReadOptions {
  /** Also show a typing indicator until you reply (or for about 25 seconds). */
  typingIndicator?: boolean | undefined;
}

/**
 * Builds the Cloud API request that marks `messageId` as read.
 *
 * @example
 * ```ts
 * cloudMarkReadRequest('wamid.HBgL…', { typingIndicator: true });
 * // { messaging_product: 'whatsapp', status: 'read', message_id: 'wamid.HBgL…', typing_indicator: { type: 'text' } }
 * ```
 */
export function cloudMarkReadRequest(
  messageId: string,
  options: CloudMarkReadOptions = {},
): CloudMarkReadRequest {
  const request: CloudMarkReadRequest = {
    messaging_product: 'whatsapp',
    status: 'read',
    message_id: messageId,
  };
  if (options.typingIndicator === true) request.typing_indicator = { type: 'text' };
  return request;
}

/** Builds the On-Premises API request body that marks a message as read (`PUT /v1/messages/{message-id}`). */
export function onPremMarkReadRequest(): OnPremMarkReadRequest {
  return { status: 'read' };
}
