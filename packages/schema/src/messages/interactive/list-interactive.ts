import * as z from 'zod/mini';
import { strictObject } from '../../common/object-schema.ts';
import { boundedText } from '../../validation/rule-check.ts';
import { allowVariants } from './allow-variants.ts';
import { interactiveBodySchema } from './interactive-body.ts';
import { interactiveFooterSchema } from './interactive-footer.ts';
import { interactiveHeaderSchema } from './interactive-header.ts';
import { listSectionSchema } from './list-section.ts';
import { sectionsCheck } from './section-checks.ts';
import { withRule } from './with-rule.ts';

/** The longest list button label, in characters (R-INT-LIST-1). */
export const MAX_LIST_BUTTON_LENGTH = 20;
/** The most rows a list message may have, across all sections (R-INT-LIST-5). */
export const MAX_LIST_ROWS = 10;

/** The `action` of a list message: the button label and the sections of rows. */
export const listActionSchema = strictObject({
  /** The label of the button that opens the list: not empty, at most 20 characters, no markdown (R-INT-LIST-1). */
  button: withRule(
    boundedText({ rule: 'R-INT-LIST-1', max: MAX_LIST_BUTTON_LENGTH, nonEmptyRule: 'R-INT-LIST-1' }),
    'R-INT-LIST-1',
  ),
  /** 1 to 10 sections (R-INT-LIST-2) holding at most 10 rows in all (R-INT-LIST-5). */
  sections: withRule(z.array(listSectionSchema), 'R-INT-LIST-2'),
}).check(
  sectionsCheck({
    what: 'a list message',
    sectionCount: 'R-INT-LIST-2',
    title: 'R-INT-LIST-3',
    itemsKey: 'rows',
    itemName: 'row',
    itemsPerSection: 'R-INT-LIST-4',
    totalItems: 'R-INT-LIST-5',
    maxItems: MAX_LIST_ROWS,
    uniqueId: { rule: 'R-INT-LIST-7', key: 'id' },
  }),
);

/** The `action` of a list message. */
export type ListAction = z.infer<typeof listActionSchema>;

/** A list message: a button that opens a menu of up to 10 rows in up to 10 sections. */
export const listInteractiveSchema = strictObject({
  /** `"list"`. */
  type: z.literal('list'),
  /** Optional; a `text` header only (R-INT-LIST-9). */
  header: z.optional(allowVariants(interactiveHeaderSchema, ['text'], 'R-INT-LIST-9', 'a list message')),
  /** Required (R-INT-6). */
  body: withRule(interactiveBodySchema, 'R-INT-6'),
  /** Optional (R-INT-8). */
  footer: z.optional(interactiveFooterSchema),
  /** The button and sections (R-INT-3). */
  action: withRule(listActionSchema, 'R-INT-3'),
});

/** The `interactive` object of a list message. */
export type ListInteractive = z.infer<typeof listInteractiveSchema>;
