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
import {
  bodyLimitOf,
  readNodeBody,
  sendError,
  sendWebResponse,
  tooLargeMessage,
  toWebRequest,
} from './node-http.ts';
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

const encoder = new TextEncoder();

/** The raw body a body parser left behind: `req.rawBody`, a Buffer or string `req.body`. */
function preparsedBody(request: ExpressRequest): Uint8Array | 'parsed' | undefined {
  const { rawBody } = request as ExpressRequest & { rawBody?: unknown };
  if (rawBody instanceof Uint8Array) return rawBody;
  if (typeof rawBody === 'string') return encoder.encode(rawBody);
  const body: unknown = request.body;
  if (body instanceof Uint8Array) return body;
  if (typeof body === 'string') return encoder.encode(body);
  if (body !== undefined && body !== null) return 'parsed';
  // Express 5 leaves `req.body` undefined when no parser ran; Express 4's parsers set `{}` and `_body`.
  return (request as ExpressRequest & { _body?: unknown })._body === true || request.readableEnded
    ? 'parsed'
    : undefined;
}

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
      let body: Uint8Array | undefined;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        const existing = preparsedBody(request);
        if (existing === 'parsed') {
          sendError(
            response,
            'WA_WEBHOOK_RAW_BODY_UNAVAILABLE',
            'A body parser consumed the request and kept no raw bytes, so the signature cannot be checked. ' +
              "Mount the webhook before express.json(), use express.raw({ type: 'application/json' }), or keep req.rawBody.",
          );
          return;
        }
        if (existing === undefined) {
          const read = await readNodeBody(request, maxBodyBytes);
          if (!read.ok) {
            request.resume();
            sendError(response, 'WA_WEBHOOK_BODY_TOO_LARGE', tooLargeMessage(maxBodyBytes));
            return;
          }
          body = read.body;
        } else {
          if (existing.byteLength > maxBodyBytes) {
            sendError(response, 'WA_WEBHOOK_BODY_TOO_LARGE', tooLargeMessage(maxBodyBytes));
            return;
          }
          body = existing;
        }
      }
      await sendWebResponse(await handler(toWebRequest(request, body)), response);
    } catch (error) {
      next(error);
    }
  };
}
