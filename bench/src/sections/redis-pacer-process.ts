/**
 * One of the processes of the shared-pacer benchmark: sends flat out for SECONDS through a Redis pacer
 * (RATE messages/s for the phone number, distinct recipients), each send a bare fetch POST to the
 * stand-in (STAND_IN; TASK=none sends nothing, to measure the pacer alone), with PARALLEL sends waiting at any time. Forked with IPC: sends `ready` once
 * loaded, starts at the `startAt` time it is sent, and prints `{ starts, paced }` as one JSON line: the
 * start times (ms since the epoch) of the sends before the end, and how many `run` calls went through the
 * pacer (the last ones reserved slots past the end and sent nothing).
 */
import { createRedisPacer } from '@wa/redis';
import { Redis } from 'ioredis';

const redis = new Redis(process.env.REDIS_URL ?? '');
const pacer = createRedisPacer({
  redis,
  phoneNumberId: 'bench-phone',
  messagesPerSecond: Number(process.env.RATE),
  burst: 1,
  // Four processes and the stand-in share a small machine: allow for a slow answer rather than fail.
  timeoutMs: 10_000,
});
const startAt = await new Promise<number>((resolve) => {
  process.once('message', (message) => {
    process.disconnect?.(); // nothing more comes over the channel
    resolve((message as { startAt: number }).startAt);
  });
  process.send?.('ready');
});
const until = startAt + Number(process.env.SECONDS) * 1000;
const id = process.env.PROCESS_ID ?? '0';
const url = `${process.env.STAND_IN}/v23.0/106540352242922/messages`;
const body = JSON.stringify({
  messaging_product: 'whatsapp',
  to: '15551000000',
  type: 'text',
  text: { body: 'x' },
});
const starts: number[] = [];
let counter = 0;
let paced = 0;

async function loop(): Promise<void> {
  while (Date.now() < until) {
    const recipient = `1555${id}${String(counter++).padStart(7, '0')}`;
    await pacer.run(
      async () => {
        if (Date.now() >= until) return;
        starts.push(Date.now());
        await (
          await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })
        ).text();
      },
      { recipient },
    );
    paced++;
  }
}

await new Promise((resolve) => setTimeout(resolve, Math.max(0, startAt - Date.now())));
await Promise.all(Array.from({ length: Number(process.env.PARALLEL ?? 50) }, loop));
console.log(JSON.stringify({ starts, paced }));
redis.disconnect();
