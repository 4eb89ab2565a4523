/**
 * Paced throughput: the Cloud client with its pacer at the Cloud API's top tier (1,000 messages/s per
 * phone number) sending to distinct recipients; figure = CPU share of one core while doing it. The floor
 * is a bare global `fetch` POST of the same body started on a 1 ms timer at the same rate.
 */
import { cpuUsage, hrtime } from 'node:process';
import type { BenchReport } from '../lib/report.ts';
import { startStandInServer } from '../lib/server-process.ts';

/** The CPU share of one core (in %) that `run` costs while it lasts. */
async function cpuShareOf(run: () => Promise<unknown>): Promise<{ share: number; wallSeconds: number }> {
  const cpuBefore = cpuUsage();
  const start = hrtime.bigint();
  await run();
  const wallSeconds = Number(hrtime.bigint() - start) / 1e9;
  const cpu = cpuUsage(cpuBefore);
  return { share: ((cpu.user + cpu.system) / 1e6 / wallSeconds) * 100, wallSeconds };
}

/** Starts `send` `total` times at `rate` per second from a 1 ms timer, then waits for every answer. */
async function paceByTimer(send: () => Promise<unknown>, total: number, rate: number): Promise<void> {
  const pending: Promise<unknown>[] = [];
  const start = hrtime.bigint();
  await new Promise<void>((resolve) => {
    const tick = () => {
      const due = Math.min(total, Math.floor((Number(hrtime.bigint() - start) / 1e9) * rate));
      while (pending.length < due) pending.push(send());
      if (pending.length < total) setTimeout(tick, 1);
      else resolve();
    };
    tick();
  });
  await Promise.all(pending);
}

/** Sends through the paced Cloud client at the top tier and adds the CPU share it costs to `report`. */
export async function benchPacing(report: BenchReport, { quick }: { quick: boolean }): Promise<void> {
  const seconds = quick ? 2 : 5;
  const rate = 1_000;
  report.section(
    `Pacing: ${rate} sends/s for ${seconds} s through the Cloud client's pacer, CPU share of one core`,
  );
  const server = await startStandInServer();
  try {
    const { createCloudClient } = await import('@wa/transport-cloud');
    const client = createCloudClient({
      accessToken: 'bench-token',
      phoneNumberId: '106540352242922',
      baseUrl: server.baseUrl,
      apiVersion: 'v23.0',
      pacing: { messagesPerSecond: rate, burst: 50, maxConcurrency: 64 },
    });
    const send = (index: number) =>
      client.send({
        to: `1555${String(1_000_000 + index)}`,
        type: 'text',
        text: { body: `Order ${index} has shipped.` },
      });
    await Promise.all(Array.from({ length: 200 }, (_, index) => send(index)));
    const total = rate * seconds;
    const floorName = `bare fetch POST started at ${rate}/s by a timer`;
    const body = JSON.stringify({
      messaging_product: 'whatsapp',
      to: '15551000000',
      type: 'text',
      text: { body: 'Order 1 has shipped.' },
    });
    const bareSend = () =>
      fetch(`${server.baseUrl}/v23.0/106540352242922/messages`, {
        method: 'POST',
        headers: { authorization: 'Bearer bench-token', 'content-type': 'application/json' },
        body,
      }).then((response) => response.json());
    const floor = await cpuShareOf(() => paceByTimer(bareSend, total, rate));
    report.add({
      section: 'pacing',
      name: floorName,
      value: floor.share,
      unit: '% of a core',
      isFloor: true,
    });
    const ours = await cpuShareOf(() =>
      Promise.all(Array.from({ length: total }, (_, index) => send(10_000 + index))),
    );
    const met = ours.share < 50 ? 'target < 50%: met' : 'target < 50%: NOT met';
    report.add({
      section: 'pacing',
      name: `Cloud client, pacer at ${rate}/s`,
      value: ours.share,
      unit: '% of a core',
      floor: floorName,
      note: `${Math.round(total / ours.wallSeconds).toLocaleString('en-US')} sends/s achieved; ${met}`,
    });
  } finally {
    await server.stop();
  }
}
