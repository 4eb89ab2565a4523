// TEMPORARY until @wa/schema exports toOnPremSendRequest.
import type { OutgoingMessage } from '@wa/schema';

export function toOnPremSendRequest(
  message: OutgoingMessage,
  _options: {
    clientVersion?: string | undefined;
    legacyHsm?: boolean | undefined;
    validate?: boolean | undefined;
  },
): unknown {
  return message;
}
