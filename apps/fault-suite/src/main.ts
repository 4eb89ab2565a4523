/**
 * `@wa-demo/fault-suite`: runs every fault-injection scenario and prints the table of the README's
 * "Reliability" section (`./pnpmw --filter @wa-demo/fault-suite report`). The test command runs the same
 * scenarios with assertions (`src/fault-suite.test.ts`).
 */
import { type FaultRow, formatFaultTable } from './fault-table.ts';
import { runScenario, scenarios } from './scenarios.ts';

const rows: FaultRow[] = [];
for (const scenario of scenarios) rows.push(await runScenario(scenario));
console.log(formatFaultTable(rows));
const failed = rows.filter((row) => row.duplicates > 0 || (row.eventsLost ?? 0) > 0);
if (failed.length > 0) {
  console.error(`[@wa-demo/fault-suite] ${failed.length} scenario(s) duplicated or lost something.`);
  process.exitCode = 1;
}
