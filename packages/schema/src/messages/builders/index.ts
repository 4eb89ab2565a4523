export { contactsMessage } from './contacts-message.ts';
export { locationMessage } from './location-message.ts';
export {
  type CloudMarkReadOptions,
  cloudMarkReadRequest,
  onPremMarkReadRequest,
} from './mark-read-request.ts';
export {
  type AudioMedia,
  audioMessage,
  type CaptionedMedia,
  type DocumentMedia,
  documentMessage,
  imageMessage,
  type MediaSource,
  stickerMessage,
  videoMessage,
} from './media-message.ts';
export type { MessageEnvelope, MessageOptions, MessageRecipient } from './message-options.ts';
export { reactionMessage } from './reaction-message.ts';
export { type TextMessageOptions, textMessage } from './text-message.ts';
