import type { RetryClass } from '@wa/schema';

/** One row of {@link CLOUD_ERROR_CODES}. */
export interface CloudErrorCodeInfo {
  /** Meta's short title of the error. */
  readonly title: string;
  /** How the client treats it (the vocabulary shared with the On-Prem table): see the README's retry table. */
  readonly retry: RetryClass;
}

/**
 * The documented Cloud API (Graph) error codes and how the client retries each (`RetryClass`, shared with
 * the On-Prem table): `rate-limit` codes are refusals that created nothing and are retried, sends included;
 * `if-idempotent` codes leave the outcome unknown ("temporarily unavailable", "unknown error") and are
 * retried only by calls that can be repeated without effect, never by a send (R-DLV-3); `undeliverable`
 * (131026) is not retried inside the call but carries a suggested delay for a queue (R-DLV-11); `never`
 * codes cannot succeed on a retry. Codes not listed fall back to the HTTP status: 429 is a rate limit, 408
 * and 5xx are `if-idempotent`, other statuses `never`.
 */
export const CLOUD_ERROR_CODES = {
  /** AuthException: the access token could not be validated. Get a new token. */
  0: { title: 'AuthException', retry: 'never' },
  /** API Unknown: invalid request or possible server error; the outcome is unknown, so a send is not repeated. */
  1: { title: 'API Unknown', retry: 'if-idempotent' },
  /** API Service: temporary downtime or overload on Meta's side; the outcome is unknown, so a send is not repeated. */
  2: { title: 'API Service', retry: 'if-idempotent' },
  /** API Method: the app lacks the capability or permission for this call. */
  3: { title: 'API Method', retry: 'never' },
  /** API Too Many Calls: the app reached its call rate limit; back off. */
  4: { title: 'API Too Many Calls', retry: 'rate-limit' },
  /** Permission Denied: the permission is missing or was removed. */
  10: { title: 'Permission Denied', retry: 'never' },
  /** Invalid Parameter: unsupported or misspelled parameter (also a legacy authentication template with a too-long variable, R-ERR-3). */
  100: { title: 'Invalid Parameter', retry: 'never' },
  /** Access token expired: get a new access token. */
  190: { title: 'Access token has expired', retry: 'never' },
  /** API Permission: the permission is missing or was removed (codes 200 to 299). */
  200: { title: 'API Permission', retry: 'never' },
  /** Temporarily blocked for policy violations. */
  368: { title: 'Temporarily blocked for policies violations', retry: 'never' },
  /** Rate limit issues: the WhatsApp Business Account reached its rate limit; back off. */
  80007: { title: 'Rate limit issues', retry: 'rate-limit' },
  /** The recipient's number is part of an experiment. */
  130472: { title: "User's number is part of an experiment", retry: 'never' },
  /** Rate limit hit: the phone number's throughput (80 messages per second by default) was exceeded. */
  130429: { title: 'Rate limit hit', retry: 'rate-limit' },
  /** The business account is restricted from messaging users in this country. */
  130497: { title: 'Business account is restricted from messaging users in this country', retry: 'never' },
  /** Something went wrong: unknown failure; the outcome is unknown, so a send is not repeated. */
  131000: { title: 'Something went wrong', retry: 'if-idempotent' },
  /** Access denied: the number is already registered or the permission is missing. */
  131005: { title: 'Access denied', retry: 'never' },
  /** Required parameter is missing. */
  131008: { title: 'Required parameter is missing', retry: 'never' },
  /** Parameter value is not valid. */
  131009: { title: 'Parameter value is not valid', retry: 'never' },
  /** Service unavailable: a service is temporarily down; a send is not repeated (it may have been processed). */
  131016: { title: 'Service unavailable', retry: 'if-idempotent' },
  /** Recipient cannot be sender: the business number sent to itself. */
  131021: { title: 'Recipient cannot be sender', retry: 'never' },
  /**
   * Message undeliverable (many causes, among them the per-user marketing template limit, R-ERR-1). Never
   * retried inside the call: reschedule it after growing intervals over hours (R-DLV-11, R-TPL-MKT-5).
   */
  131026: { title: 'Message undeliverable', retry: 'undeliverable' },
  /** Business account has been locked for a policy violation. */
  131031: { title: 'Business account has been locked', retry: 'never' },
  /** The display name of the phone number needs approval. */
  131037: { title: 'WhatsApp provided number needs display name approval', retry: 'never' },
  /** Business eligibility payment issue: no valid payment method. */
  131042: { title: 'Business eligibility payment issue', retry: 'never' },
  /** Incorrect certificate: the phone number's registration is wrong. */
  131045: { title: 'Incorrect certificate', retry: 'never' },
  /** Re-engagement message: more than 24 hours since the user last replied; send a template. */
  131047: { title: 'Re-engagement message', retry: 'never' },
  /** Spam rate limit hit: sending is restricted because of low quality; retrying makes it worse. */
  131048: { title: 'Spam rate limit hit', retry: 'never' },
  /** Meta chose not to deliver the message to keep engagement healthy; do not resend at once. */
  131049: { title: 'Meta chose not to deliver', retry: 'never' },
  /** The user stopped marketing messages from this business. */
  131050: { title: 'User has stopped marketing messages', retry: 'never' },
  /** Unsupported message type. */
  131051: { title: 'Unsupported message type', retry: 'never' },
  /** Media download error: the user's media could not be downloaded. */
  131052: { title: 'Media download error', retry: 'never' },
  /** Media upload error: the media could not be uploaded (unsupported or broken file, unreachable link). */
  131053: { title: 'Media upload error', retry: 'never' },
  /** Pair rate limit hit: too many messages to the same user; about one every 6 seconds is allowed. */
  131056: { title: 'Pair rate limit hit', retry: 'rate-limit' },
  /** The account is in maintenance mode (for example during a throughput upgrade); a send is not repeated. */
  131057: { title: 'Account in maintenance mode', retry: 'if-idempotent' },
  /** Template parameter count mismatch. */
  132000: { title: 'Template param count mismatch', retry: 'never' },
  /** The template does not exist in this language or is not approved. */
  132001: { title: 'Template does not exist', retry: 'never' },
  /** The template text is too long once its parameters are filled in. */
  132005: { title: 'Template hydrated text too long', retry: 'never' },
  /** The template content violates a formatting or character policy. */
  132007: { title: 'Template format character policy violated', retry: 'never' },
  /** A template parameter has the wrong format. */
  132012: { title: 'Template parameter format mismatch', retry: 'never' },
  /** The template is paused because of low quality. */
  132015: { title: 'Template is paused', retry: 'never' },
  /** The template is disabled because of repeated pauses. */
  132016: { title: 'Template is disabled', retry: 'never' },
  /** The flow is blocked. */
  132068: { title: 'Flow is in blocked state', retry: 'never' },
  /** The flow is throttled. */
  132069: { title: 'Flow is in throttled state', retry: 'never' },
  /** Incomplete deregistration of the phone number. */
  133000: { title: 'Incomplete deregistration', retry: 'never' },
  /** Server temporarily unavailable; a send is not repeated (it may have been processed). */
  133004: { title: 'Server temporarily unavailable', retry: 'if-idempotent' },
  /** Two-step verification PIN mismatch. */
  133005: { title: 'Two step verification PIN mismatch', retry: 'never' },
  /** The phone number must be verified again before registering. */
  133006: { title: 'Phone number re-verification needed', retry: 'never' },
  /** Too many two-step verification PIN guesses. */
  133008: { title: 'Too many two step verification PIN guesses', retry: 'never' },
  /** Two-step verification PIN entered too quickly. */
  133009: { title: 'Two step verification PIN guessed too fast', retry: 'never' },
  /** The phone number is not registered on the WhatsApp Business Platform. */
  133010: { title: 'Phone number not registered', retry: 'never' },
  /** Wait a few minutes before registering the deleted number again. */
  133015: {
    title: 'Please wait a few minutes before attempting to register this phone number',
    retry: 'never',
  },
  /** Generic user error. */
  135000: { title: 'Generic user error', retry: 'never' },
} as const satisfies Record<number, CloudErrorCodeInfo>;

/** A Cloud API error code listed in {@link CLOUD_ERROR_CODES}. */
export type CloudErrorCode = keyof typeof CLOUD_ERROR_CODES;

/**
 * The table row of a Cloud API error code; codes 200 to 299 share the row of `200`.
 *
 * @returns `undefined` for a code the table does not list.
 */
export function cloudErrorCodeInfo(code: number): CloudErrorCodeInfo | undefined {
  const key = code > 200 && code < 300 ? 200 : code;
  return (CLOUD_ERROR_CODES as Record<number, CloudErrorCodeInfo>)[key];
}
