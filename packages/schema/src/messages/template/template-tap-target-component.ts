import * as z from 'zod/mini';
import { nonEmptyString } from '../../common/non-empty-string.ts';
import { strictObject } from '../../common/object-schema.ts';

/** The title and URL of a tap target. */
const tapTarget = strictObject({
  /** The URL opened when the message is tapped. */
  url: nonEmptyString(),
  /** The title shown on the tap target. */
  title: nonEmptyString(),
});

/**
 * The tap target configuration component of a template message (Cloud API): makes an image, text or
 * header-less template act as a call-to-action URL button with a custom title. Meta's documentation writes
 * `tap_target_configuration` as a list of one `{ url, title }`; a single object is accepted too.
 */
export const templateTapTargetComponentSchema = strictObject({
  /** `"tap_target_configuration"`. */
  type: z.literal(['tap_target_configuration', 'TAP_TARGET_CONFIGURATION']),
  /** One `tap_target_configuration` parameter. */
  parameters: z.array(
    strictObject({
      /** `"tap_target_configuration"`. */
      type: z.literal('tap_target_configuration'),
      /** The title and URL, as a list of one or as one object. */
      tap_target_configuration: z.union([z.array(tapTarget), tapTarget]),
    }),
  ),
});

/** The tap target configuration component of a template message. */
export type TemplateTapTargetComponent = z.infer<typeof templateTapTargetComponentSchema>;
