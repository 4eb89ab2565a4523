// The four arrays a notification carries, in one definition for the Cloud `value` and the On-Premises
// body, and for both the fully typed schemas and the envelopes whose parts stay unparsed.
import * as z from 'zod';

/** The schema of each kind of part a notification lists. */
export interface NotificationPartSchemas<
  Contact extends z.ZodType = z.ZodType,
  Message extends z.ZodType = z.ZodType,
  Status extends z.ZodType = z.ZodType,
  Error extends z.ZodType = z.ZodType,
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
  Contact extends z.ZodType,
  Message extends z.ZodType,
  Status extends z.ZodType,
  Error extends z.ZodType,
>(parts: NotificationPartSchemas<Contact, Message, Status, Error>) {
  return {
    /** The senders of `messages`. */
    contacts: z.array(parts.contact).optional(),
    /** Messages users sent. */
    messages: z.array(parts.message).optional(),
    /** Status updates of messages the business sent. */
    statuses: z.array(parts.status).optional(),
    /** Errors not tied to one message. */
    errors: z.array(parts.error).optional(),
  };
}
