import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphStandIn, startGraphStandIn } from '../test/graph-stand-in.ts';
import { startRedisServer, type TestRedisServer } from '../test/redis-server.ts';
import { startWorkerProcess, type WorkerProcess } from '../test/worker-processes.ts';
import { createOutbox, type Outbox } from './create-outbox.ts';
import type { OutboxRecord } from './outbox-record.ts';

let server: TestRedisServer;
let graph: GraphStandIn;
let redis: Redis;
let outbox: Outbox;
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  // Append-only file, fsync on every write: a SIGKILL of Redis loses nothing, as in production setups.
  server = await startRedisServer({ persistence: 'aof' });
  // Each message is created when its request arrives; the answer follows 400 ms later, so a worker killed
  // in that window never learns the outcome.
  graph = await startGraphStandIn({ holdMs: 400 });
  redis = new Redis(server.url, { maxRetriesPerRequest: null });
  redis.on('error', () => {}); // reconnects after the restart
  outbox = createOutbox({ redis, name: 'faults' });
});
afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  await outbox.close();
  redis.disconnect();
  await graph.close();
  await server.stop();
});

const unsettled = new Set(['queued', 'sending', 'retrying']);

async function waitUntil(predicate: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await predicate())) await new Promise((resolve) => setTimeout(resolve, 50));
}

describe('the outbox under faults (R-DLV-3: never sent twice)', () => {
  it('keeps every message exactly once at the API, or in needs-review, through a killed worker and a Redis restart', async () => {
    const env = {
      REDIS_URL: server.url,
      GRAPH_ORIGIN: graph.origin,
      OUTBOX_NAME: 'faults',
      CONCURRENCY: '4',
      LOCK_MS: '2000',
      STALLED_MS: '1000',
    };
    workers.push(
      ...(await Promise.all(['0', '1', '2'].map((WORKER_ID) => startWorkerProcess({ ...env, WORKER_ID })))),
    );
    const ids = Array.from({ length: 60 }, (_, index) => `msg-${index}`);
    for (const id of ids) await outbox.enqueue({ to: '15551234567', text: { body: id } }, { id });

    // Kill a worker while the API holds at least one of its requests: it dies mid-send.
    let victim = '';
    await waitUntil(() => {
      victim = [...graph.inFlight].find(([, count]) => count > 0)?.[0] ?? '';
      return victim !== '';
    });
    await (workers[Number(victim)] as WorkerProcess).kill();
    // Then restart Redis (SIGKILL, down for 300 ms) while the others keep sending.
    const requestsAtKill = graph.requests();
    await waitUntil(() => graph.requests() >= Math.min(requestsAtKill + 6, ids.length));
    await server.restart({ downMs: 300 });

    let records: (OutboxRecord | undefined)[] = [];
    await waitUntil(async () => {
      records = await Promise.all(ids.map((id) => outbox.status(id)));
      return records.every((record) => record !== undefined && !unsettled.has(record.state));
    });

    const review = new Set(await outbox.needsReview());
    for (const record of records as OutboxRecord[]) {
      const created = graph.created.get(record.id) ?? 0;
      expect(created, `${record.id} was created ${created} times`).toBeLessThanOrEqual(1);
      if (record.state === 'accepted') {
        expect(created, record.id).toBe(1);
      } else {
        expect(record.state, record.id).toBe('needs-review');
        expect(review.has(record.id)).toBe(true);
      }
    }
    // The killed worker was mid-send: at least one message waits for a person instead of being resent.
    expect(review.size).toBeGreaterThanOrEqual(1);
    expect([...graph.created.values()].every((count) => count === 1)).toBe(true);
  });
});
