import { parseArgs } from 'node:util';
import { SandboxError } from '../sandbox-error.ts';

/** Everything the sandbox can be configured with (CLI flags, environment variables or code). */
export interface SandboxConfig {
  /** Interface to listen on. Loopback only by default: the sandbox has no real security. */
  host: string;
  /** Port to listen on; `0` picks a free one. */
  port: number;
  /** SQLite database file, or `:memory:` for a throwaway sandbox. */
  databasePath: string;
  /** The Graph API version the sandbox reports in its URLs (any `vNN.N` is accepted on requests). */
  apiVersion: string;
  /** The business phone number ID of the Cloud API path `/{version}/{phone-number-id}/messages`. */
  phoneNumberId: string;
  /** The business number as customers see it (digits only, E.164 without `+`). */
  displayPhoneNumber: string;
  /** The business name shown in the chat header. */
  businessName: string;
  /** The WhatsApp Business Account ID used in Cloud webhook envelopes. */
  wabaId: string;
  /** Bearer tokens the Cloud API accepts. */
  accessTokens: string[];
  /** The On-Premises API admin user (`POST /v1/users/login` with Basic auth). */
  onPremUsername: string;
  /** The On-Premises API admin password. */
  onPremPassword: string;
  /** Where Cloud-format webhooks go (after the subscription handshake); empty for none. */
  callbackUrl: string;
  /** Where On-Premises-format webhooks go; empty for none. Also settable with `PATCH /v1/settings/application`. */
  onPremCallbackUrl: string;
  /** The verify token sent in the Cloud subscription handshake (`hub.verify_token`). */
  verifyToken: string;
  /** The app secret that signs Cloud webhooks (`X-Hub-Signature-256`). */
  appSecret: string;
  /**
   * Play each business message's statuses on a timer (sent, delivered, read, or failed for
   * {@link SandboxConfig.failRecipients}). Off: the test sends them with `sendStatus`.
   */
  automaticStatuses: boolean;
  /** Milliseconds from acceptance to the `sent` status. */
  sentDelayMs: number;
  /** Milliseconds from `sent` to `delivered`. */
  deliveredDelayMs: number;
  /** Milliseconds from `delivered` to `read`; negative: the customer never reads (read receipts off). */
  readDelayMs: number;
  /** Recipients (WhatsApp IDs) whose messages fail with {@link SandboxConfig.failureCode}. */
  failRecipients: string[];
  /** The Cloud error code of injected delivery failures (the On-Premises code drops the leading `13`). */
  failureCode: number;
  /**
   * Enforce the 24-hour customer-service window: a non-template message to a customer who has not
   * written in the last 24 hours (or never wrote) is refused with HTTP 400, Graph error 131047
   * (On-Premises 470), as on WhatsApp (R-DLV-10).
   */
  serviceWindow: boolean;
  /** Deliver every webhook twice (receivers must be idempotent). */
  duplicateWebhooks: boolean;
  /** Deliver the statuses of a message in reverse order (read before delivered before sent). */
  outOfOrderWebhooks: boolean;
  /** Accepted messages per second per API; more in the same second get HTTP 429. `0` disables the limit. */
  messagesPerSecond: number;
  /**
   * Cloud pair rate limit: messages one customer may receive back to back before the rest get 131056;
   * a slot frees every 6 seconds (Meta allows bursts of about 45). `0` turns it off.
   */
  pairBurst: number;
  /** Largest accepted request body, in bytes (uploads included). */
  maxBodyBytes: number;
  /** Attempts per webhook delivery before it is given up (Meta keeps retrying much longer). */
  webhookAttempts: number;
  /** Milliseconds before the first webhook retry; doubles on each further retry. */
  webhookRetryDelayMs: number;
  /** A JSON file with extra message templates (see README). */
  templatesFile: string;
  /**
   * Milliseconds a created or edited template stays `PENDING` before it is `APPROVED` (with a
   * `message_template_status_update` webhook); `0` approves it right after the answer.
   */
  templateReviewDelayMs: number;
  /** Print one line per API request and webhook delivery. */
  verbose: boolean;
}

