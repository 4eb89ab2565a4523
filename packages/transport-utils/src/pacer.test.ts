import { describe, expect, it } from 'vitest';
import { createPacer } from './pacer.ts';
import { RequestAbortedError } from './request-aborted-error.ts';
import type { PacedHookEvent } from './transport-hooks.ts';

/** A task that stays open until released. */
function gate() {
  let release: () => void = () => undefined;
  const promise = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { promise, release };
}

describe('createPacer', () => {
  it('bounds the requests in flight', async () => {
    const pacer = createPacer({ maxConcurrency: 2, messagesPerSecond: 1000 });
    const open = gate();
    let running = 0;
    let highest = 0;
    const task = async () => {
      running++;
      highest = Math.max(highest, running);
      await open.promise;
      running--;
    };
    const all = Promise.all(Array.from({ length: 6 }, () => pacer.run(task)));
    await Promise.resolve();
    expect(pacer.active).toBe(2);
    expect(pacer.pending).toBe(4);
    open.release();
    await all;
    expect(highest).toBe(2);
    expect(pacer.active + pacer.pending).toBe(0);
  });

  it('starts only a burst at once, then paces the rest', async () => {
    // 100 ms per token: a loaded machine cannot refill one while the five calls are made.
    const pacer = createPacer({ messagesPerSecond: 10, burst: 3, recipientIntervalMs: 0 });
    const started: number[] = [];
    const all = Promise.all(
      Array.from({ length: 5 }, (_, index) => pacer.run(async () => started.push(index))),
    );
    expect(started).toStrictEqual([0, 1, 2]);
    expect(pacer.pending).toBe(2);
    await all;
    expect(started).toStrictEqual([0, 1, 2, 3, 4]);
  });

  it('R-ERR pair rate: spaces messages to one recipient without holding up the others', async () => {
    const pacer = createPacer({ messagesPerSecond: 1000, recipientIntervalMs: 30, recipientBurst: 1 });
    const order: string[] = [];
    const send = (to: string, label: string) => pacer.run(async () => order.push(label), { recipient: to });
    await Promise.all([send('A', 'A1'), send('A', 'A2'), send('A', 'A3'), send('B', 'B1'), send('C', 'C1')]);
    expect(order).toStrictEqual(['A1', 'B1', 'C1', 'A2', 'A3']);
  });

  it('removes an aborted task from the queue; nothing runs for it', async () => {
    const pacer = createPacer({ messagesPerSecond: 1000, recipientIntervalMs: 60_000, recipientBurst: 1 });
    const ran: string[] = [];
    await pacer.run(async () => ran.push('first'), { recipient: 'A' });
    const controller = new AbortController();
    const queued = pacer.run(async () => ran.push('second'), { recipient: 'A', signal: controller.signal });
    expect(pacer.pending).toBe(1);
    controller.abort(new Error('user cancelled'));
    const error = await queued.catch((caught: unknown) => caught);
    expect(RequestAbortedError.isInstance(error) && error.mayHaveBeenSent).toBe(false);
    expect(ran).toStrictEqual(['first']);
    expect(pacer.pending).toBe(0);
  });

  it('keeps no timer running once idle', async () => {
    const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    // Let timers of earlier tests finish first, so the count below is the pacer's own.
    await new Promise((resolve) => setTimeout(resolve, 100));
    const before = timers();
    const pacer = createPacer({
      messagesPerSecond: 100,
      burst: 1,
      recipientIntervalMs: 20,
      recipientBurst: 1,
    });
    const all = Promise.all([1, 2, 3].map((index) => pacer.run(async () => index, { recipient: 'A' })));
    expect(timers()).toBeGreaterThan(before);
    await all;
    // At most the count from before: an unrelated timer may end meanwhile, the pacer's never stays.
    expect(timers()).toBeLessThanOrEqual(before);
  });

  it('rejects a task whose signal is already aborted', async () => {
    const pacer = createPacer();
    await expect(pacer.run(async () => 1, { signal: AbortSignal.abort() })).rejects.toMatchObject({
      code: 'WA_ABORTED',
    });
  });

  it('passes task failures through', async () => {
    const pacer = createPacer();
    const failure = new Error('boom');
    await expect(
      pacer.run(async () => {
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(pacer.active).toBe(0);
  });

  it.each([
    [{ messagesPerSecond: 0 }, /messagesPerSecond/],
    [{ maxConcurrency: -1 }, /maxConcurrency/],
    [{ recipientIntervalMs: -5 }, /recipientIntervalMs/],
  ])('rejects the setting %o', (options, message) => {
    expect(() => createPacer(options)).toThrow(message);
  });

  it('R-ERR pair rate: seven quick replies of a conversation start at once with the default pacing', () => {
    const paced: PacedHookEvent[] = [];
    const pacer = createPacer({}, '@wa/test', { onPaced: (event) => paced.push(event) });
    const started: number[] = [];
    for (let index = 0; index < 7; index++) {
      void pacer.run(async () => started.push(index), { recipient: '15551234567', operation: 'send' });
    }
    // Every task started synchronously inside `run`: none waited for the recipient's spacing.
    expect(started).toStrictEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(pacer.pending).toBe(0);
    expect(paced).toStrictEqual([]);
  });

  it('R-ERR pair rate: spaces a burst beyond 20 messages to one recipient and says so through onPaced', async () => {
    const paced: PacedHookEvent[] = [];
    const pacer = createPacer({ recipientIntervalMs: 20 }, '@wa/test', {
      onPaced: (event) => paced.push(event),
    });
    const started: number[] = [];
    const all = Array.from({ length: 22 }, (_, index) =>
      pacer.run(async () => started.push(index), { recipient: '15551234567', operation: 'send' }),
    );
    expect(started).toHaveLength(20);
    expect(pacer.pending).toBe(2);
    await Promise.all(all);
    expect(started).toHaveLength(22);
    expect(paced).toHaveLength(2);
    expect(paced[0]).toMatchObject({ operation: 'send', reason: 'recipient' });
    expect(paced[0]?.delayMs).toBeGreaterThan(0);
    expect(JSON.stringify(paced)).not.toContain('15551234567');
  });

  it('reports a wait for the throughput limit', async () => {
    const paced: PacedHookEvent[] = [];
    const pacer = createPacer({ messagesPerSecond: 100, burst: 1 }, '@wa/test', {
      onPaced: (event) => paced.push(event),
    });
    await Promise.all([pacer.run(async () => 1), pacer.run(async () => 2, { operation: 'markRead' })]);
    expect(paced).toMatchObject([{ operation: 'markRead', reason: 'throughput', pending: 0 }]);
  });
});
