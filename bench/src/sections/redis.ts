/**
 * `@wa/redis`: (1) the aggregate rate of four processes sending flat out through one shared Redis pacer,
 * against the configured limit (the floor); (2) Redis round trips per paced send (target 1); (3) outbox
 * throughput through two worker processes, pacing off, to the stand-in; (4) the memory one committed
 * webhook dedupe key costs in Redis. Needs Debian's redis-server; the section is skipped without it.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { hrtime } from 'node:process';
// The same redis-server launcher the @wa/redis tests use (127.0.0.1, a free port, a temporary folder, no persistence).
import { startRedisServer } from '../../../packages/redis/test/redis-server.ts';
import { redisServerPath } from '../../../packages/redis/test/redis-server-path.ts';
import type { BenchReport } from '../lib/report.ts';
import { startStandInServer } from '../lib/server-process.ts';

/** Forks `script` and resolves once it has loaded and says `ready`. */
async function node(script: string, env: Record<string, string>): Promise<ChildProcess> {
  const child = fork(join(import.meta.dirname, script), [], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  await once(child, 'message');
  return child;
}

async function output(child: ChildProcess): Promise<string> {
  let text = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    text += chunk.toString();
  });
  await once(child, 'exit');
  return text;
}

/** Runs the Redis benchmarks and adds their rows to `report`. */
export async function benchRedis(report: BenchReport, { quick }: { quick: boolean }): Promise<void> {
  if (redisServerPath() === undefined) {
    console.log('\n@wa/redis: skipped (redis-server is not installed: apt-get install redis-server)');
    return;
  }
  const { Redis } = await import('ioredis');
  const { createOutbox, createRedisDedupeStore, createRedisPacer } = await import('@wa/redis');
  const server = await startRedisServer();
  const standIn = await startStandInServer();
  const redis = new Redis(server.url, { maxRetriesPerRequest: null });
  try {
    // 1 and 2: four processes, flat out, one shared limit.
    // At 1,000/s four processes and the stand-in need more CPU than a small machine has: the pacer is
    // measured alone there (tasks that send nothing).
    for (const [rate, task] of [
      [80, 'fetch'],
      [1000, 'none'],
    ] as const) {
      const seconds = quick ? 3 : 6;
      report.section(
        `@wa/redis pacer: 4 processes flat out for ${seconds} s against ${rate}/s (${task === 'fetch' ? 'each a POST to the stand-in' : 'tasks that send nothing'})`,
      );
      // Load the script first: the first call of each process would otherwise cost a NOSCRIPT answer too.
      await createRedisPacer({ redis, phoneNumberId: 'warm-up' }).run(async () => undefined);
      await redis.config('RESETSTAT');
      const children = await Promise.all(
        ['1', '2', '3', '4'].map((PROCESS_ID) =>
          node('redis-pacer-process.ts', {
            REDIS_URL: server.url,
            STAND_IN: standIn.baseUrl,
            RATE: String(rate),
            SECONDS: String(seconds),
            PROCESS_ID,
            PARALLEL: String(rate === 80 ? 50 : 100),
            TASK: task,
          }),
        ),
      );
      const startAt = Date.now() + 200;
      const outputs = children.map(output);
      for (const child of children) child.send({ startAt });
      const results = (await Promise.all(outputs)).map(
        (text) => JSON.parse(text) as { starts: number[]; paced: number },
      );
      const starts = results.flatMap((result) => result.starts);
      const paced = results.reduce((sum, result) => sum + result.paced, 0);
      // Steady state: from 1 s after the start to the end.
      const from = startAt + 1000;
      const to = startAt + seconds * 1000;
      const inWindow = starts.filter((time) => time >= from && time < to).length;
      const measured = inWindow / ((to - from) / 1000);
      const stats = await redis.info('commandstats');
      const calls = (name: string) =>
        Number(new RegExp(`cmdstat_${name}:calls=(\\d+)`).exec(stats)?.[1] ?? 0);
      const scriptCalls = calls('evalsha') + calls('eval');
      const floorName = `configured limit, ${rate}/s`;
      report.add({ section: 'redis-pacer', name: floorName, value: rate, unit: 'sends/s', isFloor: true });
      report.add({
        section: 'redis-pacer',
        name: `aggregate of 4 processes at ${rate}/s`,
        value: measured,
        unit: 'sends/s',
        floor: floorName,
        note: `${starts.length} sends in ${seconds} s; per process ${children.length} × ~${Math.round(measured / 4)}/s`,
      });
      report.add({
        section: 'redis-pacer',
        name: `Redis round trips per paced send at ${rate}/s`,
        value: scriptCalls / paced,
        unit: 'round trips',
        note: `target 1; ${scriptCalls} script calls for ${paced} paced calls (${starts.length} sent before the end)`,
      });
    }

    // 3: outbox throughput, two worker processes, pacing off.
    const jobs = quick ? 1000 : 4000;
    report.section(`@wa/redis outbox: ${jobs} jobs through 2 worker processes, pacing off, to the stand-in`);
    const outbox = createOutbox({ redis, name: 'bench' });
    const enqueueStart = hrtime.bigint();
    for (let batch = 0; batch < jobs; batch += 200) {
      await Promise.all(
        Array.from({ length: Math.min(200, jobs - batch) }, (_, index) =>
          outbox.enqueue(
            { to: '15551000000', text: { body: `Order ${batch + index} shipped` } },
            { id: `job-${batch + index}` },
          ),
        ),
      );
    }
    const enqueueSeconds = Number(hrtime.bigint() - enqueueStart) / 1e9;
    report.add({
      section: 'redis-outbox',
      name: 'enqueue (one process, 200 at a time)',
      value: jobs / enqueueSeconds,
      unit: 'jobs/s',
      higherIsBetter: true,
    });
    const { Queue } = await import('bullmq');
    const queue = new Queue('bench', { connection: redis, prefix: 'wa:bull' });
    const workers = await Promise.all(
      ['a', 'b'].map(() =>
        node('redis-outbox-worker.ts', { REDIS_URL: server.url, STAND_IN: standIn.baseUrl }),
      ),
    );
    const sendStart = hrtime.bigint();
    for (const worker of workers) worker.send('go');
    for (;;) {
      const counts = await queue.getJobCounts('wait', 'active', 'delayed', 'prioritized');
      if (Object.values(counts).every((count) => count === 0)) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const sendSeconds = Number(hrtime.bigint() - sendStart) / 1e9;
    const accepted = (
      await Promise.all(
        Array.from({ length: 50 }, (_, index) => outbox.status(`job-${index * Math.floor(jobs / 50)}`)),
      )
    ).filter((record) => record?.state === 'accepted').length;
    report.add({
      section: 'redis-outbox',
      name: 'sent through 2 worker processes (concurrency 32 each)',
      value: jobs / sendSeconds,
      unit: 'jobs/s',
      higherIsBetter: true,
      note: `${jobs} jobs in ${sendSeconds.toFixed(2)} s ; ${accepted}/50 sampled records accepted`,
    });
    for (const worker of workers) worker.kill('SIGTERM');
    await Promise.all(workers.map((worker) => once(worker, 'exit')));
    await queue.close();
    await outbox.close();

    // 4: memory of one committed dedupe key.
    report.section('@wa/redis dedupe store: memory per committed key (MEMORY USAGE)');
    const store = createRedisDedupeStore({ redis });
    const key = 'status:wamid.HBgLMTU1NTEyMzQ1NjcVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA:delivered';
    await store.claim(key, 'receiver-1', 30_000);
    await store.commit(key, 'receiver-1', 24 * 60 * 60 * 1000);
    const bytes = Number(await redis.memory('USAGE', store.redisKey(key)));
    report.add({
      section: 'redis-dedupe',
      name: 'one committed status key (24 h retention)',
      value: bytes,
      unit: 'bytes',
      note: `key ${store.redisKey(key).length} characters; 1 million deliveries a day ≈ ${Math.round(bytes)} MB`,
    });
  } finally {
    redis.disconnect();
    await standIn.stop();
    await server.stop();
  }
}
