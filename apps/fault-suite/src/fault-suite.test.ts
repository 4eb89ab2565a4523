import { afterAll, describe, expect, it } from 'vitest';
import { type FaultRow, formatFaultTable } from './fault-table.ts';
import { runScenario, scenarios } from './scenarios.ts';

const rows: FaultRow[] = [];

afterAll(() => {
  // The table of the README's "Reliability" section.
  console.log(`\n${formatFaultTable(rows)}\n`);
});

describe('fault injection through a real TCP proxy', () => {
  it.each(scenarios.map((scenario) => [scenario.name, scenario] as const))(
    'R-DLV-3 / R-DLV-8 %s: duplicates = 0, events lost = 0, a failed send that created a message says mayHaveBeenSent',
    async (_name, scenario) => {
      const row = await runScenario(scenario);
      rows.push(row);
      expect(row.duplicates, row.outcome).toBe(0);
      if (row.eventsLost !== undefined) expect(row.eventsLost, row.outcome).toBe(0);
      if (row.messagesCreated !== undefined) {
        expect(row.messagesCreated).toBeLessThanOrEqual(1);
        // Every failed send says whether a message may exist; one that failed after its message was
        // created must say it may (the caller must not resend).
        if (!row.outcome.startsWith('sent'))
          expect(row.outcome).toMatch(/, mayHaveBeenSent: (?:true|false)$/);
        if (row.messagesCreated === 1 && !row.outcome.startsWith('sent')) {
          expect(row.outcome).toContain('mayHaveBeenSent: true');
        }
        // A refusal that created nothing (429) is retried until the message is sent.
        if (scenario.kind === 'send' && scenario.expectSent === true) expect(row.outcome).toMatch(/^sent /);
      }
      if (row.eventsDelivered !== undefined) expect(row.eventsDelivered).toBeGreaterThan(0);
      expect(row.outcome).not.toMatch(/expected/);
    },
  );
});
