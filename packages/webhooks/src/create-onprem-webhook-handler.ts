import { MissingSettingError } from '@wa/schema';
import { constantTimeEqual } from './constant-time-equal.ts';
import { invalidOption } from './invalid-option.ts';
import type { OnPremWebhookHandlerOptions } from './onprem-webhook-handler-options.ts';
import { parseOnPremWebhookPayload } from './parse-webhook-payload.ts';
import { readBody } from './read-body.ts';
import {
  createWebhookIntake,
  errorResponse,
  isJsonContentType,
  parseJson,
  type WebhookReceiver,
} from './webhook-intake.ts';
import { WebhookRequestError } from './webhook-request-error.ts';

/** The On-Premises intake: a {@link WebhookReceiver} that authenticates by path secret and/or Basic credentials. */
export type OnPremWebhookHandler = WebhookReceiver;

const PATH_SECRET_PATTERN = /^[A-Za-z0-9._~-]{24,}$/;
const decoder = /* @__PURE__ */ new TextDecoder('utf-8', { fatal: true });
const subject = 'On-Premises webhook handler options';

/**
 * Creates the web-standard endpoint for On-Premises API deliveries, which are not signed: each request
 * must carry the secret last path segment and/or the Basic credentials configured, compared in constant
 * time. Then the same size limit, parsing, two-phase deduplication and dispatch as `createWebhookHandler`,
 * for On-Premises payloads only (a Cloud-shaped body gets 400). Only POST is answered (no handshake).
 * Keep the endpoint behind HTTPS: both secrets travel with every request.
 *
 * @throws {MissingSettingError} when neither `pathSecret` nor `basicAuth` is given.
 * @throws {ValidationError} when a secret is too weak, or another option is invalid.
 *
 * @example
 * ```ts
 * const webhooks = createOnPremWebhookHandler({ pathSecret: process.env.ONPREM_WEBHOOK_SECRET ?? '' });
 * webhooks.on('message.text', (event) => console.log(event.message.text.body));
 * // Give the client https://bot.example.com/webhook/onprem/<secret> as its webhook URL.
 * ```
 */
export function createOnPremWebhookHandler(options: OnPremWebhookHandlerOptions): OnPremWebhookHandler {
  const { pathSecret, basicAuth } = options ?? {};
  if (pathSecret === undefined && basicAuth === undefined) {
    throw new MissingSettingError({ setting: 'pathSecret or basicAuth', packageName: '@wa/webhooks' });
  }
  if (pathSecret !== undefined && (typeof pathSecret !== 'string' || !PATH_SECRET_PATTERN.test(pathSecret))) {
    throw invalidOption(
      subject,
      '$.pathSecret',
      'must be at least 24 characters of A-Z a-z 0-9 - _ . ~ (e.g. crypto.randomUUID())',
    );
  }
  let expectedCredentials: string | undefined;
  if (basicAuth !== undefined) {
    const { username, password } = basicAuth;
    if (typeof username !== 'string' || username.length === 0 || username.includes(':')) {
      throw invalidOption(subject, '$.basicAuth.username', 'must be a non-empty string without ":"');
    }
    if (typeof password !== 'string' || password.length < 16) {
      throw invalidOption(subject, '$.basicAuth.password', 'must be a string of at least 16 characters');
    }
    expectedCredentials = `${username}:${password}`;
  }
  const intake = createWebhookIntake(options, subject, parseOnPremWebhookPayload);
  const { dispatcher, maxBodyBytes } = intake;

  const authenticate = (request: Request): void => {
    if (pathSecret !== undefined) {
      const path = new URL(request.url).pathname;
      const segment = path.slice(path.lastIndexOf('/') + 1);
      if (!constantTimeEqual(segment, pathSecret)) {
        throw new WebhookRequestError({ code: 'WA_WEBHOOK_NOT_FOUND', message: 'No webhook at this path.' });
      }
    }
    if (
      expectedCredentials !== undefined &&
      !constantTimeEqual(credentialsOf(request), expectedCredentials)
    ) {
      throw new WebhookRequestError({
        code: 'WA_WEBHOOK_UNAUTHORIZED',
        message: 'Missing or wrong Basic credentials in the Authorization header.',
      });
    }
  };

  const handler = (async (request: Request): Promise<Response> => {
    try {
      authenticate(request);
      if (request.method !== 'POST') {
        throw new WebhookRequestError({
          code: 'WA_WEBHOOK_METHOD_NOT_ALLOWED',
          message: `Method ${request.method} is not allowed: On-Premises notifications are POSTed.`,
        });
      }
      if (!isJsonContentType(request.headers.get('content-type'))) {
        throw new WebhookRequestError({
          code: 'WA_WEBHOOK_UNSUPPORTED_MEDIA_TYPE',
          message: `Content-Type must be application/json; got ${JSON.stringify(request.headers.get('content-type') ?? '(none)')}.`,
        });
      }
      const payload = parseJson(await readBody(request, maxBodyBytes));
      return await intake.respond(payload);
    } catch (error) {
      const response = errorResponse(error, 'POST');
      if (WebhookRequestError.isInstance(error) && error.code === 'WA_WEBHOOK_UNAUTHORIZED') {
        response.headers.set('www-authenticate', 'Basic realm="webhooks", charset="UTF-8"');
      }
      return response;
    }
  }) as OnPremWebhookHandler;

  Object.defineProperties(handler, {
    on: { value: dispatcher.on.bind(dispatcher) },
    onAny: { value: dispatcher.onAny.bind(dispatcher) },
    onError: { value: dispatcher.onError.bind(dispatcher) },
    receive: { value: intake.receive },
    maxBodyBytes: { value: maxBodyBytes, enumerable: true },
    delivery: { value: intake.delivery, enumerable: true },
  });
  return handler;
}

/** The `user:password` of a Basic `Authorization` header, or `''` when there is none or it is malformed. */
function credentialsOf(request: Request): string {
  const header = request.headers.get('authorization');
  if (header === null) return '';
  const match = /^basic[ ]+([A-Za-z0-9+/]+={0,2})\s*$/i.exec(header);
  if (match === null) return '';
  try {
    const binary = atob(match[1] as string);
    return decoder.decode(Uint8Array.from(binary, (char) => char.charCodeAt(0)));
  } catch {
    return '';
  }
}
