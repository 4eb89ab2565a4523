import type { LocationObject } from '../location/location-object.ts';
import type { LocationMessage } from '../outgoing-message.ts';
import { type MessageOptions, type MessageRecipient, messageEnvelope } from './message-options.ts';

/**
 * Builds a location message. Coordinates are decimal degrees, as numbers or numeric strings (D-2).
 *
 * @example
 * ```ts
 * locationMessage('15551234567', { latitude: 52.52, longitude: 13.405, name: 'Office', address: 'Alexanderplatz 1, Berlin' });
 * ```
 */
export function locationMessage(
  to: MessageRecipient,
  location: LocationObject,
  options?: MessageOptions,
): LocationMessage {
  return { ...messageEnvelope(to, options), type: 'location', location: { ...location } };
}
