import * as z from 'zod/mini';
import { forbiddenField } from '../../common/forbidden-field.ts';
import { strictObject } from '../../common/object-schema.ts';
import { interactiveBodySchema } from './interactive-body.ts';
import { withRule } from './with-rule.ts';

/** The `action` of a location request: `{ "name": "send_location" }` and nothing else (R-INT-LOCREQ-3). */
export const locationRequestActionSchema = strictObject({
  /** `"send_location"` (R-INT-LOCREQ-3, R-INT-ACT-1). */
  name: withRule(z.literal('send_location'), 'R-INT-LOCREQ-3'),
});

/**
 * A location request message: body text and a "Send location" button (R-INT-LOCREQ-1). The answer arrives
 * as an inbound `location` message (R-INT-LOCREQ-4).
 */
export const locationRequestInteractiveSchema = strictObject({
  /** `"location_request_message"` (R-INT-LOCREQ-1). */
  type: z.literal('location_request_message'),
  /** Not accepted: the API documents no header for location requests (D-10). */
  header: forbiddenField(undefined, 'a location request message takes no header (D-10)'),
  /** Required: the text above the button, at most 1024 characters; `type: "text"` may be given (R-INT-LOCREQ-2, C-17, D-18). */
  body: withRule(interactiveBodySchema, 'R-INT-LOCREQ-2'),
  /** `name: "send_location"` (R-INT-3). */
  action: withRule(locationRequestActionSchema, 'R-INT-3'),
});

/** The `interactive` object of a location request message. */
export type LocationRequestInteractive = z.infer<typeof locationRequestInteractiveSchema>;
