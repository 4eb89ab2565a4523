import type { FlowInteractive, FlowParameters } from './flow-interactive.ts';
import type {
  InteractiveMessageBaseOptions,
  InteractiveMessagePayload,
} from './interactive-message-payload.ts';
import { footerPart, interactiveMessage } from './interactive-message-payload.ts';

/** Options of {@link flowMessage} shared by both Flow actions. */
interface FlowMessageCommonOptions extends InteractiveMessageBaseOptions {
  /** The Flow ID WhatsApp gave the Flow (R-INT-FLOW-4). */
  flowId: string;
  /** A token you generate to recognise this Flow session (R-INT-FLOW-3). */
  flowToken: string;
  /** The button text: at most 20 characters, no emoji (R-INT-FLOW-5). */
  flowCta: string;
  /** `draft` to test an unpublished Flow; `published` (the API default) otherwise (R-INT-FLOW-10). */
  mode?: 'draft' | 'published' | undefined;
  /** An optional text header, at most 60 characters. */
  header?: string | undefined;
}

/** Options of {@link flowMessage}: open the Flow at a screen you name (`navigate`, the default). */
export interface FlowMessageNavigateOptions extends FlowMessageCommonOptions {
  /** `navigate` (the default). */
  flowAction?: 'navigate' | undefined;
  /** The ID of the first screen (R-INT-FLOW-8). */
  screen: string;
  /** Optional input for the first screen; a non-empty object (R-INT-FLOW-9). */
  data?: Record<string, unknown> | undefined;
}

/** Options of {@link flowMessage}: your endpoint supplies the first screen (`data_exchange`). */
export interface FlowMessageDataExchangeOptions extends FlowMessageCommonOptions {
  /** `data_exchange`. */
  flowAction: 'data_exchange';
}

/** Options of {@link flowMessage}. */
export type FlowMessageOptions = FlowMessageNavigateOptions | FlowMessageDataExchangeOptions;

/**
 * Builds a Flows message (`action.name: "flow"`, `flow_message_version: "3"`). With `navigate` (the
 * default) you name the first screen; with `data_exchange` you don't (D-7). Pure: nothing is validated at
 * call time.
 *
 * @example
 * ```ts
 * const message = flowMessage({
 *   to: '15551234567',
 *   body: 'Book your table',
 *   flowId: '1234567890',
 *   flowToken: 'booking-7f3a',
 *   flowCta: 'Book',
 *   screen: 'BOOKING',
 *   data: { party_size: 2 },
 * });
 * ```
 */
export function flowMessage(options: FlowMessageOptions): InteractiveMessagePayload<FlowInteractive> {
  const { to, body, footer, header, flowId, flowToken, flowCta, mode } = options;
  const common = {
    ...(mode === undefined ? {} : { mode }),
    flow_message_version: '3' as const,
    flow_token: flowToken,
    flow_id: flowId,
    flow_cta: flowCta,
  };
  let parameters: FlowParameters;
  if (options.flowAction === 'data_exchange') {
    parameters = { ...common, flow_action: 'data_exchange' };
  } else {
    const { flowAction, screen, data } = options;
    parameters = {
      ...common,
      ...(flowAction === undefined ? {} : { flow_action: flowAction }),
      flow_action_payload: { screen, ...(data === undefined ? {} : { data }) },
    };
  }
  return interactiveMessage(to, {
    type: 'flow',
    ...(header === undefined ? {} : { header: { type: 'text', text: header } }),
    body: { text: body },
    ...footerPart(footer),
    action: { name: 'flow', parameters },
  });
}