/** The sandbox's defaults: safe, credential-free and fast enough for tests and a live demo. */
export const defaultSandboxConfig: Readonly<SandboxConfig> = Object.freeze({
  host: '127.0.0.1',
  port: 5880,
  databasePath: ':memory:',
  apiVersion: 'v23.0',
  phoneNumberId: '106540352242922',
  displayPhoneNumber: '15550101234',
  businessName: 'Sandbox Coffee',
  wabaId: '102290129340398',
  accessTokens: ['sandbox-access-token'],
  onPremUsername: 'admin',
  onPremPassword: 'sandbox-password',
  callbackUrl: '',
  onPremCallbackUrl: '',
  verifyToken: 'sandbox-verify-token',
  appSecret: 'sandbox-app-secret',
  automaticStatuses: true,
  sentDelayMs: 150,
  deliveredDelayMs: 350,
  readDelayMs: 900,
  failRecipients: [],
  failureCode: 131026,
  serviceWindow: false,
  duplicateWebhooks: false,
  outOfOrderWebhooks: false,
  messagesPerSecond: 80,
  pairBurst: 0,
  // The largest documented media is a 100 MB document; the rest leaves room for the multipart framing.
  maxBodyBytes: 101 * 1024 * 1024,
  webhookAttempts: 4,
  webhookRetryDelayMs: 500,
  templatesFile: '',
  templateReviewDelayMs: 0,
  verbose: false,
});

type OptionKind = 'string' | 'number' | 'boolean' | 'list';

/** One configuration setting: its flag, environment variable and kind. */
export interface SandboxSetting {
  key: keyof SandboxConfig;
  flag: string;
  env: string;
  kind: OptionKind;
  description: string;
}

