/**
 * `@wa/format`: WhatsApp text formatting helpers.
 *
 * @module
 */
export { isWithinLength, length } from './length.ts';
export { VERSION } from './version.ts';
