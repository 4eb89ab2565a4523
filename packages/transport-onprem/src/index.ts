/**
 * `@wa/transport-onprem`.
 *
 * @module
 */
export { USER_AGENT } from './user-agent.ts';
export { VERSION } from './version.ts';
