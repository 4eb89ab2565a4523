/**
 * `@wa/redis`: makes the wa SDK correct across many processes that share one Redis: a shared pacer for
 * both clients, a shared webhook dedupe store, a shared customer service window store, and a durable
 * outbox on BullMQ that never sends a message twice.
 *
 * @module
 */

export { classifySendFailure, type SendFailureAction } from './classify-send-failure.ts';
export {
  createOutbox,
  type EnqueueOptions,
  type EnqueueResult,
  type Outbox,
  type OutboxOptions,
  type OutboxStatusUpdate,
  type OutboxWorker,
  type OutboxWorkerOptions,
  type ReviewResolution,
} from './create-outbox.ts';
export {
  createRedisDedupeStore,
  DEFAULT_DEDUPE_RETENTION_MS,
  type RedisDedupeStore,
  type RedisDedupeStoreOptions,
} from './create-redis-dedupe-store.ts';
export { createRedisPacer, type RedisPacer, type RedisPacerOptions } from './create-redis-pacer.ts';
export {
  createRedisServiceWindowStore,
  type RedisServiceWindowStore,
  type RedisServiceWindowStoreOptions,
} from './create-redis-service-window-store.ts';
export type { OutboxFailure, OutboxRecord, OutboxState } from './outbox-record.ts';
export { PacingAbortedError } from './pacing-aborted-error.ts';
export { RedisUnavailableError } from './redis-unavailable-error.ts';
