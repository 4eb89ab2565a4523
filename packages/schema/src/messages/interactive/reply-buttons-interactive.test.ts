import { describe, expect, it } from 'vitest';
import { issuesOf } from '../__fixtures__/issues-of.ts';
import { replyButtonsActionSchema } from './reply-buttons-interactive.ts';

const button = (id: string, title: string) => ({ type: 'reply', reply: { id, title } });

/** Buttons 1 and 3 repeat the title of button 0 (once after trimming); button 2 repeats the id of button 1. */
function repeats(extra: number) {
  return [
    button('a', 'Yes'),
    button('b', 'No'),
    button('b', 'Maybe'),
    button('c', ' Yes '),
    ...Array.from({ length: extra }, (_, i) => button(`extra-${i}`, `Extra ${i}`)),
  ];
}

describe('reply buttons check', () => {
  // Few buttons are compared with the earlier ones; many go through maps. Both name the first button.
  it.each([
    ['few buttons', 0],
    ['many buttons', 40],
  ])('R-INT-BTN-4 and R-INT-BTN-5 name the first button with a repeated title or id: %s', (_, extra) => {
    const issues = issuesOf(replyButtonsActionSchema, { buttons: repeats(extra) }).filter(
      (issue) => issue.rule !== 'R-INT-BTN-2',
    );
    expect(issues).toEqual([
      {
        path: '$.buttons[2].reply.id',
        rule: 'R-INT-BTN-5',
        message: 'repeats the id of buttons[1]; button ids must be unique (D-8)',
      },
      {
        path: '$.buttons[3].reply.title',
        rule: 'R-INT-BTN-4',
        message: 'repeats the title of buttons[0]; button titles must be unique',
      },
    ]);
  });

  it('R-INT-BTN-2 rejects more than 3 buttons, whether few or many', () => {
    expect(issuesOf(replyButtonsActionSchema, { buttons: repeats(40) }).map((issue) => issue.rule)).toContain(
      'R-INT-BTN-2',
    );
    expect(issuesOf(replyButtonsActionSchema, { buttons: [button('a', 'Yes'), button('b', 'No')] })).toEqual(
      [],
    );
  });
});
