import { RequestAbortedError } from './request-aborted-error.ts';
import { callHook, type TransportHooks } from './transport-hooks.ts';

/** Settings of {@link createPacer}. Every field is optional. */
export interface PacerOptions {
  /**
   * Requests started per second, for one phone number. Default `80`, the Cloud API's default throughput per
   * business phone number; numbers upgraded by Meta allow up to `1000`.
   */
  messagesPerSecond?: number | undefined;
  /** How many requests may start at once after an idle period. Default: `messagesPerSecond`. */
  burst?: number | undefined;
  /** Requests in flight at the same time. Default `64`. */
  maxConcurrency?: number | undefined;
  /**
   * Minimum spacing between messages to the same recipient, in ms, once its burst is used up. Default
   * `6000`: the Cloud API's pair rate limit allows one message every 6 seconds to the same user on average
   * (error `131056`). `0` turns per-recipient spacing off.
   */
  recipientIntervalMs?: number | undefined;
  /**
   * Messages to one recipient that may go out back to back before the spacing applies. Default `20`. The
   * pair rate limit allows bursts (up to 45 messages in 6 seconds) that borrow from later quota: a burst of
   * 20 is paid back over the next 2 minutes at one message per 6 seconds, which is exactly what this token
   * bucket does. So a conversation's quick replies go out at once, and only a long burst is spaced.
   */
  recipientBurst?: number | undefined;
}

/** Options of one {@link Pacer.run} call. */
export interface PacedTaskOptions {
  /** The recipient, for per-recipient spacing (omit for requests that send no message). */
  recipient?: string | undefined;
  /** The transport method, reported by the `onPaced` hook when the task had to wait. */
  operation?: string | undefined;
  /** Removes the task from the queue; it then rejects with `RequestAbortedError` (`mayHaveBeenSent: false`). */
  signal?: AbortSignal | undefined;
}

/**
 * Paces the requests of one phone number: a token bucket for messages per second, per-recipient spacing
 * and a bound on requests in flight. Tasks for one recipient run in the order they were queued; different
 * recipients are served in turn, so one busy recipient never holds up the others. A timer runs only while
 * a task waits for a token: an idle pacer keeps nothing alive.
 */
export interface Pacer {
  /** Runs `task` as soon as the limits allow; resolves or rejects with its outcome. */
  run<T>(task: () => Promise<T>, options?: PacedTaskOptions): Promise<T>;
  /** Tasks waiting to start. */
  readonly pending: number;
  /** Tasks started and not yet settled. */
  readonly active: number;
}

