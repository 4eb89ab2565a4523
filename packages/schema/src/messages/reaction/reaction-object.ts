import * as z from 'zod/mini';
import { nonEmptyString } from '../../common/non-empty-string.ts';
import { strictObject } from '../../common/object-schema.ts';

/**
 * The `reaction` object of a Cloud API reaction message: the message reacted to and the emoji. An empty
 * `emoji` removes the reaction sent before.
 */
export const reactionObjectSchema = strictObject({
  /** The ID (`wamid.…`) of the message to react to. */
  message_id: nonEmptyString(),
  /** The reaction emoji, e.g. `"👍"`; `""` removes an earlier reaction. */
  emoji: z.string(),
});

/** The `reaction` object of a reaction message. */
export type ReactionObject = z.infer<typeof reactionObjectSchema>;
