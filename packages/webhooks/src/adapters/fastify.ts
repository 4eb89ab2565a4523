/**
 * `@wa/webhooks/fastify`: serve a webhook handler from Fastify (5).
 *
 * The plugin registers its route in its own encapsulated context with a content-type parser that keeps
 * the raw bytes (Fastify would otherwise parse JSON and lose them); the rest of the app keeps its parsers.
 *
 * @module
 * @example
 * ```ts
 * import Fastify from 'fastify';
 * import { createWebhookHandler } from '@wa/webhooks';
 * import { createFastifyPlugin } from '@wa/webhooks/fastify';
 *
 * const webhooks = createWebhookHandler({ appSecret: process.env.WHATSAPP_APP_SECRET ?? '' });
 * const app = Fastify();
 * await app.register(createFastifyPlugin(webhooks, { path: '/webhook' }));
 * await app.listen({ port: 3000 });
 * ```
 */
import type { FastifyPluginAsync } from 'fastify';
import { bodyLimitOf, toWebRequest } from './node-http.ts';
import type { WebRequestHandler } from './web-request-handler.ts';

export type { WebRequestHandler } from './web-request-handler.ts';

/** Options of {@link createFastifyPlugin}. */
export interface FastifyPluginOptions {
  /** The route path. Default `/` (combine with the `prefix` option of `register`). */
  path?: string | undefined;
  /** The body limit, in bytes (Fastify answers 413 beyond it). Default: the handler's `maxBodyBytes`. */
  maxBodyBytes?: number | undefined;
}

/**
 * Turns a web-standard webhook handler into a Fastify plugin answering every method on `path`.
 *
 * @param handler - The handler from `createWebhookHandler`.
 * @param options - `path` of the route, `maxBodyBytes` override.
 */
export function createFastifyPlugin(
  handler: WebRequestHandler,
  options: FastifyPluginOptions = {},
): FastifyPluginAsync {
  const maxBodyBytes = bodyLimitOf(handler, options.maxBodyBytes);
  return async (instance) => {
    // Encapsulated (no fastify-plugin wrapper): this parser only applies to the webhook route.
    instance.removeAllContentTypeParsers();
    instance.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: maxBodyBytes },
      (_request, body, done) => {
        done(null, body);
      },
    );
    instance.route({
      method: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
      url: options.path ?? '/',
      bodyLimit: maxBodyBytes,
      handler: async (request, reply) => {
        const body = request.body instanceof Uint8Array ? request.body : undefined;
        const response = await handler(toWebRequest(request.raw, body));
        reply.code(response.status);
        response.headers.forEach((value, name) => {
          reply.header(name, value);
        });
        const payload = response.body === null ? '' : Buffer.from(await response.arrayBuffer());
        return reply.send(payload);
      },
    });
  };
}
