export * from './interactive/index.ts';
export * from './media/index.ts';
export type { OutgoingMessage } from './outgoing-message.ts';
export * from './template/index.ts';
