import { createCloudClient } from '@wa/transport-cloud';
import { createWebhookHandler, type WebhookHandler } from '@wa/webhooks';

/** What the app needs to know, from the runtime's environment (env vars, or a Worker's bindings). */
export interface ReplyAppSettings {
  /** The runtime's name, put into each reply so a test can tell which runtime answered. */
  runtime: string;
  /** The Graph API origin the replies go to (a loopback stand-in in the tests). */
  graphUrl: string;
  accessToken: string;
  phoneNumberId: string;
  appSecret: string;
  verifyToken: string;
}

/** The names of the settings in the environment (`WA_GRAPH_URL`, …) or in a Worker's bindings. */
export const settingNames = {
  runtime: 'WA_RUNTIME',
  graphUrl: 'WA_GRAPH_URL',
  accessToken: 'WA_ACCESS_TOKEN',
  phoneNumberId: 'WA_PHONE_NUMBER_ID',
  appSecret: 'WA_APP_SECRET',
  verifyToken: 'WA_VERIFY_TOKEN',
} as const satisfies Record<keyof ReplyAppSettings, string>;

/** Reads the settings from an environment record; throws naming the first missing one. */
export function readSettings(environment: Record<string, unknown>): ReplyAppSettings {
  const entries = Object.entries(settingNames).map(([key, name]) => {
    const value = environment[name];
    if (typeof value !== 'string' || value === '')
      throw new Error(`[@wa-demo/runtime-tests] ${name} is not set`);
    return [key, value] as const;
  });
  return Object.fromEntries(entries) as unknown as ReplyAppSettings;
}

/** The text the app answers an inbound text with. */
export function replyText(runtime: string, body: string): string {
  return `${runtime} received: ${body}`;
}

/**
 * A webhook endpoint that answers every inbound text with a text through the Cloud API: the web-standard
 * handler of `@wa/webhooks`, replying with `@wa/transport-cloud`. Listeners finish before the 200 (the
 * handler's default), as a Worker needs.
 */
export function createReplyApp(settings: ReplyAppSettings): WebhookHandler {
  const client = createCloudClient({
    accessToken: settings.accessToken,
    phoneNumberId: settings.phoneNumberId,
    baseUrl: settings.graphUrl,
  });
  const webhooks = createWebhookHandler({
    appSecret: settings.appSecret,
    verifyToken: settings.verifyToken,
  });
  webhooks.on('message.text', async (event) => {
    // `from` is absent only for users known by a business-scoped ID alone; this app answers phone numbers.
    if (event.from === undefined) return;
    await client.sendText(event.from, replyText(settings.runtime, event.message.text.body), {
      replyTo: event.message.id,
    });
  });
  return webhooks;
}
