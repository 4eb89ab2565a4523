/**
 * `@wa/format`: WhatsApp text formatting helpers.
 *
 * @module
 */
export { VERSION } from './version.ts';
