/** Which WhatsApp API the bot talks to. */
export type DemoApi = 'cloud' | 'onprem';

/** Everything the demo bot needs, read from the environment (see README.md). */
export interface BotConfig {
  /** `WA_DEMO_API`: `cloud` (default) or `onprem`. */
  api: DemoApi;
  /** `WA_DEMO_HOST`: where the webhook server listens (default 127.0.0.1). */
  host: string;
  /** `WA_DEMO_PORT`: the webhook server's port (default 5881; 0 picks a free one). */
  port: number;
  /** `WA_DEMO_SANDBOX_URL`: the sandbox, used unless real credentials are given. */
  sandboxUrl: string;
  /** True when `WHATSAPP_ACCESS_TOKEN` and `WHATSAPP_PHONE_NUMBER_ID` point the bot at the real Cloud API. */
  realCloud: boolean;
  cloud: {
    accessToken: string;
    phoneNumberId: string;
    apiVersion: string | undefined;
    baseUrl: string;
    /**
     * `WHATSAPP_BUSINESS_ACCOUNT_ID`: the bot loads its template catalog from this account
     * (`listAllTemplates`); without it, from the templates the demo sends.
     */
    businessAccountId: string | undefined;
  };
  onPrem: { baseUrl: string; username: string; password: string };
  /**
   * `WA_DEMO_REDIS_URL` (e.g. `redis://127.0.0.1:6379`): when set, the pacing, the webhook deduplication
   * and the customer service windows live in this Redis, so several bot processes can share them.
   * Unset: everything stays in this process's memory.
   */
  redisUrl: string | undefined;
  /** `WA_DEMO_INSTANCE`: a name for this process in the log (e.g. `bot-1` when several run). */
  instance: string | undefined;
  /** `WHATSAPP_APP_SECRET`: checks `X-Hub-Signature-256` on Cloud webhooks. */
  appSecret: string;
  /** `WHATSAPP_VERIFY_TOKEN`: answers the subscription handshake. */
  verifyToken: string;
}

/** The sandbox's default credentials: they only open the local sandbox. */
export const sandboxDefaults = {
  url: 'http://127.0.0.1:5880',
  accessToken: 'sandbox-access-token',
  phoneNumberId: '106540352242922',
  apiVersion: 'v23.0',
  appSecret: 'sandbox-app-secret',
  verifyToken: 'sandbox-verify-token',
  onPremUsername: 'admin',
  onPremPassword: 'sandbox-password',
} as const;

function value(env: NodeJS.ProcessEnv, name: string): string | undefined {
  const raw = env[name];
  return raw === undefined || raw.trim() === '' ? undefined : raw.trim();
}

/**
 * Reads the configuration. Without credentials everything points at the sandbox; with
 * `WHATSAPP_ACCESS_TOKEN` + `WHATSAPP_PHONE_NUMBER_ID` (and `WHATSAPP_APP_SECRET`) the same bot talks to
 * the real Cloud API at graph.facebook.com.
 */
export function readBotConfig(env: NodeJS.ProcessEnv = process.env): BotConfig {
  const api = (value(env, 'WA_DEMO_API') ?? 'cloud').toLowerCase();
  if (api !== 'cloud' && api !== 'onprem') {
    throw new Error(`[@wa-demo/demo-bot] WA_DEMO_API must be "cloud" or "onprem", got "${api}".`);
  }
  const port = Number(value(env, 'WA_DEMO_PORT') ?? '5881');
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new Error(`[@wa-demo/demo-bot] WA_DEMO_PORT must be a port number, got "${env.WA_DEMO_PORT}".`);
  }
  const redisUrl = value(env, 'WA_DEMO_REDIS_URL');
  if (redisUrl !== undefined && !/^rediss?:\/\//.test(redisUrl)) {
    throw new Error(
      '[@wa-demo/demo-bot] WA_DEMO_REDIS_URL must start with redis:// or rediss:// (e.g. redis://127.0.0.1:6379).',
    );
  }
  const sandboxUrl = (value(env, 'WA_DEMO_SANDBOX_URL') ?? sandboxDefaults.url).replace(/\/$/, '');
  const accessToken = value(env, 'WHATSAPP_ACCESS_TOKEN');
  const phoneNumberId = value(env, 'WHATSAPP_PHONE_NUMBER_ID');
  const realCloud = api === 'cloud' && accessToken !== undefined && phoneNumberId !== undefined;
  const appSecret = value(env, 'WHATSAPP_APP_SECRET');
  if (realCloud && appSecret === undefined) {
    throw new Error(
      '[@wa-demo/demo-bot] WHATSAPP_APP_SECRET is required with real credentials: webhooks are verified with it.',
    );
  }
  return {
    api,
    host: value(env, 'WA_DEMO_HOST') ?? '127.0.0.1',
    port,
    sandboxUrl,
    realCloud,
    cloud: {
      accessToken: accessToken ?? sandboxDefaults.accessToken,
      phoneNumberId: phoneNumberId ?? sandboxDefaults.phoneNumberId,
      apiVersion: value(env, 'WHATSAPP_API_VERSION') ?? (realCloud ? undefined : sandboxDefaults.apiVersion),
      baseUrl: value(env, 'WHATSAPP_BASE_URL') ?? (realCloud ? 'https://graph.facebook.com' : sandboxUrl),
      businessAccountId: value(env, 'WHATSAPP_BUSINESS_ACCOUNT_ID'),
    },
    onPrem: {
      baseUrl: value(env, 'WA_ONPREM_BASE_URL') ?? sandboxUrl,
      username: value(env, 'WA_ONPREM_USERNAME') ?? sandboxDefaults.onPremUsername,
      password: value(env, 'WA_ONPREM_PASSWORD') ?? sandboxDefaults.onPremPassword,
    },
    redisUrl,
    instance: value(env, 'WA_DEMO_INSTANCE'),
    appSecret: appSecret ?? sandboxDefaults.appSecret,
    verifyToken: value(env, 'WHATSAPP_VERIFY_TOKEN') ?? sandboxDefaults.verifyToken,
  };
}
