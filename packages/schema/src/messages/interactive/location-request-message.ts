import type { InteractiveMessagePayload } from './interactive-message-payload.ts';
import { interactiveMessage } from './interactive-message-payload.ts';
import type { LocationRequestInteractive } from './location-request-interactive.ts';

/** Options of {@link locationRequestMessage}. */
export interface LocationRequestMessageOptions {
  /** The recipient's WhatsApp ID or phone number. */
  to: string;
  /** The text above the "Send location" button, at most 1024 characters (R-INT-LOCREQ-2, D-18). */
  body: string;
}

/**
 * Builds a location request message (`action.name: "send_location"`). The answer arrives as an inbound
 * `location` message. Pure: nothing is validated at call time.
 *
 * @example
 * ```ts
 * const message = locationRequestMessage({ to: '15551234567', body: 'Where should we deliver?' });
 * ```
 */
export function locationRequestMessage(
  options: LocationRequestMessageOptions,
): InteractiveMessagePayload<LocationRequestInteractive> {
  return interactiveMessage(options.to, {
    type: 'location_request_message',
    body: { type: 'text', text: options.body },
    action: { name: 'send_location' },
  });
}
