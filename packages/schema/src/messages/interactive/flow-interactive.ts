import * as z from 'zod/mini';
import { forbiddenField } from '../../common/forbidden-field.ts';
import { nonEmptyString } from '../../common/non-empty-string.ts';
import { strictObject } from '../../common/object-schema.ts';
import { isPlainObjectPayload } from '../../common/plain-object.ts';
import { valueCheck } from '../../common/value-check.ts';
import { boundedText, reportRule } from '../../validation/rule-check.ts';
import { allowVariants } from './allow-variants.ts';
import { interactiveBodySchema } from './interactive-body.ts';
import { interactiveFooterSchema } from './interactive-footer.ts';
import { interactiveHeaderSchema } from './interactive-header.ts';
import { withRule } from './with-rule.ts';

/** The longest `flow_cta`, in characters (R-INT-FLOW-5). */
export const MAX_FLOW_CTA_LENGTH = 20;

/** Emoji and other pictographs, which `flow_cta` does not allow (R-INT-FLOW-5). Compiled once. */
const pictographPattern = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;

const flowCta = withRule(
  boundedText({ rule: 'R-INT-FLOW-5', max: MAX_FLOW_CTA_LENGTH, nonEmptyRule: 'R-INT-FLOW-5' }).check(
    (ctx) => {
      if (pictographPattern.test(ctx.value)) {
        reportRule(ctx, { rule: 'R-INT-FLOW-5', message: 'must not contain emoji' });
      }
    },
  ),
  'R-INT-FLOW-5',
);

/** The first screen of a Flow and its input (`flow_action_payload`). */
export const flowActionPayloadSchema = strictObject({
  /** The ID of the Flow's first screen (R-INT-FLOW-8). */
  screen: withRule(nonEmptyString('R-INT-FLOW-8'), 'R-INT-FLOW-8'),
  /** Optional input data for the first screen; when given, a non-empty object (R-INT-FLOW-9). */
  data: z.optional(
    withRule(
      z.record(z.string(), z.unknown()).check((ctx) => {
        if (Object.keys(ctx.value).length === 0) {
          reportRule(ctx, {
            rule: 'R-INT-FLOW-9',
            message: 'must not be an empty object; leave it out instead',
          });
        }
      }),
      'R-INT-FLOW-9',
    ),
  ),
});

/** The `flow_action_payload` of a Flows message. */
export type FlowActionPayload = z.infer<typeof flowActionPayloadSchema>;

/** Fields of `action.parameters` shared by both Flow actions. */
const flowParameterShape = {
  /** `draft` or `published` (the default) (R-INT-FLOW-10). */
  mode: z.optional(withRule(z.enum(['draft', 'published']), 'R-INT-FLOW-10')),
  /** Must be `"3"` (R-INT-FLOW-2). */
  flow_message_version: withRule(z.literal('3'), 'R-INT-FLOW-2'),
  /**
   * A token the business generates to identify this Flow session; when given, not empty (R-INT-FLOW-3).
   * The Cloud API uses `"unused"` when it is left out.
   */
  flow_token: z.optional(withRule(nonEmptyString('R-INT-FLOW-3'), 'R-INT-FLOW-3')),
  /** The Flow ID WhatsApp gave the Flow; give it or `flow_name` (R-INT-FLOW-4). */
  flow_id: z.optional(withRule(nonEmptyString('R-INT-FLOW-4'), 'R-INT-FLOW-4')),
  /** The Flow's name, instead of `flow_id` (Cloud API) (R-INT-FLOW-4). */
  flow_name: z.optional(withRule(nonEmptyString('R-INT-FLOW-4'), 'R-INT-FLOW-4')),
  /** The button text: not empty, at most 20 characters, no emoji (R-INT-FLOW-5). */
  flow_cta: flowCta,
};

/** Exactly one of `flow_id` and `flow_name` names the Flow (R-INT-FLOW-4). */
const flowIdentityCheck = valueCheck<unknown>((value, ctx) => {
  const { flow_id: id, flow_name: name } = value as { flow_id?: unknown; flow_name?: unknown };
  if (id === undefined && name === undefined) {
    reportRule(ctx, {
      rule: 'R-INT-FLOW-4',
      path: ['flow_id'],
      message: 'is required: name the Flow by flow_id (or, on the Cloud API, by flow_name)',
    });
  } else if (id !== undefined && name !== undefined) {
    reportRule(ctx, {
      rule: 'R-INT-FLOW-4',
      path: ['flow_name'],
      message: 'cannot be given with flow_id; name the Flow one way',
    });
  }
}, isPlainObjectPayload);

/**
 * `action.parameters` of a Flows message (C-13). With `flow_action` `navigate` or left out (the default),
 * `flow_action_payload` is optional (without it the Flow opens at its first screen); with `data_exchange`
 * it is not allowed (R-INT-FLOW-7, D-7). The Flow is named by `flow_id` or `flow_name` (R-INT-FLOW-4).
 */
export const flowParametersSchema = withRule(
  z
    .discriminatedUnion('flow_action', [
      strictObject({
        ...flowParameterShape,
        /** `navigate` (the default): the message names the first screen (R-INT-FLOW-6). */
        flow_action: z.optional(z.literal('navigate')),
        /** The first screen and its data; optional with `navigate` (R-INT-FLOW-7, D-7). */
        flow_action_payload: z.optional(withRule(flowActionPayloadSchema, 'R-INT-FLOW-7')),
      }),
      strictObject({
        ...flowParameterShape,
        /** `data_exchange`: your endpoint supplies the first screen (R-INT-FLOW-6). */
        flow_action: z.literal('data_exchange'),
        /** Not allowed with `data_exchange` (R-INT-FLOW-7, D-7). */
        flow_action_payload: forbiddenField(
          'R-INT-FLOW-7',
          'is not allowed with flow_action "data_exchange": your endpoint supplies the first screen',
        ),
      }),
    ])
    .check(flowIdentityCheck),
  'R-INT-FLOW-6',
);

/** `action.parameters` of a Flows message. */
export type FlowParameters = z.infer<typeof flowParametersSchema>;

/** The `action` of a Flows message. */
export const flowActionSchema = strictObject({
  /** `"flow"` (R-INT-FLOW-1, R-INT-ACT-1). */
  name: withRule(z.literal('flow'), 'R-INT-FLOW-1'),
  /** The Flow fields (R-INT-FLOW-1, C-13). */
  parameters: withRule(flowParametersSchema, 'R-INT-FLOW-1'),
});

/** The `action` of a Flows message. */
export type FlowAction = z.infer<typeof flowActionSchema>;

/** A Flows message: a button that opens a multi-screen Flow (not shown on WhatsApp Web, R-INT-FLOW-11). */
export const flowInteractiveSchema = strictObject({
  /** `"flow"`. */
  type: z.literal('flow'),
  /** Optional; a `text` header only (R-INT-HDR-2, R-INT-HDR-3, C-28). */
  header: z.optional(allowVariants(interactiveHeaderSchema, ['text'], 'R-INT-HDR-3', 'a Flows message')),
  /** Required (R-INT-6). */
  body: withRule(interactiveBodySchema, 'R-INT-6'),
  /** Optional (R-INT-8). */
  footer: z.optional(interactiveFooterSchema),
  /** `name: "flow"` and the Flow parameters (R-INT-3). */
  action: withRule(flowActionSchema, 'R-INT-3'),
});

/** The `interactive` object of a Flows message. */
export type FlowInteractive = z.infer<typeof flowInteractiveSchema>;
