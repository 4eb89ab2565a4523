/**
 * One outbox worker process of the outbox benchmark: sends through the Cloud client, pacing off, to the
 * stand-in (STAND_IN). Forked with IPC: sends `ready` once loaded, starts its worker on `go`; SIGTERM
 * closes it.
 */
import { createOutbox } from '@wa/redis';
import { createCloudClient } from '@wa/transport-cloud';
import { Redis } from 'ioredis';

const redis = new Redis(process.env.REDIS_URL ?? '', { maxRetriesPerRequest: null });
const outbox = createOutbox({ redis, name: 'bench' });
await new Promise<void>((resolve) => {
  process.once('message', () => resolve());
  process.send?.('ready');
});
const worker = outbox.startWorker({
  transport: createCloudClient({
    accessToken: 'bench-token',
    phoneNumberId: '106540352242922',
    baseUrl: process.env.STAND_IN,
    apiVersion: 'v23.0',
    pacing: false,
    retry: false,
  }),
  concurrency: Number(process.env.CONCURRENCY ?? 32),
});
process.on('SIGTERM', () => {
  void worker
    .close()
    .then(() => outbox.close())
    .finally(() => {
      redis.disconnect();
      process.disconnect?.();
      process.exit(0);
    });
});
