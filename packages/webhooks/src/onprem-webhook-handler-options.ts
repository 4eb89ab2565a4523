import type { WebhookIntakeOptions } from './webhook-handler-options.ts';

/** HTTP Basic credentials the On-Premises client sends (`https://user:password@host/path` as its webhook URL). */
export interface BasicCredentials {
  username: string;
  password: string;
}

/**
 * Options of `createOnPremWebhookHandler`. On-Premises clients do not sign their deliveries, so the
 * endpoint authenticates them itself: with a secret last path segment, HTTP Basic credentials, or both
 * (both must then match). At least one is required.
 */
export interface OnPremWebhookHandlerOptions extends WebhookIntakeOptions {
  /**
   * A secret that must be the last segment of the request path (`/webhook/onprem/<pathSecret>`): at
   * least 24 characters of `A-Z a-z 0-9 - _ . ~`. A wrong or missing segment answers 404.
   */
  pathSecret?: string | undefined;
  /** Credentials the `Authorization: Basic …` header must carry; wrong or missing ones answer 401. */
  basicAuth?: BasicCredentials | undefined;
}
