import * as z from 'zod';
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
export const voiceCallParametersSchema = z.strictObject({
  /** The button label (default "Call Now"), at most 20 characters. */
  display_text: maxLength(MAX_VOICE_CALL_DISPLAY_TEXT_LENGTH).optional(),
  /** How long the button works, in minutes (default 7 days). */
  ttl_minutes: z.number().positive().optional(),
  /** Your tracking string, returned in the call webhooks; at most 512 characters. */
  payload: maxLength(MAX_VOICE_CALL_PAYLOAD_LENGTH).optional(),
});

/** A "Call on WhatsApp" button message (Cloud API Calling). */
export const voiceCallInteractiveSchema = z.strictObject({
  /** `"voice_call"`. */
  type: z.literal('voice_call'),
  /** Optional text header. */
  header: interactiveTextHeaderSchema.optional(),
  /** Required (R-INT-6). */
  body: withRule(interactiveBodySchema, 'R-INT-6'),
  /** Optional (R-INT-8). */
  footer: interactiveFooterSchema.optional(),
  /** `name: "voice_call"` and optional parameters (R-INT-3). */
  action: withRule(
    z.strictObject({
      /** `"voice_call"` (R-INT-ACT-1). */
      name: withRule(z.literal('voice_call'), 'R-INT-ACT-1'),
      /** The button label, lifetime and payload; Meta's defaults apply when left out. */
      parameters: voiceCallParametersSchema.optional(),
    }),
    'R-INT-3',
  ),
});

/** The `interactive` object of a call button message. */
export type VoiceCallInteractive = z.infer<typeof voiceCallInteractiveSchema>;
