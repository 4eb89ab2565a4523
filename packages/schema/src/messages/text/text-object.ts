import * as z from 'zod/mini';
import { strictObject } from '../../common/object-schema.ts';
import { requiredField } from '../../common/required-field.ts';
import { boundedText } from '../../validation/rule-check.ts';

/** The longest text message body, in characters (code points): R-TEXT-2. */
export const MAX_TEXT_BODY_LENGTH = 4096;

/** The `body` of a text message: required, 1 to 4096 characters (R-TEXT-1, R-TEXT-2). */
export const textBodyField = requiredField(
  boundedText({ rule: 'R-TEXT-2', max: MAX_TEXT_BODY_LENGTH, nonEmptyRule: 'R-TEXT-1' }),
  'R-TEXT-1',
);

/**
 * The `text` object of a text message on the Cloud API and in an `OutgoingMessage`: a body of 1 to 4096
 * characters (R-TEXT-1, R-TEXT-2) and the optional `preview_url` (R-TEXT-4).
 */
export const textObjectSchema = strictObject({
  /** The message text: 1 to 4096 characters; URLs and formatting markup (`*bold*`, `_italic_`, …) allowed. */
  body: textBodyField,
  /** `true` shows a preview of the first URL in the body (Cloud API; moved to the top level for On-Premises). */
  preview_url: z.optional(z.boolean()),
});

/** The `text` object of a text message (Cloud API and `OutgoingMessage`). */
export type TextObject = z.infer<typeof textObjectSchema>;
