import * as z from 'zod/mini';
import { strictObject } from '../../common/object-schema.ts';
import { boundedText, reportRule } from '../../validation/rule-check.ts';
import { withRule } from './with-rule.ts';

/** The longest reply-button title, in characters (R-INT-BTN-4). */
export const MAX_REPLY_BUTTON_TITLE_LENGTH = 20;
/** The longest reply-button id, in characters (R-INT-BTN-5). */
export const MAX_REPLY_BUTTON_ID_LENGTH = 256;

const buttonId = withRule(
  boundedText({ rule: 'R-INT-BTN-5', max: MAX_REPLY_BUTTON_ID_LENGTH }).check((ctx) => {
    if (ctx.value !== ctx.value.trim()) {
      reportRule(ctx, { rule: 'R-INT-BTN-6', message: 'must not start or end with a space' });
    }
  }),
  'R-INT-BTN-5',
);

/** The id and title of a reply button (R-INT-BTN-7). */
export const replyButtonReplySchema = strictObject({
  /** Returned in the webhook when the button is tapped: at most 256 characters, no leading or trailing space, unique in the message (R-INT-BTN-5, R-INT-BTN-6, D-8). */
  id: buttonId,
  /** The button label: not empty, at most 20 characters, unique in the message, no markdown (R-INT-BTN-4). */
  title: withRule(
    boundedText({ rule: 'R-INT-BTN-4', max: MAX_REPLY_BUTTON_TITLE_LENGTH, nonEmptyRule: 'R-INT-BTN-4' }),
    'R-INT-BTN-4',
  ),
});

/** One reply button: `{ "type": "reply", "reply": { "id", "title" } }` (R-INT-BTN-7). */
export const replyButtonSchema = strictObject({
  /** `"reply"`, the only button type (R-INT-BTN-3). */
  type: withRule(z.literal('reply'), 'R-INT-BTN-3'),
  /** The id and title (R-INT-BTN-7). */
  reply: withRule(replyButtonReplySchema, 'R-INT-BTN-7'),
});

/** One button of a reply-button message. */
export type ReplyButton = z.infer<typeof replyButtonSchema>;
