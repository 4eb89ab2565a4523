import * as z from 'zod/mini';
import { strictObject } from '../../common/object-schema.ts';
import { boundedText } from '../../validation/rule-check.ts';
import { withRule } from './with-rule.ts';

/** The longest interactive body text, in characters (R-INT-7; also used for location requests, D-18). */
export const MAX_INTERACTIVE_BODY_LENGTH = 1024;

/** The `body` of an interactive message: its main text. */
export const interactiveBodySchema = strictObject({
  /** Optional `"text"`; the location request example of the API sends it (C-17). */
  type: z.optional(z.literal('text')),
  /** The message text, at most 1024 characters; emojis and markdown allowed (R-INT-7). */
  text: withRule(boundedText({ rule: 'R-INT-7', max: MAX_INTERACTIVE_BODY_LENGTH }), 'R-INT-7'),
});

/** The `body` of an interactive message. */
export type InteractiveBody = z.infer<typeof interactiveBodySchema>;
