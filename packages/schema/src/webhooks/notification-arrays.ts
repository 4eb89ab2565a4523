// The four arrays a notification carries, in one definition for the Cloud `value` and the On-Premises
// body, and for both the fully typed schemas and the envelopes whose parts stay unparsed.
import * as z from 'zod/mini';

/** The schema of each kind of part a notification lists. */
export interface NotificationPartSchemas<
  Contact extends z.ZodMiniType = z.ZodMiniType,
  Message extends z.ZodMiniType = z.ZodMiniType,
  Status extends z.ZodMiniType = z.ZodMiniType,
  Error extends z.ZodMiniType = z.ZodMiniType,
> {
  /** A sender of `messages`. */
  contact: Contact;
  /** A message a user sent. */
  message: Message;
  /** A status update of a message the business sent. */
  status: Status;
  /** An error not tied to one message. */
  error: Error;
}

/** The parts left unparsed: each array is checked to be an array, its items are not looked at. */
export const unparsedNotificationParts = {
  contact: z.unknown(),
  message: z.unknown(),
  status: z.unknown(),
  error: z.unknown(),
} satisfies NotificationPartSchemas;

/** The `contacts`, `messages`, `statuses` and `errors` arrays, each optional, with the given item schemas. */
export function notificationArrays<
  Contact extends z.ZodMiniType,
  Message extends z.ZodMiniType,
  Status extends z.ZodMiniType,
  Error extends z.ZodMiniType,
>(parts: NotificationPartSchemas<Contact, Message, Status, Error>) {
  return {
    /** The senders of `messages`. */
    contacts: z.optional(z.array(parts.contact)),
    /** Messages users sent. */
    messages: z.optional(z.array(parts.message)),
    /** Status updates of messages the business sent. */
    statuses: z.optional(z.array(parts.status)),
    /** Errors not tied to one message. */
    errors: z.optional(z.array(parts.error)),
  };
}
