import type * as z from 'zod/mini';
import { strictObject } from '../../common/object-schema.ts';
import { boundedText } from '../../validation/rule-check.ts';
import { withRule } from './with-rule.ts';

/** The longest interactive footer text, in characters (R-INT-8). */
export const MAX_INTERACTIVE_FOOTER_LENGTH = 60;

/** The optional `footer` of an interactive message. */
export const interactiveFooterSchema = strictObject({
  /** The footer text, at most 60 characters; emojis, markdown and links allowed (R-INT-8). */
  text: withRule(boundedText({ rule: 'R-INT-8', max: MAX_INTERACTIVE_FOOTER_LENGTH }), 'R-INT-8'),
});

/** The `footer` of an interactive message. */
export type InteractiveFooter = z.infer<typeof interactiveFooterSchema>;
