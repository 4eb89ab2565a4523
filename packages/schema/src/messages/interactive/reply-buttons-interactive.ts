import * as z from 'zod/mini';
import type { MessageDialect } from '../../common/message-dialect.ts';
import { strictObject } from '../../common/object-schema.ts';
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

/** Up to this many buttons, repeats are found by comparing with the earlier buttons (no map to build). */
const SCAN_LIMIT = 32;

/** The `reply` object of button `index`, when the button and its reply are objects. */
function replyOf(buttons: readonly unknown[], index: number): Record<string, unknown> | undefined {
  const button: unknown = buttons[index];
  const reply = isPlainObject(button) ? button.reply : undefined;
  return isPlainObject(reply) ? reply : undefined;
}

/**
 * The index of the first button before `index` whose `reply.id` equals `value`, or whose `reply.title`
 * equals it after trimming (titles are compared trimmed).
 */
function findEarlier(
  buttons: readonly unknown[],
  index: number,
  key: 'id' | 'title',
  value: string,
): number | undefined {
  for (let earlier = 0; earlier < index; earlier++) {
    const field = replyOf(buttons, earlier)?.[key];
    if (typeof field !== 'string') continue;
    if ((key === 'title' ? field.trim() : field) === value) return earlier;
  }
  return undefined;
}

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
  // Few buttons (any valid message has at most 3) are compared with the earlier ones; many go through maps.
  const titles = buttons.length > SCAN_LIMIT ? new Map<string, number>() : undefined;
  const ids = buttons.length > SCAN_LIMIT ? new Map<string, number>() : undefined;
  for (let index = 0; index < buttons.length; index++) {
    const reply = replyOf(buttons, index);
    if (reply === undefined) continue;
    if (typeof reply.title === 'string') {
      const title = reply.title.trim();
      const first = titles === undefined ? findEarlier(buttons, index, 'title', title) : titles.get(title);
      if (first === undefined) titles?.set(title, index);
      else {
        reportRule(ctx, {
          rule: 'R-INT-BTN-4',
          path: ['buttons', index, 'reply', 'title'],
          message: `repeats the title of buttons[${first}]; button titles must be unique`,
        });
      }
    }
    if (typeof reply.id === 'string') {
      const first = ids === undefined ? findEarlier(buttons, index, 'id', reply.id) : ids.get(reply.id);
      if (first === undefined) ids?.set(reply.id, index);
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
export const replyButtonsActionSchema = strictObject({
  /** 1 to 3 buttons with unique titles and ids (R-INT-BTN-1, R-INT-BTN-2). */
  buttons: withRule(z.array(replyButtonSchema), 'R-INT-BTN-1'),
}).check(buttonsCheck);

/** The `action` of a reply-button message. */
export type ReplyButtonsAction = z.infer<typeof replyButtonsActionSchema>;

function buildReplyButtonsInteractive(dialect: MessageDialect) {
  return strictObject({
    /** `"button"`: a reply-button message. */
    type: z.literal('button'),
    /** Optional: `text`, `image`, `video` or `document` (R-INT-BTN-8). */
    header: z.optional(interactiveHeaderSchemas[dialect]),
    /** Required (R-INT-6). */
    body: withRule(interactiveBodySchema, 'R-INT-6'),
    /** Optional (R-INT-8). */
    footer: z.optional(interactiveFooterSchema),
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
