import type { ReactionMessage } from '../outgoing-message.ts';
import { type MessageRecipient, messageEnvelope } from './message-options.ts';

/**
 * Builds a reaction message (Cloud API only): `emoji` on the message `messageId`. An empty `emoji` removes
 * the reaction sent before.
 *
 * @example
 * ```ts
 * reactionMessage('15551234567', 'wamid.HBgL…', '👍');
 * reactionMessage('15551234567', 'wamid.HBgL…', ''); // removes it again
 * ```
 */
export function reactionMessage(to: MessageRecipient, messageId: string, emoji: string): ReactionMessage {
  return { ...messageEnvelope(to, undefined), type: 'reaction', reaction: { message_id: messageId, emoji } };
}
