import { z } from 'zod';

// Placeholder until the interactive object schema lands in this file.
/** The `interactive` object of an interactive message. */
export const interactiveObjectSchema = z.looseObject({ type: z.string() });
