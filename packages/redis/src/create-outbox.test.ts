import { ValidationError } from '@wa/schema';
import { createCloudClient } from '@wa/transport-cloud';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GraphStandIn, startGraphStandIn } from '../test/graph-stand-in.ts';
import { startRedisServer, type TestRedisServer } from '../test/redis-server.ts';
import { createOutbox, type Outbox } from './create-outbox.ts';
import type { OutboxRecord } from './outbox-record.ts';

let server: TestRedisServer;
let graph: GraphStandIn;
let redis: Redis;
let outbox: Outbox;
let queue: Queue;

const text = (body: string) => ({ to: '15551234567', text: { body } });

beforeAll(async () => {
  server = await startRedisServer();
  graph = await startGraphStandIn();
  redis = new Redis(server.url, { maxRetriesPerRequest: null });
  outbox = createOutbox({
    redis,
    name: 'outbox-test',
    rateLimitDelaysMs: [50],
    transientDelaysMs: [50],
  });
  outbox.startWorker({
    transport: createCloudClient({
      accessToken: 'test-token',
      phoneNumberId: '1234567890',
      baseUrl: graph.origin,
      retry: false,
      pacing: false,
      timeout: 500,
    }),
    concurrency: 4,
  });
  queue = new Queue('outbox-test', { connection: redis, prefix: 'wa:bull' });
});
afterAll(async () => {
  await queue.close();
  await outbox.close();
  redis.disconnect();
  await graph.close();
  await server.stop();
});

