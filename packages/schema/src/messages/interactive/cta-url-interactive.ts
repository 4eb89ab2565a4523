import * as z from 'zod/mini';
import type { MessageDialect } from '../../common/message-dialect.ts';
import { strictObject } from '../../common/object-schema.ts';
import { interactiveBodySchema } from './interactive-body.ts';
import { interactiveFooterSchema } from './interactive-footer.ts';
import { interactiveHeaderSchemas } from './interactive-header.ts';
import { maxLength } from './max-length.ts';
import { withRule } from './with-rule.ts';

/** The longest CTA URL button label, in characters (Cloud API documentation; not in the rule table). */
export const MAX_CTA_URL_DISPLAY_TEXT_LENGTH = 20;

/** `http://` or `https://`, a host, then anything without whitespace. Compiled once. */
const httpUrlPattern = /^https?:\/\/[^\s/?#@]+(?:[/?#]\S*)?$/i;

/** The button of a CTA URL message: its label and the URL it opens. */
export const ctaUrlParametersSchema = strictObject({
  /** The button label, at most 20 characters. */
  display_text: maxLength(MAX_CTA_URL_DISPLAY_TEXT_LENGTH),
  /** The http(s) URL opened in the device's browser when the button is tapped. */
  url: z.string().check((ctx) => {
    if (!httpUrlPattern.test(ctx.value)) {
      ctx.issues.push({
        code: 'custom',
        message: 'must be an absolute http:// or https:// URL',
        input: ctx.value,
        path: [],
      });
    }
  }),
});

/** The `action` of a CTA URL message. */
export const ctaUrlActionSchema = strictObject({
  /** `"cta_url"` (R-INT-ACT-1). */
  name: withRule(z.literal('cta_url'), 'R-INT-ACT-1'),
  /** The button label and URL. */
  parameters: ctaUrlParametersSchema,
});

/** The `action` of a CTA URL message. */
export type CtaUrlAction = z.infer<typeof ctaUrlActionSchema>;

function buildCtaUrlInteractive(dialect: MessageDialect) {
  return strictObject({
    /** `"cta_url"`: a button that opens a URL (Cloud API only). */
    type: z.literal('cta_url'),
    /** Optional: `text`, `image`, `video` or `document`. */
    header: z.optional(interactiveHeaderSchemas[dialect]),
    /** Required (R-INT-6). */
    body: withRule(interactiveBodySchema, 'R-INT-6'),
    /** Optional (R-INT-8). */
    footer: z.optional(interactiveFooterSchema),
    /** The button (R-INT-3). */
    action: withRule(ctaUrlActionSchema, 'R-INT-3'),
  });
}

/** A call-to-action URL button message (Cloud API): maps a URL to a labelled button. */
export const ctaUrlInteractiveSchema = buildCtaUrlInteractive('neutral');
/** A CTA URL button message on the Cloud API. */
export const cloudCtaUrlInteractiveSchema = buildCtaUrlInteractive('cloud');

/** The `interactive` object of a CTA URL button message. */
export type CtaUrlInteractive = z.infer<typeof ctaUrlInteractiveSchema>;
