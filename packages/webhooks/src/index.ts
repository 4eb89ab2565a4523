/**
 * `@wa/webhooks`: verify, parse and route WhatsApp webhook notifications on any runtime (Web Crypto
 * build; Node resolves to an equivalent build using `node:crypto`).
 *
 * @module
 * @example
 * ```ts
 * import { createWebhookHandler } from '@wa/webhooks';
 *
 * const webhooks = createWebhookHandler({ appSecret: env.WHATSAPP_APP_SECRET, verifyToken: env.WHATSAPP_VERIFY_TOKEN });
 * webhooks.on('message.text', (event) => console.log(event.message.text.body));
 * export default { fetch: webhooks };
 * ```
 */
export { createWebhookHandler } from './create-webhook-handler.ts';
export * from './runtime-neutral-exports.ts';
export { signPayload } from './sign-payload.ts';
export { verifySignature } from './verify-signature.ts';
