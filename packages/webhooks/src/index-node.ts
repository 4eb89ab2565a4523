/**
 * `@wa/webhooks`: verify, parse and route WhatsApp webhook notifications (Node build: signatures are
 * checked with `node:crypto`; other runtimes resolve to the Web Crypto build with the same API).
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
export { createWebhookHandler } from './create-webhook-handler-node.ts';
export * from './runtime-neutral-exports.ts';
export { signPayload } from './sign-payload-node.ts';
export { verifySignature } from './verify-signature-node.ts';
