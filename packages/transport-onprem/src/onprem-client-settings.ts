import type { PacerOptions, RetryPolicyOptions, TransportHooks } from '@wa/transport-utils';
import type { OnPremTlsSettings } from './create-tls-fetch.ts';

/** Settings of {@link createOnPremClient} shared by both ways of authenticating. */
export interface OnPremClientBaseSettings {
  /**
   * The address of the On-Premises client (its web app), e.g. `https://wa.example.internal:9090`.
   * Default: the `WHATSAPP_ONPREM_URL` environment variable.
   */
  baseUrl?: string | undefined;
  /**
   * The version of the On-Premises client, e.g. `2.53.2`, for the checks that depend on it: template
   * `namespace` is required before v2.41 (R-VER-4), captions are limited from v2.41.2 (R-VER-5).
   * When absent, the newest behaviour applies.
   */
  clientVersion?: string | undefined;
  /**
   * Accept legacy `hsm` messages (`type: 'hsm'`), deprecated since v2.39 (R-REQ-19), for clients that
   * only know them. Without it they are accepted only with a `clientVersion` before 2.39. Default `false`.
   */
  legacyHsm?: boolean | undefined;
  /**
   * Validate messages before sending (default `true`); `send(message, { validate })` overrides it per
   * call. Turn it off only for messages already validated: an invalid message is then refused by the
   * On-Premises client instead.
   */
  validate?: boolean | undefined;
  /**
   * Time limit of one HTTP attempt (request and whole response), in milliseconds; `false` for none.
   * Default `20_000`.
   */
  timeout?: number | false | undefined;
  /**
   * The `fetch` to use. Default: the global `fetch`, or undici's `fetch` when `tls` is set. Cannot be
   * combined with `tls` (configure TLS in your own `fetch`).
   */
  fetch?: typeof globalThis.fetch | undefined;
  /** TLS options for a self-signed or private-CA certificate (see {@link OnPremTlsSettings}). */
  tls?: OnPremTlsSettings | undefined;
  /**
   * How failed requests are retried (`false`: never). A send is retried only when the client
   * certainly did not act on it: never after a timeout or a lost connection (R-DLV-3).
   */
  retry?: RetryPolicyOptions | false | undefined;
  /**
   * Throughput limits of `send` (`false`: none). Default {@link ONPREM_SINGLE_SHARD_PACING}: 70 messages
   * per second, the figure for a single shard (R-PERF-1), at most 32 sends in flight and no
   * per-recipient spacing. Use {@link ONPREM_MULTI_SHARD_PACING} (250 per second, R-PERF-2) for a
   * 32-shard deployment. Missing fields take the single-shard values.
   */
  pacing?: PacerOptions | false | undefined;
  /** Logging and metrics callbacks; events never carry the password or the token. */
  hooks?: TransportHooks | undefined;
  /** Extra headers sent with every request (an `Authorization` header here is replaced). */
  headers?: Readonly<Record<string, string>> | undefined;
  /**
   * Log in again this long before the token expires (the login answer's `expires_after`), in
   * milliseconds. Default `300_000` (5 minutes).
   */
  tokenRefreshMarginMs?: number | undefined;
}

/** Log in with a username and password (HTTP Basic on `POST /v1/users/login`) and keep the token fresh. */
export interface OnPremPasswordAuthentication {
  /** The API user. Default: the `WHATSAPP_ONPREM_USERNAME` environment variable. */
  username?: string | undefined;
  /** Its password. Default: the `WHATSAPP_ONPREM_PASSWORD` environment variable. Never logged. */
  password?: string | undefined;
  token?: undefined;
}

/**
 * Use a bearer token obtained elsewhere. It is not renewed: when it expires, calls fail with a 401
 * `OnPremApiError`.
 */
export interface OnPremTokenAuthentication {
  /** The bearer token. Never logged. */
  token: string;
  username?: undefined;
  password?: undefined;
}

/** Settings of {@link createOnPremClient}: either a username and password, or a token. */
export type OnPremClientSettings = OnPremClientBaseSettings &
  (OnPremPasswordAuthentication | OnPremTokenAuthentication);

/**
 * Pacing for a single-shard deployment: 70 text messages per second (R-PERF-1), 32 sends in flight, no
 * per-recipient spacing (the seeds document no pair limit for the On-Premises client).
 */
export const ONPREM_SINGLE_SHARD_PACING: Readonly<PacerOptions> = Object.freeze({
  messagesPerSecond: 70,
  maxConcurrency: 32,
  recipientIntervalMs: 0,
});

/** Pacing for a 32-shard deployment: 250 text messages per second (R-PERF-2), 128 sends in flight. */
export const ONPREM_MULTI_SHARD_PACING: Readonly<PacerOptions> = Object.freeze({
  messagesPerSecond: 250,
  maxConcurrency: 128,
  recipientIntervalMs: 0,
});
