/** One line of the fault-injection table. */
export interface FaultRow {
  scenario: string;
  /** HTTP attempts of one `send()` that reached the proxy (send scenarios). */
  sendAttempts?: number | undefined;
  /** Messages the server created (send scenarios). */
  messagesCreated?: number | undefined;
  /** Distinct events whose listeners succeeded (webhook scenarios). */
  eventsDelivered?: number | undefined;
  /** Events sent by the Meta-like sender that no listener ever processed successfully. */
  eventsLost?: number | undefined;
  /** Messages created beyond one per `send()`, or successful listener runs beyond one per event. */
  duplicates: number;
  /** What the caller saw: the send's result, or the Meta-like sender's attempts. */
  outcome: string;
}

const columns: readonly [string, (row: FaultRow) => string][] = [
  ['scenario', (row) => row.scenario],
  ['sends attempted', (row) => cell(row.sendAttempts)],
  ['messages created', (row) => cell(row.messagesCreated)],
  ['events delivered', (row) => cell(row.eventsDelivered)],
  ['events lost', (row) => cell(row.eventsLost)],
  ['duplicates', (row) => String(row.duplicates)],
  ['outcome', (row) => row.outcome],
];

function cell(value: number | undefined): string {
  return value === undefined ? '–' : String(value);
}

/** The rows as one Markdown table (aligned, as Biome would format it). */
export function formatFaultTable(rows: readonly FaultRow[]): string {
  const cells = [columns.map(([name]) => name), ...rows.map((row) => columns.map(([, get]) => get(row)))];
  const widths = columns.map((_, index) => Math.max(...cells.map((line) => [...(line[index] ?? '')].length)));
  const line = (values: readonly string[]): string =>
    `| ${values.map((value, index) => value + ' '.repeat((widths[index] ?? 0) - [...value].length)).join(' | ')} |`;
  const [head, ...body] = cells;
  return [line(head ?? []), line(widths.map((width) => '-'.repeat(width))), ...body.map(line)].join('\n');
}
