import { MissingSettingError, type UnknownKeysPolicy } from '@wa/schema';
import {
  type ClientSettings,
  DEFAULT_TIMEOUT_MS,
  environmentVariable,
  type ResolvedClientSettings,
  resolveClientSettings,
} from '@wa/transport-utils';
import { PACKAGE_NAME } from './package-name.ts';
import { USER_AGENT } from './user-agent.ts';

/** The Graph API version used when `apiVersion` is not set. */
export const DEFAULT_API_VERSION = 'v26.0';
/** The Graph API host used when `baseUrl` is not set. */
export const DEFAULT_BASE_URL = 'https://graph.facebook.com';
export { DEFAULT_TIMEOUT_MS };

/**
 * Settings of {@link createCloudClient}. Only the access token and the phone number ID are required. The
 * shared settings (`timeout`, `retry`, `pacing`, `hooks`, `headers`, `userAgent`, `validate`,
 * `unknownKeys`, `fetch`, and the opt-in `templateCatalog` and `serviceWindow` checks) have the same names,
 * defaults and checks as in `@wa/transport-onprem`. The service window is tracked per `phoneNumberId`.
 */
export interface CloudClientSettings extends ClientSettings {
  /**
   * A Cloud API access token with the `whatsapp_business_messaging` permission (R-HTTP-5, R-HTTP-6), sent as
   * `Authorization: Bearer …`. Defaults to the `WHATSAPP_ACCESS_TOKEN` environment variable. Never logged,
   * never part of an error or a hook event.
   */
  accessToken?: string | undefined;
  /** The business phone number ID messages are sent from. Defaults to `WHATSAPP_PHONE_NUMBER_ID`. */
  phoneNumberId?: string | undefined;
  /**
   * The WhatsApp Business Account ID, for template management (`listTemplates`, `createTemplate`, …).
   * Defaults to `WHATSAPP_BUSINESS_ACCOUNT_ID`; only those calls need it.
   */
  businessAccountId?: string | undefined;
  /** The Graph API version, e.g. `v26.0` (the default). */
  apiVersion?: string | undefined;
  /**
   * The Graph API origin, default `https://graph.facebook.com`. Point it at a local stand-in (for example
   * `http://127.0.0.1:4010`) to run against a sandbox; `downloadMedia` then also sends the token to this
   * origin.
   */
  baseUrl?: string | undefined;
}

/** Settings with every default applied. */
export interface ResolvedCloudClientSettings extends ResolvedClientSettings {
  accessToken: string;
  phoneNumberId: string;
  /** The WhatsApp Business Account ID, when set or in the environment. */
  businessAccountId: string | undefined;
  apiVersion: string;
  baseUrl: string;
  unknownKeys: UnknownKeysPolicy;
}

/**
 * Applies the defaults and the environment fallbacks to {@link CloudClientSettings}.
 *
 * @throws MissingSettingError when the access token or the phone number ID is neither set nor in the
 *   environment.
 * @throws ValidationError when a setting is invalid (`baseUrl` not an http(s) URL, a `timeout` that is not
 *   a number > 0 or `false`, …).
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
  const baseUrl = (settings.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const issues = isHttpUrl(baseUrl)
    ? []
    : [
        {
          path: '$.baseUrl',
          message: 'must be an http(s) URL without credentials, e.g. https://graph.facebook.com',
        },
      ];
  const shared = resolveClientSettings(settings, {
    packageName: PACKAGE_NAME,
    subject: 'Cloud client settings',
    userAgent: USER_AGENT,
    issues,
  });
  return {
    ...shared,
    accessToken,
    phoneNumberId,
    businessAccountId: settings.businessAccountId ?? environmentVariable('WHATSAPP_BUSINESS_ACCOUNT_ID'),
    apiVersion: settings.apiVersion ?? DEFAULT_API_VERSION,
    baseUrl,
  };
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password;
  } catch {
    return false;
  }
}
