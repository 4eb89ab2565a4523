// Incoming webhook payload schemas: Cloud (./cloud) and On-Premises (./onprem) envelopes, kept apart,
// around the shared inbound message objects (./messages). All tolerant.
export * from './cloud/index.ts';
export * from './event-kinds.ts';
export * from './messages/index.ts';
export * from './onprem/index.ts';
export { rawObjectSchema, type TolerantUnion, unknownDiscriminator } from './unknown-variant.ts';
