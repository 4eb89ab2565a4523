import { buildWebhookHandler, type WebhookHandler } from './build-webhook-handler.ts';
import { verifySignature } from './verify-signature-node.ts';
import type { WebhookHandlerOptions } from './webhook-handler-options.ts';

/**
 * Creates a web-standard webhook endpoint (Node build: signatures checked with `node:crypto`). Same
 * contract as the Web Crypto build; see the package README.
 *
 * @throws {MissingSettingError} when `appSecret` is missing or empty.
 * @throws {ValidationError} when `maxBodyBytes` is not a positive whole number.
 *
 * @example
 * ```ts
 * const webhooks = createWebhookHandler({ appSecret: process.env.WHATSAPP_APP_SECRET ?? '' });
 * webhooks.on('message.text', (event) => console.log(event.message.text.body));
 * ```
 */
export function createWebhookHandler(options: WebhookHandlerOptions): WebhookHandler {
  return buildWebhookHandler(options, verifySignature);
}
