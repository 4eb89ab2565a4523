// Placeholder until the dialect-neutral outgoing message schema lands in this file.
/** A message to send, in the dialect-neutral shape both transports accept. */
export type OutgoingMessage = { to: string; type?: string } & Record<string, unknown>;
