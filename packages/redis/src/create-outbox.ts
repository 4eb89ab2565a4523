import { randomUUID } from 'node:crypto';
import type { OutgoingMessage, Transport } from '@wa/schema';
import { ValidationError } from '@wa/schema';
import { DelayedError, type Job, Queue, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { classifySendFailure, toOutboxFailure } from './classify-send-failure.ts';
import type { OutboxFailure, OutboxRecord, OutboxState } from './outbox-record.ts';
import {
  acceptScript,
  beginScript,
  enqueueScript,
  resolveScript,
  settleScript,
  statusScript,
} from './outbox-scripts.ts';
import { PACKAGE_NAME } from './package-name.ts';

const HOUR = 60 * 60 * 1000;

/** Options of {@link createOutbox}. */
export interface OutboxOptions {
  /**
   * The ioredis client for the records and for BullMQ (workers duplicate it for their blocking
   * connection). Create it with `maxRetriesPerRequest: null`, as BullMQ's workers require: a worker then
   * waits for Redis to come back instead of losing a result it has to record.
   */
  redis: Redis;
  /** The queue's name; every process of one outbox uses the same. Default `wa-outbox`. No `:`. */
  name?: string | undefined;
  /** Prefix of the outbox's own keys (records, message-ID index, review set). Default `wa:outbox:`. */
  keyPrefix?: string | undefined;
  /** Prefix of BullMQ's keys. Default `wa:bull`. */
  queuePrefix?: string | undefined;
  /** How long a settled record is kept (renewed by each status webhook), in ms. Default 7 days. */
  retentionMs?: number | undefined;
  /**
   * Waits before each retry after a rate-limit answer, in ms, when the API gave no `Retry-After`; the
   * last one repeats until `maxRateLimitRetries`. Default `[1000, 2000, 5000, 10000, 30000, 60000]`.
   */
  rateLimitDelaysMs?: readonly number[] | undefined;
  /** Rate-limit retries before the message fails. Default `20`. */
  maxRateLimitRetries?: number | undefined;
  /**
   * Waits before each retry after 131026 / 1026 ("message undeliverable"), in ms: growing intervals
   * measured in hours, never at once (R-DLV-11). After the last one the message fails. Default 1, 3, 6,
   * 12 and 24 hours.
   */
  undeliverableDelaysMs?: readonly number[] | undefined;
  /**
   * Waits before each retry after a failure that certainly sent nothing (connection refused, Redis
   * unreachable for the pacer, a retryable API error), in ms. After the last one the message fails.
   * Default `[1000, 5000, 30000, 120000, 600000]`.
   */
  transientDelaysMs?: readonly number[] | undefined;
  /** Called with errors of the queue's connection (Redis unreachable, …); never with customer data. */
  onError?: ((error: Error) => void) | undefined;
}

/** Options of {@link Outbox.enqueue}. */
export interface EnqueueOptions {
  /**
   * The message's outbox id: enqueueing the same id again is a no-op, so a caller that retries its own
   * request cannot queue the message twice. Letters, digits, `.`, `_`, `-` (not only digits), at most
   * 128 characters. Default: a random UUID.
   */
  id?: string | undefined;
  /** Send no earlier than this many ms from now. */
  delayMs?: number | undefined;
}

/** What {@link Outbox.enqueue} did. */
export interface EnqueueResult {
  /** The outbox id. */
  id: string;
  /** False when a message with this id was already in the outbox (then nothing changed). */
  created: boolean;
  /** The message's state now. */
  state: OutboxState;
}

/** A status webhook's status object (`{ id: 'wamid…', status: 'delivered', errors?: […] }`). */
export interface OutboxStatusUpdate {
  /** The API's message ID the status is about. */
  id: string;
  /** `sent`, `delivered`, `read`, `failed` (other values are ignored). */
  status: string;
  /** The errors of a `failed` status. */
  errors?:
    | readonly { code?: number | undefined; title?: string | undefined; message?: string | undefined }[]
    | undefined;
}

/** How a person settles a message in `needs-review`. */
export type ReviewResolution =
  /** It was sent (seen in the chat, or a status webhook named it): record it, optionally with its ID. */
  | { outcome: 'sent'; messageId?: string | undefined }
  /** It was not sent: queue it again. */
  | { outcome: 'resend' }
  /** Give up on it. */
  | { outcome: 'failed' };

/** Options of {@link Outbox.startWorker}. */
export interface OutboxWorkerOptions {
  /** Sends the messages: either client (`createCloudClient`, `createOnPremClient`), pacing included. */
  transport: Pick<Transport, 'send'>;
  /** Messages sent at the same time by this worker. Default `8`. */
  concurrency?: number | undefined;
  /**
   * How long a job stays locked to this worker without renewal, in ms (BullMQ's `lockDuration`). A
   * worker that dies holds its jobs this long before another worker finds them stalled. Default `30000`.
   */
  lockDurationMs?: number | undefined;
  /** How often this worker looks for stalled jobs, in ms. Default: BullMQ's (30 s). */
  stalledIntervalMs?: number | undefined;
  /** Called with errors of the worker itself (lost connection, …); never with customer data. */
  onError?: ((error: Error) => void) | undefined;
}

/** A running outbox worker. */
export interface OutboxWorker {
  /** Stops taking jobs and waits for the sends in flight to settle. */
  close(): Promise<void>;
}

/** A durable outbox of messages, shared by every process that uses the same Redis and name. */
export interface Outbox {
  /** Stores `message` and queues it for sending; idempotent by `id`. */
  enqueue(message: OutgoingMessage, options?: EnqueueOptions): Promise<EnqueueResult>;
  /** What happened to the message: its record, or `undefined` when the id is unknown (or expired). */
  status(id: string): Promise<OutboxRecord | undefined>;
  /**
   * Applies a status webhook to the message it is about (feed it every status event: `event.update` of
   * `@wa/webhooks`' `status` events). Statuses only advance (sent < delivered < read; failed is final),
   * whatever order they arrive in (R-DLV-1). Resolves with the updated record, or `undefined` when the
   * message ID is not one of the outbox's (kept for 10 minutes, in case its send's answer is on its way).
   */
  applyStatus(update: OutboxStatusUpdate): Promise<OutboxRecord | undefined>;
  /** The ids of the messages in `needs-review`, oldest first. */
  needsReview(): Promise<string[]>;
  /** Settles a message in `needs-review`; resolves `false` when it is not in that state. */
  resolveReview(id: string, resolution: ReviewResolution): Promise<boolean>;
  /** Starts a worker in this process that sends through `options.transport`. */
  startWorker(options: OutboxWorkerOptions): OutboxWorker;
  /** Closes the workers started here and the queue (not the Redis client, which is the caller's). */
  close(): Promise<void>;
}

interface JobData {
  id: string;
}

const idPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

function checkId(id: string): string {
  if (typeof id !== 'string' || !idPattern.test(id) || /^\d+$/.test(id)) {
    throw new ValidationError({
      subject: 'outbox id',
      packageName: PACKAGE_NAME,
      issues: [
        {
          path: '$.id',
          limit: 128,
          message:
            'must be 1 to 128 letters, digits, ".", "_" or "-", start with a letter or digit, and not be only digits',
        },
      ],
    });
  }
  return id;
}

function checkDelays(name: string, delays: readonly number[]): readonly number[] {
  if (delays.length === 0 || delays.some((delay) => !Number.isFinite(delay) || delay < 0)) {
    throw new RangeError(`[${PACKAGE_NAME}] ${name} must be a non-empty list of ms >= 0.`);
  }
  return delays;
}

function toRecord(id: string, hash: Record<string, string>): OutboxRecord | undefined {
  if (hash.state === undefined) return undefined;
  const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));
  return {
    id,
    state: hash.state as OutboxState,
    message: JSON.parse(hash.message ?? 'null') as OutgoingMessage,
    attempts: Number(hash.attempts ?? 0),
    messageId: hash.messageId,
    failure: hash.failure === undefined ? undefined : (JSON.parse(hash.failure) as OutboxFailure),
    nextAttemptAt: number(hash.nextAttemptAt),
    createdAt: Number(hash.createdAt),
    updatedAt: Number(hash.updatedAt),
  };
}