/** Every setting with its CLI flag and environment variable (the README's configuration table). */
export const sandboxSettings: readonly SandboxSetting[] = [
  {
    key: 'host',
    flag: 'host',
    env: 'WA_SANDBOX_HOST',
    kind: 'string',
    description: 'interface to listen on',
  },
  {
    key: 'port',
    flag: 'port',
    env: 'WA_SANDBOX_PORT',
    kind: 'number',
    description: 'port (0: any free port)',
  },
  {
    key: 'databasePath',
    flag: 'db',
    env: 'WA_SANDBOX_DB',
    kind: 'string',
    description: 'SQLite file or :memory:',
  },
  {
    key: 'apiVersion',
    flag: 'api-version',
    env: 'WA_SANDBOX_API_VERSION',
    kind: 'string',
    description: 'Graph version in media URLs',
  },
  {
    key: 'phoneNumberId',
    flag: 'phone-number-id',
    env: 'WA_SANDBOX_PHONE_NUMBER_ID',
    kind: 'string',
    description: 'Cloud phone number ID',
  },
  {
    key: 'displayPhoneNumber',
    flag: 'display-phone-number',
    env: 'WA_SANDBOX_DISPLAY_PHONE_NUMBER',
    kind: 'string',
    description: 'business number customers see',
  },
  {
    key: 'businessName',
    flag: 'business-name',
    env: 'WA_SANDBOX_BUSINESS_NAME',
    kind: 'string',
    description: 'business name in the chat header',
  },
  {
    key: 'wabaId',
    flag: 'waba-id',
    env: 'WA_SANDBOX_WABA_ID',
    kind: 'string',
    description: 'WABA ID in Cloud webhooks',
  },
  {
    key: 'accessTokens',
    flag: 'access-token',
    env: 'WA_SANDBOX_ACCESS_TOKENS',
    kind: 'list',
    description: 'accepted Cloud bearer tokens (comma-separated)',
  },
  {
    key: 'onPremUsername',
    flag: 'onprem-username',
    env: 'WA_SANDBOX_ONPREM_USERNAME',
    kind: 'string',
    description: 'On-Prem login user',
  },
  {
    key: 'onPremPassword',
    flag: 'onprem-password',
    env: 'WA_SANDBOX_ONPREM_PASSWORD',
    kind: 'string',
    description: 'On-Prem login password',
  },
  {
    key: 'callbackUrl',
    flag: 'callback-url',
    env: 'WA_SANDBOX_CALLBACK_URL',
    kind: 'string',
    description: 'Cloud webhook callback URL',
  },
  {
    key: 'onPremCallbackUrl',
    flag: 'onprem-callback-url',
    env: 'WA_SANDBOX_ONPREM_CALLBACK_URL',
    kind: 'string',
    description: 'On-Prem webhook URL',
  },
  {
    key: 'verifyToken',
    flag: 'verify-token',
    env: 'WA_SANDBOX_VERIFY_TOKEN',
    kind: 'string',
    description: 'hub.verify_token of the handshake',
  },
  {
    key: 'appSecret',
    flag: 'app-secret',
    env: 'WA_SANDBOX_APP_SECRET',
    kind: 'string',
    description: 'signs X-Hub-Signature-256',
  },
  {
    key: 'automaticStatuses',
    flag: 'automatic-statuses',
    env: 'WA_SANDBOX_AUTOMATIC_STATUSES',
    kind: 'boolean',
    description: 'play statuses on a timer',
  },
  {
    key: 'sentDelayMs',
    flag: 'sent-delay',
    env: 'WA_SANDBOX_SENT_DELAY_MS',
    kind: 'number',
    description: 'ms until `sent`',
  },
  {
    key: 'deliveredDelayMs',
    flag: 'delivered-delay',
    env: 'WA_SANDBOX_DELIVERED_DELAY_MS',
    kind: 'number',
    description: 'ms from `sent` to `delivered`',
  },
  {
    key: 'readDelayMs',
    flag: 'read-delay',
    env: 'WA_SANDBOX_READ_DELAY_MS',
    kind: 'number',
    description: 'ms from `delivered` to `read` (negative: never)',
  },
  {
    key: 'failRecipients',
    flag: 'fail-recipients',
    env: 'WA_SANDBOX_FAIL_RECIPIENTS',
    kind: 'list',
    description: 'recipients whose messages fail',
  },
  {
    key: 'failureCode',
    flag: 'failure-code',
    env: 'WA_SANDBOX_FAILURE_CODE',
    kind: 'number',
    description: 'Cloud code of injected failures',
  },
  {
    key: 'serviceWindow',
    flag: 'service-window',
    env: 'WA_SANDBOX_SERVICE_WINDOW',
    kind: 'boolean',
    description: 'refuse free-form messages outside the 24-hour window (131047 / 470)',
  },
  {
    key: 'duplicateWebhooks',
    flag: 'duplicate-webhooks',
    env: 'WA_SANDBOX_DUPLICATE_WEBHOOKS',
    kind: 'boolean',
    description: 'deliver every webhook twice',
  },
  {
    key: 'outOfOrderWebhooks',
    flag: 'out-of-order-webhooks',
    env: 'WA_SANDBOX_OUT_OF_ORDER_WEBHOOKS',
    kind: 'boolean',
    description: 'statuses in reverse order',
  },
  {
    key: 'messagesPerSecond',
    flag: 'messages-per-second',
    env: 'WA_SANDBOX_MESSAGES_PER_SECOND',
    kind: 'number',
    description: 'throughput limit (0: none)',
  },
  {
    key: 'maxBodyBytes',
    flag: 'max-body-bytes',
    env: 'WA_SANDBOX_MAX_BODY_BYTES',
    kind: 'number',
    description: 'largest request body',
  },
  {
    key: 'webhookAttempts',
    flag: 'webhook-attempts',
    env: 'WA_SANDBOX_WEBHOOK_ATTEMPTS',
    kind: 'number',
    description: 'delivery attempts per webhook',
  },
  {
    key: 'webhookRetryDelayMs',
    flag: 'webhook-retry-delay',
    env: 'WA_SANDBOX_WEBHOOK_RETRY_DELAY_MS',
    kind: 'number',
    description: 'first retry delay (doubles)',
  },
  {
    key: 'templatesFile',
    flag: 'templates',
    env: 'WA_SANDBOX_TEMPLATES',
    kind: 'string',
    description: 'JSON file of extra templates',
  },
  {
    key: 'templateReviewDelayMs',
    flag: 'template-review-delay',
    env: 'WA_SANDBOX_TEMPLATE_REVIEW_DELAY_MS',
    kind: 'number',
    description: 'ms a new or edited template stays PENDING',
  },
  {
    key: 'verbose',
    flag: 'verbose',
    env: 'WA_SANDBOX_VERBOSE',
    kind: 'boolean',
    description: 'log every request and delivery',
  },
];

