/**
 * `@wa/webhooks/node`: serve a webhook handler with `node:http` (or any server that passes Node's
 * `IncomingMessage` and `ServerResponse`, including Connect-style middleware stacks).
 *
 * @module
 * @example
 * ```ts
 * import { createServer } from 'node:http';
 * import { createWebhookHandler } from '@wa/webhooks';
 * import { createNodeListener } from '@wa/webhooks/node';
 *
 * const webhooks = createWebhookHandler({ appSecret: process.env.WHATSAPP_APP_SECRET ?? '' });
 * webhooks.on('message.text', (event) => console.log(event.message.text.body));
 * createServer(createNodeListener(webhooks, { path: '/webhook' })).listen(3000);
 * ```
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { bodyLimitOf, pathOf, sendError, serveWithHandler } from './node-http.ts';
import type { WebRequestHandler } from './web-request-handler.ts';

export { type NodeBodyResult, readNodeBody } from './node-http.ts';
export type { WebRequestHandler } from './web-request-handler.ts';

/** Options of {@link createNodeListener}. */
export interface NodeListenerOptions {
  /**
   * The only path answered (e.g. `/webhook`). Other paths get 404, or are passed to `next` when the
   * listener runs as middleware. Default: every path.
   */
  path?: string | undefined;
  /** The body limit while streaming, in bytes. Default: the handler's `maxBodyBytes`. */
  maxBodyBytes?: number | undefined;
}

/** A `node:http` request listener that can also run as Connect-style middleware. */
export type NodeListener = (
  request: IncomingMessage,
  response: ServerResponse,
  next?: (error?: unknown) => void,
) => Promise<void>;

/**
 * Turns a web-standard webhook handler into a `node:http` request listener. The raw body is streamed
 * with the size limit (413 beyond it) and handed over byte for byte, so signatures verify. Behind a
 * Connect-style body parser it uses `req.rawBody` or a Buffer/string `req.body`, and answers 500
 * `WA_WEBHOOK_RAW_BODY_UNAVAILABLE` when the parser kept no raw bytes.
 *
 * @param handler - The handler from `createWebhookHandler` (or any `(Request) => Promise<Response>`).
 * @param options - `path` to answer, `maxBodyBytes` override.
 */
export function createNodeListener(
  handler: WebRequestHandler,
  options: NodeListenerOptions = {},
): NodeListener {
  const maxBodyBytes = bodyLimitOf(handler, options.maxBodyBytes);
  return async (request, response, next) => {
    try {
      if (options.path !== undefined && pathOf(request) !== options.path) {
        if (next !== undefined) next();
        else sendError(response, 'WA_WEBHOOK_NOT_FOUND', `No webhook at ${pathOf(request)}.`);
        return;
      }
      await serveWithHandler(handler, request, response, maxBodyBytes);
    } catch (error) {
      if (next !== undefined) next(error);
      else if (!response.headersSent)
        sendError(response, 'WA_WEBHOOK_RAW_BODY_UNAVAILABLE', 'The request body could not be read.');
      else response.destroy(error instanceof Error ? error : undefined);
    }
  };
}
