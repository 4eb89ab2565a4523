/**
 * Paced throughput: the Cloud client with its pacer at the Cloud API's top tier (1,000 messages/s per
 * phone number) sending to distinct recipients; figure = CPU share of one core while doing it.
 */
import { cpuUsage, hrtime } from 'node:process';
import type { BenchReport } from '../lib/report.ts';
import { startStandInServer } from '../lib/server-process.ts';

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
    const cpuBefore = cpuUsage();
    const start = hrtime.bigint();
    await Promise.all(Array.from({ length: total }, (_, index) => send(10_000 + index)));
    const wallSeconds = Number(hrtime.bigint() - start) / 1e9;
    const cpu = cpuUsage(cpuBefore);
    const share = ((cpu.user + cpu.system) / 1e6 / wallSeconds) * 100;
    const met = share < 50 ? 'target < 50%: met' : 'target < 50%: NOT met';
    report.add({
      section: 'pacing',
      name: `Cloud client, pacer at ${rate}/s`,
      value: share,
      unit: '% of a core',
      note: `${Math.round(total / wallSeconds).toLocaleString('en-US')} sends/s achieved; ${met}`,
    });
  } finally {
    await server.stop();
  }
}
