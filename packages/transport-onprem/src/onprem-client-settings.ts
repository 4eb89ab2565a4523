import { MissingSettingError, type TransportPacer, ValidationError, type ValidationIssue } from '@wa/schema';
import {
  type ClientSettings,
  environmentVariable,
  type PacerOptions,
  type ResolvedClientSettings,
  resolveClientSettings,
} from '@wa/transport-utils';
import type { OnPremTlsSettings } from './create-tls-fetch.ts';
import { PACKAGE_NAME } from './package-name.ts';
import { USER_AGENT } from './user-agent.ts';

/**
 * Settings of {@link createOnPremClient} shared by both ways of authenticating. The shared settings
 * (`timeout`, `retry`, `pacing`, `hooks`, `headers`, `userAgent`, `validate`, `unknownKeys`, `fetch`, and the
 * opt-in `templateCatalog` and `serviceWindow` checks) have the same names, defaults and checks as in
 * `@wa/transport-cloud`. The On-Premises client tracks the service window without a business number key.
 */
export interface OnPremClientBaseSettings extends ClientSettings {
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
   * The `fetch` to use. Default: the global `fetch`, or undici's `fetch` when `tls` is set. Cannot be
   * combined with `tls` (configure TLS in your own `fetch`).
   */
  fetch?: typeof globalThis.fetch | undefined;
  /** TLS options for a self-signed or private-CA certificate (see {@link OnPremTlsSettings}). */
  tls?: OnPremTlsSettings | undefined;
  /**
   * Throughput limits of `send` (`false`: none), or a pacer of your own. Default
   * {@link ONPREM_SINGLE_SHARD_PACING}: 70 messages per second, the figure for a single shard (R-PERF-1),
   * at most 32 sends in flight and no per-recipient spacing. Use {@link ONPREM_MULTI_SHARD_PACING} (250 per
   * second, R-PERF-2) for a 32-shard deployment. Missing fields take the single-shard values.
   */
  pacing?: PacerOptions | TransportPacer | false | undefined;
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

const DEFAULT_REFRESH_MARGIN_MS = 5 * 60 * 1000;
const subject = 'On-Premises client settings';

/** How the client authenticates: a fixed token, or HTTP Basic credentials for `POST /v1/users/login`. */
export type OnPremAuthentication = { kind: 'token'; token: string } | { kind: 'password'; basic: string };

/** {@link OnPremClientSettings} with every default applied. */
export interface ResolvedOnPremClientSettings extends ResolvedClientSettings {
  /** The client's address, without a trailing slash. */
  baseUrl: string;
  /** The token, or the Basic credentials (kept in memory only, never logged). */
  authentication: OnPremAuthentication;
  /** Log in again this long before the token expires, in ms. */
  tokenRefreshMarginMs: number;
}

/**
 * Applies the defaults and the environment fallbacks to {@link OnPremClientSettings} and validates them
 * (the shared settings with the same rules as the Cloud client).
 *
 * @throws MissingSettingError when `baseUrl` or the credentials are neither passed nor in the environment.
 * @throws ValidationError when a setting is invalid.
 */
export function resolveOnPremClientSettings(settings: OnPremClientSettings): ResolvedOnPremClientSettings {
  const baseUrl = resolveBaseUrl(settings.baseUrl ?? environmentVariable('WHATSAPP_ONPREM_URL'));
  const authentication = resolveAuthentication(settings);
  const issues: ValidationIssue[] = [];
  if (settings.fetch !== undefined && settings.tls !== undefined) {
    issues.push({
      path: '$.tls',
      message: 'cannot be combined with `fetch`; configure TLS in your own fetch, or drop `fetch`',
    });
  }
  const tokenRefreshMarginMs = settings.tokenRefreshMarginMs ?? DEFAULT_REFRESH_MARGIN_MS;
  if (!(tokenRefreshMarginMs >= 0)) {
    issues.push({
      path: '$.tokenRefreshMarginMs',
      message: `must be a number >= 0, got ${tokenRefreshMarginMs}`,
    });
  }
  const shared = resolveClientSettings(settings, {
    packageName: PACKAGE_NAME,
    subject,
    userAgent: USER_AGENT,
    pacingDefaults: ONPREM_SINGLE_SHARD_PACING,
    issues,
  });
  return { ...shared, baseUrl, authentication, tokenRefreshMarginMs };
}

/** The token, or the Basic credentials built from the username and password. */
function resolveAuthentication(settings: OnPremClientSettings): OnPremAuthentication {
  if (settings.token !== undefined) {
    if (
      typeof settings.token !== 'string' ||
      settings.token.trim() === '' ||
      settings.username !== undefined
    ) {
      throw new ValidationError({
        subject,
        issues: [
          { path: '$.token', message: 'must be a non-empty string, and cannot be combined with a username' },
        ],
        packageName: PACKAGE_NAME,
      });
    }
    return { kind: 'token', token: settings.token };
  }
  const username = settings.username ?? environmentVariable('WHATSAPP_ONPREM_USERNAME');
  const password = settings.password ?? environmentVariable('WHATSAPP_ONPREM_PASSWORD');
  if (username === undefined || username === '') {
    throw new MissingSettingError({
      setting: 'username',
      environmentVariable: 'WHATSAPP_ONPREM_USERNAME',
      packageName: PACKAGE_NAME,
    });
  }
  if (password === undefined || password === '') {
    throw new MissingSettingError({
      setting: 'password',
      environmentVariable: 'WHATSAPP_ONPREM_PASSWORD',
      packageName: PACKAGE_NAME,
    });
  }
  return { kind: 'password', basic: `Basic ${base64(`${username}:${password}`)}` };
}

function resolveBaseUrl(value: string | undefined): string {
  if (value === undefined || value === '') {
    throw new MissingSettingError({
      setting: 'baseUrl',
      environmentVariable: 'WHATSAPP_ONPREM_URL',
      packageName: PACKAGE_NAME,
    });
  }
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (
    url === undefined ||
    (url.protocol !== 'http:' && url.protocol !== 'https:') ||
    url.username ||
    url.password
  ) {
    throw new ValidationError({
      subject,
      issues: [
        {
          path: '$.baseUrl',
          message: 'must be an http(s) URL without credentials, e.g. https://wa.example:9090',
        },
      ],
      packageName: PACKAGE_NAME,
    });
  }
  return url.href.replace(/\/+$/, '');
}

function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}