/** Polls the record until `done` holds (the test timeout bounds the wait). */
async function settled(id: string, done: (record: OutboxRecord) => boolean): Promise<OutboxRecord> {
  for (;;) {
    const record = await outbox.status(id);
    if (record !== undefined && done(record)) return record;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
const isSettled = (record: OutboxRecord) => !['queued', 'sending', 'retrying'].includes(record.state);

describe('createOutbox', () => {
  it('R-DLV-3: enqueue is idempotent by id, and a message is sent once and recorded with its message ID', async () => {
    const first = await outbox.enqueue(text('idempotent'), { id: 'order-1-shipped' });
    const second = await outbox.enqueue(text('idempotent'), { id: 'order-1-shipped' });
    expect(first).toEqual({ id: 'order-1-shipped', created: true, state: 'queued' });
    expect(second.created).toBe(false);
    const record = await settled('order-1-shipped', isSettled);
    expect(record).toMatchObject({ state: 'accepted', attempts: 1, message: text('idempotent') });
    expect(record.messageId).toMatch(/^wamid\.STANDIN\d+$/);
    const again = await outbox.enqueue(text('idempotent'), { id: 'order-1-shipped' });
    expect(again).toEqual({ id: 'order-1-shipped', created: false, state: 'accepted' });
    expect(graph.created.get('idempotent')).toBe(1);
  });

  it('R-ERR-4: a validation error fails the message at once, with the typed error, and sends nothing', async () => {
    const before = graph.requests();
    const { id } = await outbox.enqueue(text('x'.repeat(4097)));
    const record = await settled(id, isSettled);
    expect(record.state).toBe('failed');
    expect(record.attempts).toBe(1);
    expect(record.failure).toMatchObject({ source: 'send', code: 'WA_VALIDATION_ERROR' });
    expect(record.failure?.message).toContain('R-TEXT');
    expect(graph.requests()).toBe(before);
    expect(await (await queue.getJob(id))?.getState()).toBe('failed');
  });

  it('R-ERR-4: a permanent API error fails the message at once with its code', async () => {
    const { id } = await outbox.enqueue(text('invalid-parameter'));
    const record = await settled(id, isSettled);
    expect(record).toMatchObject({ state: 'failed', attempts: 1 });
    expect(record.failure).toMatchObject({ code: 'WA_API_ERROR', errorCode: 100, statusCode: 400 });
  });

  it('retries a rate-limited message after a delay, and sends it once', async () => {
    const { id } = await outbox.enqueue(text('rate-limit-once'));
    const record = await settled(id, isSettled);
    expect(record).toMatchObject({ state: 'accepted', attempts: 2 });
    expect(graph.created.get('rate-limit-once')).toBe(1);
  });

  it('R-DLV-11 / R-ERR-1: 131026 is rescheduled hours later, never at once', async () => {
    const { id } = await outbox.enqueue(text('undeliverable hours'));
    const record = await settled(id, (r) => r.state === 'retrying');
    expect(record.failure).toMatchObject({ code: 'WA_API_ERROR', errorCode: 131026 });
    expect(record.nextAttemptAt).toBeGreaterThanOrEqual(record.updatedAt + 60 * 60 * 1000);
    expect(await (await queue.getJob(id))?.getState()).toBe('delayed');
    expect(graph.created.get('undeliverable hours')).toBeUndefined();
  });

  it('R-DLV-11: after the last undeliverable retry the message fails', async () => {
    const short = createOutbox({ redis, name: 'outbox-short', undeliverableDelaysMs: [20, 40] });
    short.startWorker({
      transport: createCloudClient({
        accessToken: 't',
        phoneNumberId: '1',
        baseUrl: graph.origin,
        retry: false,
        pacing: false,
      }),
    });
    const { id } = await short.enqueue(text('undeliverable three times'));
    let record: OutboxRecord | undefined;
    for (;;) {
      record = await short.status(id);
      if (record?.state === 'failed') break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(record).toMatchObject({ state: 'failed', attempts: 3 });
    expect(record.failure?.errorCode).toBe(131026);
    await short.close();
  });

  it('R-DLV-3: a request without an answer goes to needs-review, is never retried, and can be resolved', async () => {
    const { id } = await outbox.enqueue(text('no-answer'));
    const record = await settled(id, isSettled);
    expect(record).toMatchObject({ state: 'needs-review', attempts: 1 });
    expect(record.failure?.code).toBe('WA_TIMEOUT');
    expect(await outbox.needsReview()).toContain(id);
    expect(graph.created.get('no-answer')).toBe(1);
    expect(await outbox.resolveReview(id, { outcome: 'sent', messageId: 'wamid.SEENINCHAT' })).toBe(true);
    expect(await outbox.status(id)).toMatchObject({ state: 'accepted', messageId: 'wamid.SEENINCHAT' });
    expect(await outbox.needsReview()).not.toContain(id);
    expect(await outbox.resolveReview(id, { outcome: 'resend' })).toBe(false);
    // The resolved message ID is indexed: its status webhooks reach the record.
    expect((await outbox.applyStatus({ id: 'wamid.SEENINCHAT', status: 'read' }))?.state).toBe('read');
  });

  it('R-DLV-1: status webhooks advance the record in rank order, whatever order they arrive in', async () => {
    const { id } = await outbox.enqueue(text('statuses'));
    const { messageId } = await settled(id, isSettled);
    const wamid = messageId as string;
    const { applyStatus } = outbox; // usable as a bare callback
    expect((await applyStatus({ id: wamid, status: 'delivered' }))?.state).toBe('delivered');
    expect((await applyStatus({ id: wamid, status: 'sent' }))?.state).toBe('delivered');
    expect((await applyStatus({ id: wamid, status: 'read' }))?.state).toBe('read');
    expect(await applyStatus({ id: 'wamid.NOTOURS', status: 'read' })).toBeUndefined();
  });

  it('records a failed status webhook with its error code, and nothing advances past it', async () => {
    const { id } = await outbox.enqueue(text('fails later'));
    const { messageId } = await settled(id, isSettled);
    const failed = await outbox.applyStatus({
      id: messageId as string,
      status: 'failed',
      errors: [{ code: 131026, title: 'Message undeliverable' }],
    });
    expect(failed).toMatchObject({ state: 'failed', failure: { source: 'status', errorCode: 131026 } });
    expect((await outbox.applyStatus({ id: messageId as string, status: 'read' }))?.state).toBe('failed');
  });

  it('applies a status that arrived before the send answer once the answer comes', async () => {
    const held = await startGraphStandIn({ holdMs: 300 });
    const early = createOutbox({ redis, name: 'outbox-early' });
    early.startWorker({
      transport: createCloudClient({
        accessToken: 't',
        phoneNumberId: '1',
        baseUrl: held.origin,
        retry: false,
        pacing: false,
      }),
    });
    const { id } = await early.enqueue(text('early status'));
    while (held.created.get('early status') === undefined)
      await new Promise((resolve) => setTimeout(resolve, 10));
    // The stand-in numbers its messages from 1: this is the ID the held answer carries.
    expect(await early.applyStatus({ id: 'wamid.STANDIN1', status: 'delivered' })).toBeUndefined();
    let record = await early.status(id);
    while (record?.messageId === undefined) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      record = await early.status(id);
    }
    expect(record).toMatchObject({ state: 'delivered', messageId: 'wamid.STANDIN1' });
    await early.close();
    await held.close();
  });

  it.each(['has:colon', '12345', '', 'x'.repeat(129)])(
    'rejects the id %j with a ValidationError',
    async (id) => {
      const error = await outbox.enqueue(text('bad id'), { id }).catch((reason: unknown) => reason);
      expect(ValidationError.isInstance(error)).toBe(true);
      expect((error as ValidationError).message).toMatch(/^\[@wa\/redis\] Invalid outbox id/);
    },
  );
});