/** A setting was given a value the sandbox cannot use (code `WA_SANDBOX_INVALID`). */
export class SandboxConfigError extends SandboxError {
  constructor(message: string) {
    super('WA_SANDBOX_INVALID', message);
    this.name = 'SandboxConfigError';
  }
}

function convert(setting: SandboxSetting, raw: string, source: string): SandboxConfig[keyof SandboxConfig] {
  switch (setting.kind) {
    case 'string':
      return raw;
    case 'list':
      return raw
        .split(',')
        .map((item) => item.trim())
        .filter((item) => item !== '');
    case 'boolean': {
      if (['1', 'true', 'yes', 'on', ''].includes(raw.toLowerCase())) return true;
      if (['0', 'false', 'no', 'off'].includes(raw.toLowerCase())) return false;
      throw new SandboxConfigError(`${source} must be true or false, got "${raw}".`);
    }
    case 'number': {
      const value = Number(raw);
      if (raw.trim() === '' || !Number.isFinite(value)) {
        throw new SandboxConfigError(`${source} must be a number, got "${raw}".`);
      }
      return value;
    }
  }
}

/**
 * Reads the configuration: defaults, then environment variables, then CLI flags (`--port 0`,
 * `--db :memory:`, `--duplicate-webhooks`). Unknown flags are an error, so typos do not pass silently.
 */
export function readSandboxConfig(
  argv: readonly string[] = process.argv.slice(2),
  env: NodeJS.ProcessEnv = process.env,
): SandboxConfig {
  const config: SandboxConfig = {
    ...defaultSandboxConfig,
    accessTokens: [...defaultSandboxConfig.accessTokens],
  };
  const writable = config as unknown as Record<string, unknown>;
  for (const setting of sandboxSettings) {
    const raw = env[setting.env];
    if (raw !== undefined) writable[setting.key] = convert(setting, raw, setting.env);
  }
  const options = Object.fromEntries(
    sandboxSettings.map((setting) => [
      setting.flag,
      setting.kind === 'boolean' ? { type: 'boolean' as const } : { type: 'string' as const },
    ]),
  );
  let values: Record<string, string | boolean | undefined>;
  try {
    values = parseArgs({
      args: [...argv],
      options,
      allowPositionals: false,
      allowNegative: true,
      strict: true,
    }).values as Record<string, string | boolean | undefined>;
  } catch (error) {
    throw new SandboxConfigError(error instanceof Error ? error.message : String(error));
  }
  for (const setting of sandboxSettings) {
    const value = values[setting.flag];
    if (value === undefined) continue;
    writable[setting.key] = typeof value === 'boolean' ? value : convert(setting, value, `--${setting.flag}`);
  }
  if (!Number.isInteger(config.port) || config.port < 0 || config.port > 65_535) {
    throw new SandboxConfigError(`The port must be an integer from 0 to 65535, got ${config.port}.`);
  }
  if (config.accessTokens.length === 0) throw new SandboxConfigError('At least one access token is needed.');
  return config;
}
