import { describe, expect, it } from 'vitest';
import { issuesOf } from '../__fixtures__/issues-of.ts';
import { listActionSchema } from './list-interactive.ts';
import { productListInteractiveSchema } from './product-list-interactive.ts';

const row = (id: string) => ({ id, title: 'Row' });
const rows = (count: number, prefix: string) =>
  Array.from({ length: count }, (_, i) => row(`${prefix}-${i}`));

/** Three sections whose ids repeat: `x` at [0][1], [1][0] and [2][2]; `y` at [1][1] and [2][0]. `filler` rows pad the first section. */
function repeatedIds(filler: number) {
  return {
    button: 'Slots',
    sections: [
      { title: 'A', rows: [row('a'), row('x'), ...rows(filler, 'f')] },
      { title: 'B', rows: [row('x'), row('y')] },
      { title: 'C', rows: [row('y'), row('b'), row('x')] },
    ],
  };
}

describe('sections check', () => {
  // Few rows are compared with the earlier rows; many rows go through a map. Both name the first row.
  it.each([
    ['few rows', 0],
    ['many rows', 40],
  ])('R-INT-LIST-7 names the first row with a repeated id (D-8): %s', (_, filler) => {
    const repeats = issuesOf(listActionSchema, repeatedIds(filler)).filter(
      (issue) => issue.rule === 'R-INT-LIST-7',
    );
    expect(repeats).toEqual([
      {
        path: '$.sections[1].rows[0].id',
        rule: 'R-INT-LIST-7',
        message: 'repeats the id of sections[0].rows[1]; each row needs its own id (D-8)',
      },
      {
        path: '$.sections[2].rows[0].id',
        rule: 'R-INT-LIST-7',
        message: 'repeats the id of sections[1].rows[1]; each row needs its own id (D-8)',
      },
      {
        path: '$.sections[2].rows[2].id',
        rule: 'R-INT-LIST-7',
        message: 'repeats the id of sections[0].rows[1]; each row needs its own id (D-8)',
      },
    ]);
  });

  it('R-INT-LIST-5 counts rows across sections, whether they are few or many', () => {
    expect(issuesOf(listActionSchema, repeatedIds(40)).map((issue) => issue.rule)).toContain('R-INT-LIST-5');
    expect(issuesOf(listActionSchema, { button: 'Slots', sections: [{ rows: rows(10, 'r') }] })).toEqual([]);
  });

  it('D-8 makes list row ids unique, not products: the same product may sit in two sections', () => {
    const items = [{ product_retailer_id: 'sku-1' }];
    const value = {
      type: 'product_list',
      header: { type: 'text', text: 'Menu' },
      body: { text: 'Pick' },
      action: {
        catalog_id: 'c-1',
        sections: [
          { title: 'A', product_items: items },
          { title: 'B', product_items: items },
        ],
      },
    };
    expect(issuesOf(productListInteractiveSchema, value)).toEqual([]);
  });
});
