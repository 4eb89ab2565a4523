import type { ContactObject } from '../contacts/contact-object.ts';
import type { ContactsMessage } from '../outgoing-message.ts';
import { type MessageOptions, type MessageRecipient, messageEnvelope } from './message-options.ts';

/**
 * Builds a contacts message from one contact card or several.
 *
 * @example
 * ```ts
 * contactsMessage('15551234567', {
 *   name: { formatted_name: 'Ana Lima', first_name: 'Ana', last_name: 'Lima' },
 *   phones: [{ phone: '+55 11 5555 0100', type: 'WORK' }],
 * });
 * ```
 */
export function contactsMessage(
  to: MessageRecipient,
  contacts: ContactObject | readonly ContactObject[],
  options?: MessageOptions,
): ContactsMessage {
  const list = Array.isArray(contacts) ? [...contacts] : [contacts as ContactObject];
  return { ...messageEnvelope(to, options), type: 'contacts', contacts: list };
}
