import { buildWebhookHandler, type WebhookHandler } from './build-webhook-handler.ts';
import { verifySignature } from './verify-signature.ts';
import type { WebhookHandlerOptions } from './webhook-handler-options.ts';

/**
 * Creates a web-standard webhook endpoint, `(request: Request) => Promise<Response>`, that verifies,
 * parses, deduplicates and dispatches Cloud API notifications (an On-Premises one gets 400: serve those
 * with `createOnPremWebhookHandler`), and answers the
 * subscription handshake. Register listeners on it with `on`, `onAny` and `onError`. Use it directly on
 * runtimes with `fetch`-style servers (Bun, Deno, Cloudflare Workers, Hono), or through the adapters
 * `@wa/webhooks/node`, `@wa/webhooks/express` and `@wa/webhooks/fastify`.
 *
 * @throws {MissingSettingError} when `appSecret` is missing or empty.
 * @throws {ValidationError} when `maxBodyBytes` is not a positive whole number.
 *
 * @example
 * ```ts
 * const webhooks = createWebhookHandler({ appSecret: env.WHATSAPP_APP_SECRET, verifyToken: env.WHATSAPP_VERIFY_TOKEN });
 * webhooks.on('message.text', (event) => console.log(event.contact?.profileName, event.message.text.body));
 * webhooks.on('status.failed', (event) => console.warn(event.messageId, event.update.errors));
 * export default { fetch: webhooks };
 * ```
 */
export function createWebhookHandler(options: WebhookHandlerOptions): WebhookHandler {
  return buildWebhookHandler(options, verifySignature);
}
