/**
 * `@wa/schema`: the wire types and zod validators of the WhatsApp Business messages API.
 *
 * @module
 */
export * from './errors/index.ts';
export type { OutgoingMessage } from './messages/outgoing-message.ts';
export * from './responses/index.ts';
export type {
  DownloadedMedia,
  MediaReference,
  MediaUpload,
  RequestOptions,
  SendOptions,
  SendResult,
  SendResultContact,
  Transport,
} from './transport.ts';
export { VERSION } from './version.ts';
export * from './webhooks/index.ts';
