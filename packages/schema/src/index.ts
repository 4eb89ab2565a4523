/**
 * `@wa/schema`: the wire types and zod validators of the WhatsApp Business messages API.
 *
 * @module
 */
export { WaError, type WaErrorOptions } from './errors/wa-error.ts';
export { VERSION } from './version.ts';
