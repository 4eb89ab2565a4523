/**
 * `@wa/webhooks/express`: serve a webhook handler from Express (4 or 5).
 *
 * Mount it before any JSON body parser, or give it the raw bytes: with `express.raw({ type:
 * 'application/json' })` on the route, or with `express.json({ verify: (req, _res, buf) => { req.rawBody
 * = buf; } })`. A body that a parser turned into an object cannot be verified (its bytes are gone), so
 * without `rawBody` the middleware answers 500 and says why.
 *
 * @module
 * @example
 * ```ts
 * import express from 'express';
 * import { createWebhookHandler } from '@wa/webhooks';
 * import { createExpressMiddleware } from '@wa/webhooks/express';
 *
 * const webhooks = createWebhookHandler({ appSecret: process.env.WHATSAPP_APP_SECRET ?? '' });
 * const app = express();
 * app.all('/webhook', createExpressMiddleware(webhooks));
 * app.listen(3000);
 * ```
 */
import type { Request as ExpressRequest, Response as ExpressResponse, NextFunction } from 'express';
import { bodyLimitOf, serveWithHandler } from './node-http.ts';
import type { WebRequestHandler } from './web-request-handler.ts';

export type { WebRequestHandler } from './web-request-handler.ts';

/** Options of {@link createExpressMiddleware}. */
export interface ExpressMiddlewareOptions {
  /** Only this path (`req.path`) is answered; others go to `next()`. Default: every path it is mounted on. */
  path?: string | undefined;
  /** The body limit, in bytes. Default: the handler's `maxBodyBytes`. */
  maxBodyBytes?: number | undefined;
}

/** An Express middleware. */
export type ExpressMiddleware = (
  request: ExpressRequest,
  response: ExpressResponse,
  next: NextFunction,
) => Promise<void>;

/**
 * Turns a web-standard webhook handler into Express middleware. Uses the raw bytes: `req.rawBody` or a
 * Buffer/string `req.body` when a body parser already ran, the request stream otherwise.
 *
 * @param handler - The handler from `createWebhookHandler`.
 * @param options - `path` to answer, `maxBodyBytes` override.
 */
export function createExpressMiddleware(
  handler: WebRequestHandler,
  options: ExpressMiddlewareOptions = {},
): ExpressMiddleware {
  const maxBodyBytes = bodyLimitOf(handler, options.maxBodyBytes);
  return async (request, response, next) => {
    try {
      if (options.path !== undefined && request.path !== options.path) {
        next();
        return;
      }
      await serveWithHandler(handler, request, response, maxBodyBytes);
    } catch (error) {
      next(error);
    }
  };
}
