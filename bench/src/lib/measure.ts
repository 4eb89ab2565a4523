/** Measurement primitives: client CPU and throughput of async operations, time of sync ones. */
import { cpuUsage, hrtime } from 'node:process';

/** The figures of one async run. */
export interface AsyncFigures {
  /** Operations completed per second of wall time. */
  perSecond: number;
  /** Client CPU (user + system) per operation, in microseconds. */
  cpuMicros: number;
}

/**
 * Runs `operation` `total` times with `concurrency` in flight and measures wall time and this process's
 * CPU. A warm-up of `warmup` operations runs first. Returns the best (lowest CPU) of `rounds` rounds, which
 * is the most repeatable figure on a shared machine.
 */
export async function measureAsync(
  operation: () => Promise<unknown>,
  {
    total,
    concurrency,
    warmup = Math.min(500, total),
    rounds = 3,
  }: { total: number; concurrency: number; warmup?: number; rounds?: number },
): Promise<AsyncFigures> {
  const runBatch = async (count: number) => {
    let started = 0;
    const worker = async () => {
      while (started < count) {
        started++;
        await operation();
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  };
  await runBatch(warmup);
  let best: AsyncFigures | undefined;
  for (let round = 0; round < rounds; round++) {
    const cpuBefore = cpuUsage();
    const start = hrtime.bigint();
    await runBatch(total);
    const elapsedNs = Number(hrtime.bigint() - start);
    const cpu = cpuUsage(cpuBefore);
    const figures = { perSecond: total / (elapsedNs / 1e9), cpuMicros: (cpu.user + cpu.system) / total };
    if (!best || figures.cpuMicros < best.cpuMicros) best = figures;
  }
  return best as AsyncFigures;
}

/** Nanoseconds per call of a synchronous function: the best of `rounds` timed loops after a warm-up. */
export function measureSync(operation: () => unknown, { iterations = 20_000, rounds = 5 } = {}): number {
  let sink: unknown;
  for (let index = 0; index < Math.min(iterations, 2_000); index++) sink = operation();
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    const start = hrtime.bigint();
    for (let index = 0; index < iterations; index++) sink = operation();
    best = Math.min(best, Number(hrtime.bigint() - start) / iterations);
  }
  if (sink === Symbol.for('never')) console.log(sink);
  return best;
}

/** Per-event time of an async operation run one at a time (for latency-bound paths such as Web Crypto). */
export async function measureSerial(
  operation: () => Promise<unknown>,
  { iterations = 5_000, rounds = 3 } = {},
): Promise<number> {
  for (let index = 0; index < Math.min(iterations, 500); index++) await operation();
  let best = Number.POSITIVE_INFINITY;
  for (let round = 0; round < rounds; round++) {
    const start = hrtime.bigint();
    for (let index = 0; index < iterations; index++) await operation();
    best = Math.min(best, Number(hrtime.bigint() - start) / iterations);
  }
  return best;
}
