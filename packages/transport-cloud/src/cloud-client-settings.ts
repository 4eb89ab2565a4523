import { MissingSettingError } from '@wa/schema';
import {
  environmentVariable,
  type PacerOptions,
  type RetryPolicyOptions,
  type TransportHooks,
} from '@wa/transport-utils';
import { PACKAGE_NAME } from './package-name.ts';

/** The Graph API version used when `apiVersion` is not set. */
export const DEFAULT_API_VERSION = 'v26.0';
/** The Graph API host used when `baseUrl` is not set. */
export const DEFAULT_BASE_URL = 'https://graph.facebook.com';
/** The time limit of one HTTP attempt when `timeout` is not set, in milliseconds. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** Settings of {@link createCloudClient}. Only the access token and the phone number ID are required. */
export interface CloudClientSettings {
  /**
   * A Cloud API access token with the `whatsapp_business_messaging` permission (R-HTTP-5, R-HTTP-6), sent as
   * `Authorization: Bearer …`. Defaults to the `WHATSAPP_ACCESS_TOKEN` environment variable. Never logged,
   * never part of an error or a hook event.
   */
  accessToken?: string | undefined;
  /** The business phone number ID messages are sent from. Defaults to `WHATSAPP_PHONE_NUMBER_ID`. */
  phoneNumberId?: string | undefined;
  /** The Graph API version, e.g. `v26.0` (the default). */
  apiVersion?: string | undefined;
  /**
   * The Graph API origin, default `https://graph.facebook.com`. Point it at a local stand-in (for example
   * `http://127.0.0.1:4010`) to run against a sandbox.
   */
  baseUrl?: string | undefined;
  /** The `fetch` to use, e.g. undici's; defaults to the global `fetch`. */
  fetch?: typeof globalThis.fetch | undefined;
  /** Time limit of one HTTP attempt (request and whole response), in ms; `false` for none. Default `30000`. */
  timeout?: number | false | undefined;
  /** How failed requests are retried (see the README's retry table); `false` turns retries off. */
  retry?: RetryPolicyOptions | false | undefined;
  /**
   * Throughput pacing of sends and read receipts for this phone number (messages per second, per-recipient
   * spacing, concurrency); on by default with the Cloud API's default limits. `false` turns it off.
   */
  pacing?: PacerOptions | false | undefined;
  /** Callbacks for logging and metrics; they never see the access token. */
  hooks?: TransportHooks | undefined;
  /** Extra headers for every request (they cannot replace `Authorization`). */
  headers?: Readonly<Record<string, string>> | undefined;
  /** Validate messages before sending (default `true`); `send(message, { validate })` overrides it per call. */
  validate?: boolean | undefined;
}

/** Settings with every default applied. */
export interface ResolvedCloudClientSettings {
  accessToken: string;
  phoneNumberId: string;
  apiVersion: string;
  baseUrl: string;
  timeout: number | false;
  validate: boolean;
}

/**
 * Applies the defaults and the environment fallbacks to {@link CloudClientSettings}.
 *
 * @throws MissingSettingError when the access token or the phone number ID is neither set nor in the
 *   environment.
 * @throws RangeError when `timeout` is not a positive number or `false`.
 */
export function resolveCloudClientSettings(settings: CloudClientSettings): ResolvedCloudClientSettings {
  const accessToken = settings.accessToken ?? environmentVariable('WHATSAPP_ACCESS_TOKEN');
  if (accessToken === undefined || accessToken === '') {
    throw new MissingSettingError({
      setting: 'accessToken',
      environmentVariable: 'WHATSAPP_ACCESS_TOKEN',
      packageName: PACKAGE_NAME,
    });
  }
  const phoneNumberId = settings.phoneNumberId ?? environmentVariable('WHATSAPP_PHONE_NUMBER_ID');
  if (phoneNumberId === undefined || phoneNumberId === '') {
    throw new MissingSettingError({
      setting: 'phoneNumberId',
      environmentVariable: 'WHATSAPP_PHONE_NUMBER_ID',
      packageName: PACKAGE_NAME,
    });
  }
  const timeout = settings.timeout ?? DEFAULT_TIMEOUT_MS;
  if (timeout !== false && !(timeout > 0)) {
    throw new RangeError(
      `[${PACKAGE_NAME}] timeout must be a number of milliseconds > 0 or false, got ${timeout}.`,
    );
  }
  return {
    accessToken,
    phoneNumberId,
    apiVersion: settings.apiVersion ?? DEFAULT_API_VERSION,
    baseUrl: (settings.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, ''),
    timeout,
    validate: settings.validate ?? true,
  };
}
