import type * as z from 'zod/mini';
import { nonEmptyString } from '../../common/non-empty-string.ts';
import { strictObject } from '../../common/object-schema.ts';
import { requiredField } from '../../common/required-field.ts';

/** The reply `context` of a Cloud API message: the ID of the earlier message it replies to (R-REQ-18). */
export const contextObjectSchema = strictObject({
  /** The ID (`wamid.…`) of the message being replied to. */
  message_id: requiredField(nonEmptyString('R-REQ-18'), 'R-REQ-18'),
});

/** The reply `context` of a Cloud API message. */
export type ContextObject = z.infer<typeof contextObjectSchema>;
