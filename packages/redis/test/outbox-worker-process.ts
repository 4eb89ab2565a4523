/**
 * One outbox worker as its own process, for the fault tests: `node --conditions=@wa/source
 * test/outbox-worker-process.ts`, configured by environment variables (REDIS_URL, GRAPH_ORIGIN,
 * OUTBOX_NAME, CONCURRENCY, LOCK_MS, STALLED_MS, WORKER_ID: sent as `x-worker-id`). Prints `ready` once it takes jobs; SIGTERM closes it.
 */

import { createCloudClient } from '@wa/transport-cloud';
import { Redis } from 'ioredis';
import { createOutbox } from '../src/index.ts';

const redis = new Redis(process.env.REDIS_URL ?? '', { maxRetriesPerRequest: null });
redis.on('error', () => {}); // reconnects by itself; a restart of Redis is part of the tests
const outbox = createOutbox({ redis, name: process.env.OUTBOX_NAME ?? 'wa-outbox' });
const worker = outbox.startWorker({
  transport: createCloudClient({
    accessToken: 'test-token',
    phoneNumberId: '1234567890',
    baseUrl: process.env.GRAPH_ORIGIN,
    retry: false,
    pacing: false,
    timeout: 5000,
    headers: { 'x-worker-id': process.env.WORKER_ID ?? '' },
  }),
  concurrency: Number(process.env.CONCURRENCY ?? 4),
  lockDurationMs: Number(process.env.LOCK_MS ?? 2000),
  stalledIntervalMs: Number(process.env.STALLED_MS ?? 1000),
});
console.log('ready');
process.on('SIGTERM', () => {
  void worker
    .close()
    .then(() => outbox.close())
    .finally(() => {
      redis.disconnect();
      process.exit(0);
    });
});
