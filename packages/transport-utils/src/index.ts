/**
 * `@wa/transport-utils`: building blocks shared by the `@wa/*` transports.
 *
 * @module
 */
export { VERSION } from './version.ts';
