import * as z from 'zod';
import type { MessageDialect } from '../../common/message-dialect.ts';
import { isPlainObject, isPlainObjectPayload } from '../../common/plain-object.ts';
import { valueCheck } from '../../common/value-check.ts';
import { reportRule } from '../../validation/rule-check.ts';
import { interactiveBodySchema } from './interactive-body.ts';
import { interactiveFooterSchema } from './interactive-footer.ts';
import { interactiveHeaderSchemas } from './interactive-header.ts';
import { replyButtonSchema } from './reply-button.ts';
import { withRule } from './with-rule.ts';

/** The most buttons a reply-button message may have (R-INT-BTN-2). */
export const MAX_REPLY_BUTTONS = 3;

/** 1 to 3 buttons (R-INT-BTN-2), unique titles (R-INT-BTN-4) and unique ids (R-INT-BTN-5, D-8). */
const buttonsCheck = valueCheck<unknown>((action, ctx) => {
  const buttons = (action as { buttons?: unknown }).buttons;
  if (!Array.isArray(buttons)) return;
  if (buttons.length === 0 || buttons.length > MAX_REPLY_BUTTONS) {
    reportRule(ctx, {
      rule: 'R-INT-BTN-2',
      limit: MAX_REPLY_BUTTONS,
      path: ['buttons'],
      message: `has ${buttons.length} buttons; 1 to ${MAX_REPLY_BUTTONS} are allowed`,
    });
  }
  const titles = new Map<string, number>();
  const ids = new Map<string, number>();
  for (let index = 0; index < buttons.length; index++) {
    const button: unknown = buttons[index];
    const reply = isPlainObject(button) ? button.reply : undefined;
    if (!isPlainObject(reply)) continue;
    if (typeof reply.title === 'string') {
      const title = reply.title.trim();
      const first = titles.get(title);
      if (first === undefined) titles.set(title, index);
      else {
        reportRule(ctx, {
          rule: 'R-INT-BTN-4',
          path: ['buttons', index, 'reply', 'title'],
          message: `repeats the title of buttons[${first}]; button titles must be unique`,
        });
      }
    }
    if (typeof reply.id === 'string') {
      const first = ids.get(reply.id);
      if (first === undefined) ids.set(reply.id, index);
      else {
        reportRule(ctx, {
          rule: 'R-INT-BTN-5',
          path: ['buttons', index, 'reply', 'id'],
          message: `repeats the id of buttons[${first}]; button ids must be unique (D-8)`,
        });
      }
    }
  }
}, isPlainObjectPayload);

/** The `action` of a reply-button message: 1 to 3 buttons. */
export const replyButtonsActionSchema = z
  .strictObject({
    /** 1 to 3 buttons with unique titles and ids (R-INT-BTN-1, R-INT-BTN-2). */
    buttons: withRule(z.array(replyButtonSchema), 'R-INT-BTN-1'),
  })
  .check(buttonsCheck);

/** The `action` of a reply-button message. */
export type ReplyButtonsAction = z.infer<typeof replyButtonsActionSchema>;

function buildReplyButtonsInteractive(dialect: MessageDialect) {
  return z.strictObject({
    /** `"button"`: a reply-button message. */
    type: z.literal('button'),
    /** Optional: `text`, `image`, `video` or `document` (R-INT-BTN-8). */
    header: interactiveHeaderSchemas[dialect].optional(),
    /** Required (R-INT-6). */
    body: withRule(interactiveBodySchema, 'R-INT-6'),
    /** Optional (R-INT-8). */
    footer: interactiveFooterSchema.optional(),
    /** The buttons (R-INT-3). */
    action: withRule(replyButtonsActionSchema, 'R-INT-3'),
  });
}

/** A reply-button message: up to 3 buttons the user taps to answer. */
export const replyButtonsInteractiveSchema = buildReplyButtonsInteractive('neutral');
/** A reply-button message on the Cloud API. */
export const cloudReplyButtonsInteractiveSchema = buildReplyButtonsInteractive('cloud');
/** A reply-button message on the On-Premises API. */
export const onPremReplyButtonsInteractiveSchema = buildReplyButtonsInteractive('onprem');

/** The `interactive` object of a reply-button message (`type: "button"`). */
export type ReplyButtonsInteractive = z.infer<typeof replyButtonsInteractiveSchema>;
