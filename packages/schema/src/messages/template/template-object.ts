import { z } from 'zod';

// Placeholder until the template object schema lands in this file.
/** The `template` object of a template message. */
export const templateObjectSchema = z.looseObject({ name: z.string() });