/**
 * Creates a durable outbox on BullMQ. `enqueue` stores a message (idempotent by id); workers (in any
 * process) send it through a transport and record the result. A message is never sent twice: a worker
 * marks it `sending` in Redis, atomically, before the request, and a message whose outcome is unknown (no
 * answer to a request that may have arrived, or a worker that died mid-send) goes to `needs-review`
 * instead of being retried. Rate limits are retried after a delay, 131026 / 1026 after hours; validation
 * and permanent API errors fail at once with the error recorded.
 *
 * @throws RangeError when a setting is out of range.
 * @example
 * ```ts
 * import { Redis } from 'ioredis';
 * import { createOutbox } from '@wa/redis';
 *
 * const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', { maxRetriesPerRequest: null });
 * const outbox = createOutbox({ redis });
 * outbox.startWorker({ transport: client }); // a Cloud or On-Premises client
 * await outbox.enqueue({ to: '15551234567', text: { body: 'Your order shipped' } }, { id: 'order-1042-shipped' });
 * console.log((await outbox.status('order-1042-shipped'))?.state);
 * ```
 */
export function createOutbox(options: OutboxOptions): Outbox {
  const { redis } = options;
  const name = options.name ?? 'wa-outbox';
  if (name === '' || name.includes(':')) {
    throw new RangeError(`[${PACKAGE_NAME}] name must be a non-empty string without ":", got "${name}".`);
  }
  const base = `${options.keyPrefix ?? 'wa:outbox:'}${name}:`;
  const queuePrefix = options.queuePrefix ?? 'wa:bull';
  const retentionMs = options.retentionMs ?? 7 * 24 * HOUR;
  if (!Number.isFinite(retentionMs) || retentionMs < 1000) {
    throw new RangeError(`[${PACKAGE_NAME}] retentionMs must be at least 1000, got ${retentionMs}.`);
  }
  const delays = {
    'rate-limit': checkDelays(
      'rateLimitDelaysMs',
      options.rateLimitDelaysMs ?? [1000, 2000, 5000, 10_000, 30_000, 60_000],
    ),
    undeliverable: checkDelays(
      'undeliverableDelaysMs',
      options.undeliverableDelaysMs ?? [1, 3, 6, 12, 24].map((h) => h * HOUR),
    ),
    transient: checkDelays(
      'transientDelaysMs',
      options.transientDelaysMs ?? [1000, 5000, 30_000, 120_000, 600_000],
    ),
  } as const;
  const maxRateLimitRetries = options.maxRateLimitRetries ?? 20;

  const recordKey = (id: string) => `${base}record:${id}`;
  const messageIdKey = (messageId: string) => `${base}message-id:${messageId}`;
  const earlyStatusKey = (messageId: string) => `${base}early-status:${messageId}`;
  const reviewKey = `${base}review`;

  const queue = new Queue<JobData>(name, { connection: redis, prefix: queuePrefix });
  queue.on('error', (error) => options.onError?.(error));
  const workers = new Set<Worker<JobData>>();

  async function addJob(id: string, delayMs = 0): Promise<void> {
    await queue.add(
      'send',
      { id },
      {
        jobId: id,
        delay: delayMs,
        removeOnComplete: true,
        removeOnFail: { age: Math.ceil(retentionMs / 1000) },
      },
    );
  }

  async function settle(
    id: string,
    state: 'failed' | 'retrying' | 'needs-review',
    failure: OutboxFailure,
    nextAttemptAt: number | undefined,
    counter: string,
  ): Promise<void> {
    await settleScript.run(
      redis,
      [recordKey(id), reviewKey],
      [state, JSON.stringify(failure), Date.now(), nextAttemptAt ?? '', retentionMs, id, counter],
    );
  }

  async function sendJob(job: Job<JobData>, transport: Pick<Transport, 'send'>, token: string | undefined) {
    const { id } = job.data;
    const begun = (await beginScript.run(redis, [recordKey(id), reviewKey], [Date.now(), id])) as unknown[];
    if (begun[0] === 'skip') return { state: String(begun[1]) };
    if (begun[0] === 'review') {
      throw new UnrecoverableError(
        `[${PACKAGE_NAME}] ${id}: an earlier attempt stopped mid-send; needs review.`,
      );
    }
    const message = JSON.parse(String(begun[1])) as OutgoingMessage;
    const retries = {
      'rate-limit': Number(begun[2]),
      undeliverable: Number(begun[3]),
      transient: Number(begun[4]),
    };
    let messageId: string;
    try {
      messageId = (await transport.send(message)).messageId;
    } catch (error) {
      const failure = toOutboxFailure(error);
      const decision = classifySendFailure(error);
      if (decision.action === 'retry') {
        const schedule = delays[decision.reason];
        const count = retries[decision.reason];
        const limit = decision.reason === 'rate-limit' ? maxRateLimitRetries : schedule.length;
        if (count < limit) {
          const delay =
            decision.reason === 'undeliverable'
              ? (schedule[count] as number)
              : (decision.retryAfterMs ?? (schedule[Math.min(count, schedule.length - 1)] as number));
          const nextAttemptAt = Date.now() + delay;
          await settle(id, 'retrying', failure, nextAttemptAt, decision.reason);
          await job.moveToDelayed(nextAttemptAt, token);
          throw new DelayedError();
        }
      }
      await settle(id, decision.action === 'review' ? 'needs-review' : 'failed', failure, undefined, '');
      throw new UnrecoverableError(failure.message);
    }
    await acceptScript.run(
      redis,
      [recordKey(id), messageIdKey(messageId), earlyStatusKey(messageId), reviewKey],
      [messageId, Date.now(), retentionMs, id],
    );
    return { state: 'accepted', messageId };
  }

  async function status(id: string): Promise<OutboxRecord | undefined> {
    return toRecord(id, await redis.hgetall(recordKey(id)));
  }

  // Methods use no `this`: they may be passed around as callbacks (`handler.on('status', …)`).
  return {
    status,

    async enqueue(message, enqueueOptions = {}) {
      const id = checkId(enqueueOptions.id ?? randomUUID());
      const [created, state] = (await enqueueScript.run(
        redis,
        [recordKey(id)],
        [JSON.stringify(message), Date.now()],
      )) as [number, OutboxState];
      // Also for an existing record still queued: its job may have been lost between the two calls.
      if (state === 'queued') await addJob(id, enqueueOptions.delayMs);
      return { id, created: created === 1, state };
    },

    async applyStatus(update) {
      if (!['sent', 'delivered', 'read', 'failed'].includes(update.status)) return undefined;
      const id = await redis.get(messageIdKey(update.id));
      const failure: OutboxFailure | undefined =
        update.status === 'failed'
          ? {
              source: 'status',
              code: 'WA_STATUS_FAILED',
              message: `[${PACKAGE_NAME}] A failed status arrived: ${
                (update.errors ?? [])
                  .map((e) => `${e.code ?? '?'} ${e.title ?? e.message ?? ''}`.trim())
                  .join('; ') || 'no error given'
              }`,
              errorCode: update.errors?.[0]?.code,
            }
          : undefined;
      await statusScript.run(
        redis,
        [id === null ? `${base}unknown` : recordKey(id), earlyStatusKey(update.id)],
        [
          update.status,
          failure === undefined ? '' : JSON.stringify(failure),
          Date.now(),
          retentionMs,
          id === null ? '0' : '1',
        ],
      );
      return id === null ? undefined : status(id);
    },

    async needsReview() {
      return await redis.zrange(reviewKey, 0, -1);
    },

    async resolveReview(id, resolution) {
      const messageId = resolution.outcome === 'sent' ? (resolution.messageId ?? '') : '';
      const changed = await resolveScript.run(
        redis,
        [recordKey(id), reviewKey, messageId === '' ? `${base}unknown` : messageIdKey(messageId)],
        [resolution.outcome, Date.now(), retentionMs, id, messageId],
      );
      if (changed !== 1) return false;
      if (resolution.outcome === 'resend') {
        await (await queue.getJob(id))?.remove();
        await addJob(id);
      }
      return true;
    },

    startWorker(workerOptions) {
      const { transport } = workerOptions;
      const worker = new Worker<JobData>(name, (job, token) => sendJob(job, transport, token), {
        connection: redis,
        prefix: queuePrefix,
        concurrency: workerOptions.concurrency ?? 8,
        lockDuration: workerOptions.lockDurationMs ?? 30_000,
        ...(workerOptions.stalledIntervalMs === undefined
          ? {}
          : { stalledInterval: workerOptions.stalledIntervalMs }),
        // A stalled job is run again so that its record goes to needs-review (it never resends).
        maxStalledCount: 10,
      });
      worker.on('error', (error) => workerOptions.onError?.(error));
      worker.on('failed', (job) => {
        // A job BullMQ failed on its own (stalled too often) may have been mid-send.
        if (job === undefined) return;
        const failure: OutboxFailure = {
          source: 'worker',
          code: 'WA_STALLED',
          message: `[${PACKAGE_NAME}] The job failed while its message was being sent; the message may have been sent.`,
        };
        settle(job.data.id, 'needs-review', failure, undefined, '').catch((error: unknown) =>
          workerOptions.onError?.(error instanceof Error ? error : new Error(String(error))),
        );
      });
      workers.add(worker);
      return {
        async close() {
          workers.delete(worker);
          await worker.close();
        },
      };
    },

    async close() {
      await Promise.all([...workers].map((worker) => worker.close()));
      workers.clear();
      await queue.close();
    },
  };
}
