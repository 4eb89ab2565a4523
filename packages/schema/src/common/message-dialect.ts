/**
 * Which shape of the messages API a schema describes:
 * - `cloud`: a Cloud API request body (`POST /{phone-number-id}/messages`);
 * - `onprem`: an On-Premises API request body (`POST /v1/messages`);
 * - `neutral`: the dialect-neutral `OutgoingMessage` that converts to either.
 */
export type MessageDialect = 'cloud' | 'onprem' | 'neutral';
