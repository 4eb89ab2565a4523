import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { behaviourRules } from './behaviour-rules.ts';
import { coreRules } from './core-rules.ts';
import type { RuleDefinition } from './rule-definition.ts';

const readme = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
const table: Record<string, RuleDefinition> = { ...coreRules, ...behaviourRules };

describe('core and behaviour rules', () => {
  it.each([
    ['REQ', 22],
    ['TEXT', 4],
    ['FMT', 5],
    ['MEDIA', 15],
    ['STK', 5],
    ['CONT', 12],
    ['LOC', 4],
    ['HTTP', 7],
    ['DLV', 12],
    ['ERR', 5],
    ['PERF', 3],
    ['VER', 11],
  ])('R-%s-1 … R-%s-%d are all recorded, and no other', (area, count) => {
    const ids = Object.keys(table).filter((id) => id.startsWith(`R-${area}-`));
    expect(ids).toEqual(Array.from({ length: count }, (_, index) => `R-${area}-${index + 1}`));
  });

  it('every rule has a one-sentence summary', () => {
    for (const [id, rule] of Object.entries(table)) {
      expect(rule.summary.length, id).toBeGreaterThan(20);
      expect(rule.summary.endsWith('.'), id).toBe(true);
    }
  });

  // Rules nothing in this package can check: each is explained in the README (or implemented by the
  // transports, which the README says too).
  it.each([
    'R-REQ-2',
    'R-REQ-3',
    'R-REQ-22',
    'R-FMT-1',
    'R-FMT-2',
    'R-FMT-3',
    'R-FMT-4',
    'R-FMT-5',
    'R-MEDIA-6',
    'R-MEDIA-7',
    'R-MEDIA-8',
    'R-MEDIA-14',
    'R-MEDIA-15',
    'R-STK-2',
    'R-STK-3',
    'R-STK-4',
    'R-STK-5',
    'R-TEXT-3',
    'R-HTTP-1',
    'R-HTTP-2',
    'R-HTTP-3',
    'R-HTTP-4',
    'R-HTTP-5',
    'R-HTTP-6',
    'R-HTTP-7',
    'R-DLV-1',
    'R-DLV-2',
    'R-DLV-3',
    'R-DLV-4',
    'R-DLV-5',
    'R-DLV-6',
    'R-DLV-7',
    'R-DLV-8',
    'R-DLV-9',
    'R-DLV-11',
    'R-DLV-12',
    'R-ERR-1',
    'R-ERR-2',
    'R-ERR-3',
    'R-ERR-4',
    'R-ERR-5',
    'R-PERF-1',
    'R-PERF-2',
    'R-PERF-3',
    'R-VER-1',
    'R-VER-2',
    'R-VER-7',
    'R-VER-8',
    'R-VER-9',
    'R-VER-10',
    'R-VER-11',
  ])('%s is not checked by a schema and is explained in the README', (id) => {
    expect(table[id]?.enforcement).not.toBe('schema');
    expect(readme).toMatch(new RegExp(`\\b${id}\\b(?!\\d)`));
  });

  it('the rules above are exactly those not enforced by a schema', () => {
    const unchecked = Object.entries(table).filter(([, rule]) => rule.enforcement !== 'schema');
    expect(unchecked).toHaveLength(51);
  });
});
