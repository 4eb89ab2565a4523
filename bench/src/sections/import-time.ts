/** (e) Cold-start import time of each package (published entry, dist), beside an empty Node start. */
import { spawnSync } from 'node:child_process';
import { hrtime } from 'node:process';
import type { BenchReport } from '../lib/report.ts';

const modules = [
  '@wa/format',
  '@wa/schema',
  '@wa/transport-cloud',
  '@wa/transport-onprem',
  '@wa/webhooks',
  'zod',
  'ky',
];

function medianStartMs(code: string, runs: number): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = hrtime.bigint();
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
      cwd: import.meta.dirname,
      stdio: 'pipe',
    });
    if (result.status !== 0)
      throw new Error(result.stderr.toString().split('\n').find(Boolean) ?? 'import failed');
    times.push(Number(hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? Number.NaN;
}

/** Times a cold import of each package in a fresh Node process and adds it to `report`. */
export async function benchImportTime(report: BenchReport, { quick }: { quick: boolean }): Promise<void> {
  const runs = quick ? 5 : 15;
  report.section(`(e) Import time: median of ${runs} cold Node starts, ms added to an empty start`);
  const empty = medianStartMs('', runs);
  report.add({ section: 'import', name: 'empty node start', value: empty, unit: 'ms', isFloor: true });
  for (const name of modules) {
    try {
      const total = medianStartMs(`await import('${name}');`, runs);
      report.add({
        section: 'import',
        name: `import('${name}')`,
        value: Math.max(0, total - empty),
        unit: 'ms added',
      });
    } catch (error) {
      console.log(`  (${name} skipped: ${(error as Error).message})`);
    }
  }
}
