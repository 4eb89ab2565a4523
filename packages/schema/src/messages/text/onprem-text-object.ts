import type * as z from 'zod/mini';
import { forbiddenField } from '../../common/forbidden-field.ts';
import { strictObject } from '../../common/object-schema.ts';
import { textBodyField } from './text-object.ts';

/**
 * The `text` object of an On-Premises text message: only the body. The URL preview switch is the
 * top-level `preview_url` of the request there (R-REQ-20).
 */
export const onPremTextObjectSchema = strictObject({
  /** The message text: 1 to 4096 characters. */
  body: textBodyField,
  /** On-Premises takes `preview_url` at the top level of the request, not here (R-REQ-20). */
  preview_url: forbiddenField(
    'R-REQ-20',
    'the On-Premises API takes preview_url at the top level of the request, not inside text',
  ),
});

/** The `text` object of an On-Premises text message. */
export type OnPremTextObject = z.infer<typeof onPremTextObjectSchema>;
