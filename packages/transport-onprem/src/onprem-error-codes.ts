import type { RetryClass } from '@wa/schema';

/**
 * The documented error codes of the On-Premises API (`errors[].code` in a response body or in a status
 * webhook), with their title and whether sending the same request again is safe.
 *
 * `retry` is a `RetryClass`, the vocabulary shared with the Cloud table:
 * - `never`: the request is wrong; sending it again fails the same way.
 * - `if-idempotent`: the outcome is unknown (the client may have acted). A send is never repeated
 *   (R-DLV-3); a read, a delete or a mark-as-read is.
 * - `transient`: the client refused the request before acting on it (overload, not ready, not the
 *   primary), so sending it again cannot duplicate a message.
 * - `rate-limit`: like `transient`, refused by a rate limit; wait for `Retry-After` or back off.
 * - `undeliverable`: nothing was created, but resending at once fails again: the error carries a
 *   suggested delay, and a queue resends after growing intervals (R-DLV-11: code 1026).
 *
 * Source: Meta's On-Premises error reference (the On-Prem codes mirror the Cloud `131xxx`/`132xxx`
 * codes without their prefix). Codes below 1000 are mostly reported in status webhooks, not as a
 * synchronous answer.
 */
export const ONPREM_ERROR_CODES = {
  /** Media download error: the media of the message could not be downloaded. */
  400: { title: 'Media download error', retry: 'never' },
  /** Business eligibility: the business cannot send because of a payment issue. */
  402: { title: 'Business eligibility payment issue', retry: 'never' },
  /** Message is not valid: it stayed pending too long and was not sent. */
  408: { title: 'Message is not valid', retry: 'never' },
  /** Message expired: its time to live passed before delivery. */
  410: { title: 'Message expired', retry: 'never' },
  /** Rate limit hit: too many messages from this number in a short time; nothing was sent. */
  429: { title: 'Rate limit hit', retry: 'rate-limit' },
  /** Unsigned certificate: the client's certificate is not signed. */
  430: { title: 'Unsigned certificate', retry: 'never' },
  /** Certificate ID mismatch: the certificate does not belong to this number. */
  432: { title: 'Certificate ID mismatch', retry: 'never' },
  /** Certificate signature invalid. */
  433: { title: 'Certificate signature invalid', retry: 'never' },
  /** Re-engagement message: more than 24 hours since the user last wrote; send a template instead. */
  470: { title: 'Re-engagement message', retry: 'never' },
  /** Spam rate limit hit: sending is restricted because of the number's quality. */
  471: { title: 'Spam rate limit hit', retry: 'never' },
  /** The user's number is part of an experiment and cannot receive this message. */
  472: { title: "User's number is part of an experiment", retry: 'never' },
  /** User potentially changed: the recipient's identity may have changed. */
  480: { title: 'User potentially changed', retry: 'never' },
  /** Generic error reported in a status webhook. */
  500: { title: 'Generic error', retry: 'if-idempotent' },
  /** Message type not supported by the client. */
  501: { title: 'Message type is not currently supported', retry: 'never' },
  /** Generic error: the outcome is unknown, so a send is not sent again. */
  1000: { title: 'Generic error', retry: 'if-idempotent' },
  /** Message too long. */
  1001: { title: 'Message too long', retry: 'never' },
  /** Invalid recipient type: only `individual` is supported (R-REQ-5). */
  1002: { title: 'Invalid recipient type', retry: 'never' },
  /** Resource already exists. */
  1004: { title: 'Resource already exists', retry: 'never' },
  /** Access denied: the token is not allowed to do this (or the credentials are wrong). */
  1005: { title: 'Access denied', retry: 'never' },
  /** Resource not found (a message, media or contact ID that does not exist). */
  1006: { title: 'Resource not found', retry: 'never' },
  /** The recipient blocked the business (deprecated code). */
  1007: { title: 'Recipient blocked to receive message', retry: 'never' },
  /** Required parameter is missing. */
  1008: { title: 'Required parameter is missing', retry: 'never' },
  /** Parameter value is not valid. */
  1009: { title: 'Parameter value is not valid', retry: 'never' },
  /** A parameter was sent that this request does not take. */
  1010: { title: 'Parameter is not required', retry: 'never' },
  /** Service not ready: the client is starting or reconnecting and refused the request. */
  1011: { title: 'Service not ready', retry: 'transient' },
  /** User is not valid: the recipient is not a valid WhatsApp user. */
  1013: { title: 'User is not valid', retry: 'never' },
  /** Internal error: the outcome is unknown, so a send is not sent again. */
  1014: { title: 'Internal error', retry: 'if-idempotent' },
  /** Too many requests: the client's rate limit refused the request. */
  1015: { title: 'Too many requests', retry: 'rate-limit' },
  /** System overloaded: the client refused the request under load. */
  1016: { title: 'System overloaded', retry: 'transient' },
  /** Not primary master: the request reached a node that is not the master (multi-connect setups). */
  1017: { title: 'Not Primary Master', retry: 'transient' },
  /** Not primary Coreapp: the request reached a Coreapp that is not the primary (multi-connect setups). */
  1018: { title: 'Not Primary Coreapp', retry: 'transient' },
  /** Bad user: the business tried to message itself. */
  1021: { title: 'Bad User', retry: 'never' },
  /** Webhooks URL is not configured. */
  1022: { title: 'Webhooks URL is not configured', retry: 'never' },
  /** Database error: the outcome is unknown, so a send is not sent again. */
  1023: { title: 'Database error occurred', retry: 'if-idempotent' },
  /** Password change required: log in once with a new password before using the API. */
  1024: { title: 'Password Change Required', retry: 'never' },
  /** Invalid request. */
  1025: { title: 'Invalid Request', retry: 'never' },
  /**
   * Receiver incapable: the message could not be delivered (the On-Prem twin of Cloud 131026, R-ERR-2).
   * Never retried inside the call: reschedule it after growing intervals over hours (R-DLV-11).
   */
  1026: { title: 'Receiver incapable', retry: 'undeliverable' },
  /** A `user_identity_changed` system notification must be acknowledged first. */
  1028: { title: 'User identity changed', retry: 'never' },
  /** The sender account has been locked. */
  1031: { title: 'Sender account has been locked', retry: 'never' },
  /** Template parameter count mismatch. */
  2000: { title: 'Template Param Count Mismatch', retry: 'never' },
  /** Template missing: no template with that name and language. */
  2001: { title: 'Template Missing', retry: 'never' },
  /** Template fetch failed. */
  2002: { title: 'Template Fetch Failed', retry: 'never' },
  /** Template pack missing: no translation for the requested language. */
  2003: { title: 'Template Pack Missing', retry: 'never' },
  /** Template parameter too long. */
  2004: { title: 'Template Param Length Too Long', retry: 'never' },
  /** The template text with its parameters is too long. */
  2005: { title: 'Template Hydrated Text Too Long', retry: 'never' },
  /** Template white-space policy violated. */
  2006: { title: 'Template White Space Policy Violated', retry: 'never' },
  /** Template format-character policy violated. */
  2007: { title: 'Template Format Character Policy Violated', retry: 'never' },
  /** Template media format unsupported. */
  2008: { title: 'Template Media Format Unsupported', retry: 'never' },
  /** A required template component is missing. */
  2009: { title: 'Template Required Component Missing', retry: 'never' },
  /** Template URL invalid after its parameters were applied. */
  2010: { title: 'Template Invalid Hydrated URL', retry: 'never' },
  /** Template phone number invalid. */
  2011: { title: 'Template Invalid Phone Number', retry: 'never' },
  /** Template parameter format mismatch. */
  2012: { title: 'Template Parameter Format Mismatch', retry: 'never' },
  /** Template buttons unsupported. */
  2013: { title: 'Template Buttons Unsupported', retry: 'never' },
  /** Expected namespace is empty: set `template.namespace` (required before v2.41, R-VER-4). */
  2014: { title: 'Expected Namespace is Empty', retry: 'never' },
  /** Invalid number of sections in an interactive message. */
  2015: { title: 'Invalid number of sections', retry: 'never' },
  /** Invalid number of rows in an interactive message. */
  2016: { title: 'Invalid number of rows', retry: 'never' },
  /** Character policy violated. */
  2017: { title: 'Character Policy Violated', retry: 'never' },
  /** Invalid number of products. */
  2023: { title: 'Invalid number of products', retry: 'never' },
  /** Catalog ID not found. */
  2024: { title: 'Catalog ID not found', retry: 'never' },
  /** Catalog ID not linked to this number. */
  2025: { title: 'Catalog ID not linked to API number', retry: 'never' },
  /** Products missing from the catalog. */
  2026: { title: 'Missing products', retry: 'never' },
  /** No products found. */
  2027: { title: 'No products found', retry: 'never' },
  /** All listed products failed compliance. */
  2028: { title: 'List all products failed compliance', retry: 'never' },
  /** Some listed products failed compliance. */
  2029: { title: 'List some products failed compliance', retry: 'never' },
  /** Listed products are a mix of invalid and non-compliant ones. */
  2030: { title: 'List mixed products invalid and failed compliance', retry: 'never' },
  /** Invalid header structure. */
  2036: { title: 'Invalid Header Structure', retry: 'never' },
  /** Compliance information missing. */
  2050: { title: 'Missing Compliance Info', retry: 'never' },
  /** Template rejected. */
  2060: { title: 'Template Rejected', retry: 'never' },
  /** Template paused because of low quality. */
  2061: { title: 'Template Paused', retry: 'never' },
  /** Template disabled. */
  2062: { title: 'Template Disabled', retry: 'never' },
  /** Flow is blocked. */
  2068: { title: 'Flow is blocked', retry: 'never' },
  /** Flow is throttled: too many messages with this flow in the last hour. */
  2069: { title: 'Flow is throttled', retry: 'never' },
} as const satisfies Record<number, OnPremErrorCodeInfo>;

/** What the table knows about one code. */
export interface OnPremErrorCodeInfo {
  /** The code's title as the client reports it. */
  readonly title: string;
  /** Whether and how a call that failed with this code may be repeated. */
  readonly retry: RetryClass;
}

/**
 * Whether and how a failed send may be sent again; see {@link ONPREM_ERROR_CODES}.
 *
 * @deprecated Use `RetryClass`, shared with the Cloud table (`later` is now `transient` or `rate-limit`,
 *   `backoff` is `undeliverable`).
 */
export type OnPremRetryAdvice = RetryClass;

/** A documented On-Premises error code. */
export type OnPremErrorCode = keyof typeof ONPREM_ERROR_CODES;

/** True when `code` is in {@link ONPREM_ERROR_CODES}. */
export function isOnPremErrorCode(code: number): code is OnPremErrorCode {
  return Object.hasOwn(ONPREM_ERROR_CODES, code);
}
