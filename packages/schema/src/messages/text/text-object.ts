import * as z from 'zod/mini';
import { forbiddenField } from '../../common/forbidden-field.ts';
import { strictObject } from '../../common/object-schema.ts';
import { requiredField } from '../../common/required-field.ts';
import { boundedText } from '../../validation/rule-check.ts';

/** The longest text message body, in characters (code points): R-TEXT-2. */
export const MAX_TEXT_BODY_LENGTH = 4096;

const bodyField = requiredField(
  boundedText({ rule: 'R-TEXT-2', max: MAX_TEXT_BODY_LENGTH, nonEmptyRule: 'R-TEXT-1' }),
  'R-TEXT-1',
);

/**
 * The `text` object of a text message on the Cloud API and in an `OutgoingMessage`: a body of 1 to 4096
 * characters (R-TEXT-1, R-TEXT-2) and the optional `preview_url` (R-TEXT-4).
 */
export const textObjectSchema = strictObject({
  /** The message text: 1 to 4096 characters; URLs and formatting markup (`*bold*`, `_italic_`, …) allowed. */
  body: bodyField,
  /** `true` shows a preview of the first URL in the body (Cloud API; moved to the top level for On-Premises). */
  preview_url: z.optional(z.boolean()),
});

/** The `text` object of a text message (Cloud API and `OutgoingMessage`). */
export type TextObject = z.infer<typeof textObjectSchema>;

/**
 * The `text` object of an On-Premises text message: only the body. The URL preview switch is the
 * top-level `preview_url` of the request there (R-REQ-20).
 */
export const onPremTextObjectSchema = strictObject({
  /** The message text: 1 to 4096 characters. */
  body: bodyField,
  /** On-Premises takes `preview_url` at the top level of the request, not here (R-REQ-20). */
  preview_url: forbiddenField(
    'R-REQ-20',
    'the On-Premises API takes preview_url at the top level of the request, not inside text',
  ),
});

/** The `text` object of an On-Premises text message. */
export type OnPremTextObject = z.infer<typeof onPremTextObjectSchema>;