interface Entry {
  task: () => Promise<unknown>;
  recipient: string | undefined;
  operation: string | undefined;
  /** When it was queued (`performance.now()`). */
  queuedAt: number;
  /** The pacer's count of throughput waits when it was queued. */
  throughputWaitsAtQueue: number;
  /** True once a recipient's spacing held it back. */
  heldByRecipient: boolean;
  /** True when it did not start in the `run` call that queued it. */
  deferred: boolean;
  resolve: (value: unknown) => void;
  reject: (reason: unknown) => void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

function positive(name: string, value: number): number {
  if (!(value > 0) || !Number.isFinite(value)) {
    throw new RangeError(`[@wa/transport-utils] pacing.${name} must be a finite number > 0, got ${value}.`);
  }
  return value;
}

/**
 * Creates a {@link Pacer}.
 *
 * @param packageName The package using the pacer, for the message of an abort error.
 * @param hooks `onPaced` is called when a task had to wait (never with the recipient).
 * @throws RangeError when a setting is not a positive number.
 * @example
 * const pacer = createPacer({ messagesPerSecond: 80 });
 * await Promise.all(recipients.map((to) => pacer.run(() => send(to), { recipient: to })));
 */
export function createPacer(
  options: PacerOptions = {},
  packageName = '@wa/transport-utils',
  hooks?: Pick<TransportHooks, 'onPaced'>,
): Pacer {
  const rate = positive('messagesPerSecond', options.messagesPerSecond ?? 80) / 1000;
  const burst = positive('burst', options.burst ?? options.messagesPerSecond ?? 80);
  const maxConcurrency = positive('maxConcurrency', options.maxConcurrency ?? 64);
  const recipientIntervalMs = options.recipientIntervalMs ?? 6000;
  if (!(recipientIntervalMs >= 0)) {
    throw new RangeError(
      `[@wa/transport-utils] pacing.recipientIntervalMs must be >= 0, got ${recipientIntervalMs}.`,
    );
  }
  const recipientBurst = positive('recipientBurst', options.recipientBurst ?? 20);
  const onPaced = hooks?.onPaced;
  let throughputWaits = 0;
  const recipientRate = recipientIntervalMs === 0 ? 0 : 1 / recipientIntervalMs;

  const global: Bucket = { tokens: burst, updatedAt: performance.now() };
  const recipients = new Map<string, Bucket>();
  /** Runnable candidates: entries without a recipient and the first waiting entry of each recipient. */
  const heads: Entry[] = [];
  /** Entries queued behind the head of their recipient. A key is present while its recipient has a head. */
  const behind = new Map<string, Entry[]>();
  let pending = 0;
  let active = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastSweep = 0;

  const refill = (bucket: Bucket, capacity: number, perMs: number, now: number): void => {
    bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updatedAt) * perMs);
    bucket.updatedAt = now;
  };
  const recipientBucket = (key: string, now: number): Bucket => {
    let bucket = recipients.get(key);
    if (bucket === undefined) {
      bucket = { tokens: recipientBurst, updatedAt: now };
      recipients.set(key, bucket);
    } else {
      refill(bucket, recipientBurst, recipientRate, now);
    }
    return bucket;
  };
  const sweep = (now: number): void => {
    // Forget recipients whose bucket is full again, so that memory does not grow with every recipient ever seen.
    if (recipients.size < 256 || now - lastSweep < 1000) return;
    lastSweep = now;
    for (const [key, bucket] of recipients) {
      refill(bucket, recipientBurst, recipientRate, now);
      if (bucket.tokens >= recipientBurst && !behind.has(key)) recipients.delete(key);
    }
  };

  const removeHead = (index: number, entry: Entry): void => {
    const key = entry.recipient;
    const queue = key === undefined ? undefined : behind.get(key);
    const next = queue?.shift();
    if (next !== undefined) {
      // The recipient's next message becomes a candidate, behind the other recipients (fair turns).
      heads.splice(index, 1);
      heads.push(next);
    } else {
      heads.splice(index, 1);
      if (key !== undefined) behind.delete(key);
    }
  };

  const start = (entry: Entry, now: number): void => {
    pending--;
    active++;
    if (entry.deferred && onPaced !== undefined) {
      callHook(onPaced, {
        operation: entry.operation ?? 'request',
        delayMs: now - entry.queuedAt,
        reason: entry.heldByRecipient
          ? 'recipient'
          : throughputWaits > entry.throughputWaitsAtQueue
            ? 'throughput'
            : 'concurrency',
        pending,
      });
    }
    if (entry.onAbort !== undefined) entry.signal?.removeEventListener('abort', entry.onAbort);
    let promise: Promise<unknown>;
    try {
      promise = entry.task();
    } catch (error) {
      promise = Promise.reject(error);
    }
    promise.then(entry.resolve, entry.reject).finally(() => {
      active--;
      pump();
    });
  };

  const wait = (ms: number): void => {
    clearTimeout(timer);
    timer = setTimeout(
      () => {
        timer = undefined;
        pump();
      },
      Math.max(1, Math.ceil(ms)),
    );
  };

  function pump(): void {
    while (heads.length > 0 && active < maxConcurrency) {
      const now = performance.now();
      refill(global, burst, rate, now);
      if (global.tokens < 1) {
        throughputWaits++;
        wait((1 - global.tokens) / rate);
        return;
      }
      let chosen = -1;
      let soonest = Number.POSITIVE_INFINITY;
      for (let index = 0; index < heads.length; index++) {
        const key = (heads[index] as Entry).recipient;
        if (key === undefined || recipientRate === 0) {
          chosen = index;
          break;
        }
        const bucket = recipientBucket(key, now);
        if (bucket.tokens >= 1) {
          bucket.tokens -= 1;
          chosen = index;
          break;
        }
        (heads[index] as Entry).heldByRecipient = true;
        soonest = Math.min(soonest, (1 - bucket.tokens) / recipientRate);
      }
      if (chosen === -1) {
        wait(soonest);
        return;
      }
      global.tokens -= 1;
      const entry = heads[chosen] as Entry;
      removeHead(chosen, entry);
      start(entry, now);
      sweep(now);
    }
    if (heads.length === 0 && timer !== undefined) {
      clearTimeout(timer);
      timer = undefined;
    }
  }

  const cancel = (entry: Entry): void => {
    const index = heads.indexOf(entry);
    if (index !== -1) {
      removeHead(index, entry);
    } else if (entry.recipient !== undefined) {
      const queue = behind.get(entry.recipient);
      const position = queue?.indexOf(entry) ?? -1;
      if (position === -1) return;
      queue?.splice(position, 1);
    } else {
      return;
    }
    pending--;
    entry.reject(
      new RequestAbortedError({ packageName, mayHaveBeenSent: false, cause: entry.signal?.reason }),
    );
    pump();
  };

  return {
    run<T>(task: () => Promise<T>, runOptions: PacedTaskOptions = {}): Promise<T> {
      const { recipient, signal, operation } = runOptions;
      if (signal?.aborted) {
        return Promise.reject(
          new RequestAbortedError({ packageName, mayHaveBeenSent: false, cause: signal.reason }),
        );
      }
      return new Promise<T>((resolve, reject) => {
        const entry: Entry = {
          task,
          recipient: recipientRate === 0 ? undefined : recipient,
          operation,
          queuedAt: onPaced === undefined ? 0 : performance.now(),
          throughputWaitsAtQueue: throughputWaits,
          heldByRecipient: false,
          deferred: false,
          resolve: resolve as (value: unknown) => void,
          reject,
          signal,
          onAbort: undefined,
        };
        if (signal !== undefined) {
          entry.onAbort = () => cancel(entry);
          signal.addEventListener('abort', entry.onAbort, { once: true });
        }
        pending++;
        const key = entry.recipient;
        if (key !== undefined && behind.has(key)) {
          (behind.get(key) as Entry[]).push(entry);
        } else {
          if (key !== undefined) behind.set(key, []);
          heads.push(entry);
        }
        pump();
        entry.deferred = true;
      });
    },
    get pending() {
      return pending;
    },
    get active() {
      return active;
    },
  };
}
