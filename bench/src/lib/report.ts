/** Collects benchmark rows, prints them as ratios to their floor, and writes results/latest.json. */
import { writeFileSync } from 'node:fs';
import { arch, cpus, totalmem } from 'node:os';
import { join } from 'node:path';

/** One measured row. */
export interface BenchRow {
  section: string;
  name: string;
  /** The figure compared (lower is better unless `higherIsBetter`). */
  value: number;
  unit: string;
  /** The name of the floor row of the same section this row is compared with. */
  floor?: string | undefined;
  /** value / floor value, filled in by the report. */
  ratio?: number | undefined;
  /** A target ratio to reach, when the project set one. */
  target?: number | undefined;
  higherIsBetter?: boolean | undefined;
  /** True for the floor rows others are compared with. */
  isFloor?: boolean | undefined;
  note?: string | undefined;
}

/** A report being built. */
export class BenchReport {
  readonly rows: BenchRow[] = [];

  add(row: BenchRow): void {
    const floor =
      row.floor === undefined
        ? undefined
        : this.rows.find((r) => r.section === row.section && r.name === row.floor);
    const ratio =
      floor === undefined
        ? undefined
        : row.higherIsBetter
          ? floor.value / row.value
          : row.value / floor.value;
    const complete = { ...row, ratio };
    this.rows.push(complete);
    const figure = `${row.value < 10 ? row.value.toFixed(2) : Math.round(row.value).toLocaleString('en-US')} ${row.unit}`;
    const vs = ratio !== undefined ? `${ratio.toFixed(2)}x ${row.floor}` : row.isFloor ? 'floor' : '';
    const goal =
      row.target === undefined
        ? ''
        : ratio !== undefined && ratio <= row.target
          ? `  (target ≤ ${row.target}x: met)`
          : `  (target ≤ ${row.target}x: NOT met)`;
    console.log(
      `  ${row.name.padEnd(58)} ${figure.padStart(16)}   ${vs}${goal}${row.note ? `  — ${row.note}` : ''}`,
    );
  }

  section(title: string): void {
    console.log(`\n${title}`);
  }

  /** The rows as Markdown tables, one per section, for bench/README.md. */
  toMarkdown(): string {
    const sections = [...new Set(this.rows.map((row) => row.section))];
    return sections
      .map((section) => {
        const rows = this.rows.filter((row) => row.section === section);
        const lines = rows.map((row) => {
          const figure = `${row.value < 10 ? row.value.toFixed(2) : Math.round(row.value).toLocaleString('en-US')} ${row.unit}`;
          const ratio = row.ratio === undefined ? (row.isFloor ? 'floor' : '') : `${row.ratio.toFixed(2)}x`;
          const target = row.target === undefined ? '' : `≤ ${row.target}x`;
          return `| ${row.name} | ${figure} | ${ratio} | ${target} | ${row.note ?? ''} |`;
        });
        return [
          `### ${section}`,
          '',
          '| row | figure | ratio to floor | target | note |',
          '| --- | ---: | ---: | --- | --- |',
          ...lines,
        ].join('\n');
      })
      .join('\n\n');
  }

  write(directory: string): string {
    writeFileSync(join(directory, 'latest.md'), `${this.toMarkdown()}\n`);
    const file = join(directory, 'latest.json');
    const machine = {
      node: process.version,
      arch: arch(),
      cpus: cpus().length,
      cpuModel: cpus()[0]?.model,
      memoryGiB: Math.round(totalmem() / 2 ** 30),
    };
    writeFileSync(
      file,
      `${JSON.stringify({ date: new Date().toISOString(), machine, rows: this.rows }, null, 2)}\n`,
    );
    return file;
  }
}
