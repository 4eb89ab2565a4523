import * as z from 'zod/mini';
import { strictObject } from '../../common/object-schema.ts';
import { boundedText } from '../../validation/rule-check.ts';
import { withRule } from './with-rule.ts';

/** The longest row id, in characters (R-INT-LIST-7). */
export const MAX_LIST_ROW_ID_LENGTH = 200;
/** The longest row title, in characters (R-INT-LIST-6). */
export const MAX_LIST_ROW_TITLE_LENGTH = 24;
/** The longest row description, in characters (R-INT-LIST-8). */
export const MAX_LIST_ROW_DESCRIPTION_LENGTH = 72;

/** One choice of a list message. */
export const listRowSchema = strictObject({
  /** Returned in the webhook when the user picks the row; at most 200 characters, unique in the message (R-INT-LIST-7, D-8). */
  id: withRule(boundedText({ rule: 'R-INT-LIST-7', max: MAX_LIST_ROW_ID_LENGTH }), 'R-INT-LIST-7'),
  /** The row title, at most 24 characters (R-INT-LIST-6). */
  title: withRule(boundedText({ rule: 'R-INT-LIST-6', max: MAX_LIST_ROW_TITLE_LENGTH }), 'R-INT-LIST-6'),
  /** An optional line under the title, at most 72 characters (R-INT-LIST-8). */
  description: z.optional(boundedText({ rule: 'R-INT-LIST-8', max: MAX_LIST_ROW_DESCRIPTION_LENGTH })),
});

/** One row of a list message section. */
export type ListRow = z.infer<typeof listRowSchema>;
