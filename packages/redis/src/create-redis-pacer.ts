import type { TransportPacer, TransportPacerTaskOptions } from '@wa/schema';
import type { Redis } from 'ioredis';
import { LocalReservations, pacerScript } from './pacer-script.ts';
import { PacingAbortedError } from './pacing-aborted-error.ts';
import { PACKAGE_NAME } from './package-name.ts';
import { RedisUnavailableError } from './redis-unavailable-error.ts';

/** Options of {@link createRedisPacer}. */
export interface RedisPacerOptions {
  /** The ioredis client to use. */
  redis: Redis;
  /**
   * The business phone number ID (or any name shared by every process that sends from that number): the
   * limits are counted per name.
   */
  phoneNumberId: string;
  /** Messages per second for the phone number, across every process. Default `80`; up to `1000`. */
  messagesPerSecond?: number | undefined;
  /** How many messages may start at once after an idle period. Default: `messagesPerSecond`. */
  burst?: number | undefined;
  /**
   * Spacing between messages to one recipient once its burst is used up, in ms. Default `6000` (the Cloud
   * API's pair rate: about one message every 6 seconds to the same user, error 131056). `0` turns it off.
   */
  recipientIntervalMs?: number | undefined;
  /** Messages to one recipient that may go out back to back before the spacing applies. Default `5`. */
  recipientBurst?: number | undefined;
  /** How long to wait for Redis's answer before treating it as unreachable, in ms. Default `2000`. */
  timeoutMs?: number | undefined;
  /**
   * What to do when Redis is unreachable: `'fail'` (the default) rejects the send with
   * `RedisUnavailableError` and never starts it unpaced; `'local'` paces the send in this process alone,
   * with the same limits (so N processes may together reach N times the limit until Redis is back).
   */
  onRedisUnavailable?: 'fail' | 'local' | undefined;
  /** Prefix of the keys the pacer writes. Default `wa:pace:`. */
  keyPrefix?: string | undefined;
}

/** A pacer shared through Redis; pass it as the `pacing` setting of either client. */
export interface RedisPacer extends TransportPacer {
  /** Tasks waiting for their slot in this process. */
  readonly pending: number;
}

function checkRange(name: string, value: number, min: number, max = Number.POSITIVE_INFINITY): number {
  if (!Number.isFinite(value) || value < min || value > max) {
    const range = max === Number.POSITIVE_INFINITY ? `>= ${min}` : `between ${min} and ${max}`;
    throw new RangeError(`[${PACKAGE_NAME}] ${name} must be a number ${range}, got ${value}.`);
  }
  return value;
}

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) return Promise.reject(new PacingAbortedError(signal.reason));
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(new PacingAbortedError(signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Creates a pacer that enforces, across every process sharing one Redis, the limits the in-memory pacer
 * of the clients enforces in one: messages per second for a business phone number and the per-recipient
 * pair rate. Each send costs one Lua script call (one round trip); a send to a recipient over its pair
 * rate costs two. Slots are reserved in arrival order, so processes are served fairly and the aggregate
 * rate is the configured one whatever the number of processes.
 *
 * @throws RangeError when a setting is out of range.
 * @example
 * ```ts
 * import { Redis } from 'ioredis';
 * import { createRedisPacer } from '@wa/redis';
 *
 * const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
 * const pacer = createRedisPacer({ redis, phoneNumberId: '1234567890', messagesPerSecond: 80 });
 * const result = await pacer.run(async () => 'sent', { recipient: '15551234567' });
 * ```
 */
export function createRedisPacer(options: RedisPacerOptions): RedisPacer {
  const { redis } = options;
  if (typeof options.phoneNumberId !== 'string' || options.phoneNumberId === '') {
    throw new RangeError(`[${PACKAGE_NAME}] phoneNumberId must be a non-empty string.`);
  }
  const rate = checkRange('messagesPerSecond', options.messagesPerSecond ?? 80, 0.001, 1000);
  const burst = checkRange('burst', options.burst ?? options.messagesPerSecond ?? 80, 1);
  const recipientIntervalMs = checkRange('recipientIntervalMs', options.recipientIntervalMs ?? 6000, 0);
  const recipientBurst = checkRange('recipientBurst', options.recipientBurst ?? 5, 1);
  const timeoutMs = checkRange('timeoutMs', options.timeoutMs ?? 2000, 1);
  const fallback = options.onRedisUnavailable ?? 'fail';
  const prefix = `${options.keyPrefix ?? 'wa:pace:'}${options.phoneNumberId}`;

  const intervalUs = Math.round(1_000_000 / rate);
  const toleranceUs = Math.round((burst - 1) * intervalUs);
  const recipientIntervalUs = Math.round(recipientIntervalMs * 1000);
  const recipientToleranceUs = Math.round((recipientBurst - 1) * recipientIntervalUs);
  const local = new LocalReservations();
  let pending = 0;

  /** One reservation: `[reserved, waitUs]`, from Redis or (when allowed) from this process. */
  async function reserve(recipientKey: string | undefined): Promise<[number, number]> {
    const keys = recipientKey === undefined ? [prefix] : [prefix, recipientKey];
    try {
      const reply = (await withTimeout(
        pacerScript.run(redis, keys, [intervalUs, toleranceUs, recipientIntervalUs, recipientToleranceUs]),
        timeoutMs,
      )) as [number, number];
      return [Number(reply[0]), Number(reply[1])];
    } catch (error) {
      if (fallback !== 'local') {
        throw new RedisUnavailableError({
          operation: 'pacing',
          message: error instanceof Error ? error.message : String(error),
          cause: error,
        });
      }
      if (recipientKey !== undefined) {
        const wait = local.reserve(recipientKey, recipientIntervalUs, recipientToleranceUs);
        if (wait > 0) return [0, wait];
      }
      return [1, local.reserve(prefix, intervalUs, toleranceUs)];
    }
  }

  return {
    async run<T>(task: () => Promise<T>, runOptions: TransportPacerTaskOptions = {}): Promise<T> {
      const { signal } = runOptions;
      if (signal?.aborted) throw new PacingAbortedError(signal.reason);
      const recipientKey =
        runOptions.recipient === undefined || recipientIntervalUs === 0
          ? undefined
          : `${prefix}:to:${runOptions.recipient}`;
      pending++;
      try {
        let [reserved, waitUs] = await reserve(recipientKey);
        if (reserved === 0) {
          // Over the pair rate: the recipient's slot is reserved; take the phone number's slot when it comes.
          await sleep(waitUs / 1000, signal);
          [, waitUs] = await reserve(undefined);
        }
        await sleep(waitUs / 1000, signal);
      } finally {
        pending--;
      }
      return await task();
    },
    get pending() {
      return pending;
    },
  };
}
