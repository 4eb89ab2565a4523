import * as z from 'zod/mini';
import { strictObject } from '../../common/object-schema.ts';
import { boundedText } from '../../validation/rule-check.ts';
import { listRowSchema } from './list-row.ts';
import { withRule } from './with-rule.ts';

/** The longest section title, in characters (R-INT-LIST-3, R-INT-PL-5). */
export const MAX_SECTION_TITLE_LENGTH = 24;

/** A titled group of rows in a list message. */
export const listSectionSchema = strictObject({
  /** The section title, at most 24 characters; required when the list has more than one section (R-INT-LIST-3). */
  title: z.optional(boundedText({ rule: 'R-INT-LIST-3', max: MAX_SECTION_TITLE_LENGTH })),
  /** The rows, at least one (R-INT-LIST-4); at most 10 across all sections (R-INT-LIST-5). */
  rows: withRule(z.array(listRowSchema), 'R-INT-LIST-4'),
});

/** One section of a list message. */
export type ListSection = z.infer<typeof listSectionSchema>;
