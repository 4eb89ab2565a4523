import { MissingSettingError } from '@wa/schema';
import { isPromiseLike } from './event-dispatcher.ts';
import { parseCloudWebhookPayload } from './parse-webhook-payload.ts';
import { readBody } from './read-body.ts';
import { SIGNATURE_HEADER } from './signature-header.ts';
import type { RawBody, VerifySignatureOptions } from './verify-signature-options.ts';
import { verifySubscription } from './verify-subscription.ts';
import type { WebhookHandlerOptions } from './webhook-handler-options.ts';
import {
  createWebhookIntake,
  errorResponse,
  isJsonContentType,
  parseJson,
  type ReceiveResult,
  type WebhookReceiver,
} from './webhook-intake.ts';
import { WebhookRequestError } from './webhook-request-error.ts';

export type { ReceiveResult, WebhookReceiver } from './webhook-intake.ts';

/** The signature check a build of the package uses (Web Crypto, or `node:crypto` on Node). */
export type SignatureVerifier = (
  rawBody: RawBody,
  signatureHeader: string | null | undefined,
  appSecret: string,
  options?: VerifySignatureOptions,
) => boolean | Promise<boolean>;

/**
 * A web-standard Cloud API webhook endpoint: call it with a `Request`, get a `Response`. GET answers the
 * subscription handshake (200 with the challenge, or 403); POST verifies, parses, deduplicates and
 * dispatches a signed notification. It also registers the listeners and ingests deliveries without HTTP.
 */
export interface WebhookHandler extends WebhookReceiver {
  /**
   * Verifies and ingests one delivery without HTTP (a queue consumer, a benchmark): checks the
   * signature, then does what `receive` does (two-phase dedupe, waits for the listeners).
   * @throws {WebhookRequestError} when the signature is missing or wrong, or the body is not a notification.
   */
  verifyAndReceive(rawBody: RawBody, signatureHeader: string | null | undefined): Promise<ReceiveResult>;
}

/** Builds the handler around a signature check; `createWebhookHandler` is this with the runtime's check. */
export function buildWebhookHandler(
  options: WebhookHandlerOptions,
  verify: SignatureVerifier,
): WebhookHandler {
  if (typeof options?.appSecret !== 'string' || options.appSecret.length === 0) {
    throw new MissingSettingError({ setting: 'appSecret', packageName: '@wa/webhooks' });
  }
  const appSecret = options.appSecret;
  const verifyOptions: VerifySignatureOptions = { additionalSecrets: options.additionalSecrets };
  const intake = createWebhookIntake(options, 'webhook handler options', parseCloudWebhookPayload);
  const { dispatcher, maxBodyBytes, receive } = intake;

  const verifyAndReceive = (
    rawBody: RawBody,
    signatureHeader: string | null | undefined,
  ): Promise<ReceiveResult> => {
    try {
      const verified = verifyAndParse(rawBody, signatureHeader);
      return isPromiseLike(verified) ? Promise.resolve(verified).then(receive) : receive(verified);
    } catch (error) {
      return Promise.reject(error);
    }
  };

  /** Checks the signature, then parses the JSON; synchronous when the signature check is. */
  const verifyAndParse = (rawBody: RawBody, signatureHeader: string | null | undefined): unknown => {
    if (signatureHeader === null || signatureHeader === undefined || signatureHeader === '') {
      throw new WebhookRequestError({
        code: 'WA_WEBHOOK_SIGNATURE_MISSING',
        message: 'Missing X-Hub-Signature-256 header: the delivery cannot be verified.',
      });
    }
    const verified = verify(rawBody, signatureHeader, appSecret, verifyOptions);
    if (isPromiseLike(verified)) {
      return Promise.resolve(verified).then((ok) => {
        if (!ok) throw signatureMismatch();
        return parseJson(rawBody);
      });
    }
    if (!verified) throw signatureMismatch();
    return parseJson(rawBody);
  };

  const handlePost = async (request: Request): Promise<Response> => {
    if (!isJsonContentType(request.headers.get('content-type'))) {
      throw new WebhookRequestError({
        code: 'WA_WEBHOOK_UNSUPPORTED_MEDIA_TYPE',
        message: `Content-Type must be application/json; got ${JSON.stringify(request.headers.get('content-type') ?? '(none)')}.`,
      });
    }
    const rawBody = await readBody(request, maxBodyBytes);
    const payload = await verifyAndParse(rawBody, request.headers.get(SIGNATURE_HEADER));
    return intake.respond(payload);
  };

  const handler = (async (request: Request): Promise<Response> => {
    try {
      if (request.method === 'POST') return await handlePost(request);
      if (request.method === 'GET') {
        const challenge = verifySubscription(new URL(request.url), options.verifyToken ?? '');
        if (challenge === undefined) {
          throw new WebhookRequestError({
            code: 'WA_WEBHOOK_FORBIDDEN',
            message:
              'Subscription handshake refused: hub.mode must be "subscribe" and hub.verify_token must match.',
          });
        }
        return new Response(challenge, {
          status: 200,
          headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
        });
      }
      throw new WebhookRequestError({
        code: 'WA_WEBHOOK_METHOD_NOT_ALLOWED',
        message: `Method ${request.method} is not allowed: use GET (handshake) or POST (notifications).`,
      });
    } catch (error) {
      return errorResponse(error, 'GET, POST');
    }
  }) as WebhookHandler;

  Object.defineProperties(handler, {
    on: { value: dispatcher.on.bind(dispatcher) },
    onAny: { value: dispatcher.onAny.bind(dispatcher) },
    onError: { value: dispatcher.onError.bind(dispatcher) },
    receive: { value: receive },
    verifyAndReceive: { value: verifyAndReceive },
    maxBodyBytes: { value: maxBodyBytes, enumerable: true },
    delivery: { value: intake.delivery, enumerable: true },
  });
  return handler;
}

function signatureMismatch(): WebhookRequestError {
  return new WebhookRequestError({
    code: 'WA_WEBHOOK_SIGNATURE_INVALID',
    message: 'The X-Hub-Signature-256 header does not match the body (check the app secret).',
  });
}
