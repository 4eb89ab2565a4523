/**
 * `@wa/webhooks`: verify, parse and route WhatsApp webhook notifications.
 *
 * @module
 */
export { VERSION } from './version.ts';
