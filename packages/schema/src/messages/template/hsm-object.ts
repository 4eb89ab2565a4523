import { z } from 'zod';

// Placeholder until the legacy hsm object schema lands in this file.
/** The legacy On-Premises `hsm` object (deprecated since On-Premises v2.39). */
export const hsmObjectSchema = z.looseObject({ element_name: z.string() });
