import * as z from 'zod/mini';
import { strictObject } from '../../common/object-schema.ts';
import { interactiveBodySchema } from './interactive-body.ts';
import { interactiveFooterSchema } from './interactive-footer.ts';
import { interactiveTextHeaderSchema } from './interactive-header.ts';
import { maxLength } from './max-length.ts';
import { withRule } from './with-rule.ts';

/** The longest call button label, in characters (Cloud API documentation). */
export const MAX_VOICE_CALL_DISPLAY_TEXT_LENGTH = 20;
/** The longest call button `payload`, in characters (Cloud API documentation). */
export const MAX_VOICE_CALL_PAYLOAD_LENGTH = 512;

/** `action.parameters` of a call button message; every field is optional. */
export const voiceCallParametersSchema = strictObject({
  /** The button label (default "Call Now"), at most 20 characters. */
  display_text: z.optional(maxLength(MAX_VOICE_CALL_DISPLAY_TEXT_LENGTH)),
  /** How long the button works, in minutes (default 7 days). */
  ttl_minutes: z.optional(z.number().check(z.positive())),
  /** Your tracking string, returned in the call webhooks; at most 512 characters. */
  payload: z.optional(maxLength(MAX_VOICE_CALL_PAYLOAD_LENGTH)),
});

/** A "Call on WhatsApp" button message (Cloud API Calling). */
export const voiceCallInteractiveSchema = strictObject({
  /** `"voice_call"`. */
  type: z.literal('voice_call'),
  /** Optional text header. */
  header: z.optional(interactiveTextHeaderSchema),
  /** Required (R-INT-6). */
  body: withRule(interactiveBodySchema, 'R-INT-6'),
  /** Optional (R-INT-8). */
  footer: z.optional(interactiveFooterSchema),
  /** `name: "voice_call"` and optional parameters (R-INT-3). */
  action: withRule(
    strictObject({
      /** `"voice_call"` (R-INT-ACT-1). */
      name: withRule(z.literal('voice_call'), 'R-INT-ACT-1'),
      /** The button label, lifetime and payload; Meta's defaults apply when left out. */
      parameters: z.optional(voiceCallParametersSchema),
    }),
    'R-INT-3',
  ),
});

/** The `interactive` object of a call button message. */
export type VoiceCallInteractive = z.infer<typeof voiceCallInteractiveSchema>;
