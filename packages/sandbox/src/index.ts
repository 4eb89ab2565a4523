/**
 * `@wa/sandbox`: a local stand-in for WhatsApp to test bots against, with no Meta account. Both APIs
 * on loopback, validation by the same rules as the SDK, signed webhooks, scripted statuses and
 * failures, and a chat UI (`npx @wa/sandbox`).
 *
 * @module
 * @example
 * ```ts
 * import { createSandbox } from '@wa/sandbox';
 *
 * const sandbox = await createSandbox({ webhook: (request) => myBot.fetch(request) });
 * const ana = sandbox.customer();
 * await ana.sendText('hi');
 * console.log((await ana.nextMessage()).text);
 * await sandbox.close();
 * ```
 */
export type { BusinessMessage, Choice } from './business-message.ts';
export {
  defaultSandboxConfig,
  readSandboxConfig,
  type SandboxConfig,
  SandboxConfigError,
} from './config/sandbox-config.ts';
export {
  createSandbox,
  type Sandbox,
  type SandboxCloudSettings,
  type SandboxOnPremSettings,
  type SandboxOptions,
  type SendStatusOptions,
} from './create-sandbox.ts';
export type {
  CustomerMessage,
  NextMessageOptions,
  SandboxCustomer,
  SharedLocation,
} from './sandbox-customer.ts';
export { SandboxError, type SandboxErrorCode } from './sandbox-error.ts';
export type { MessageStatus, SandboxApi } from './store/sandbox-store.ts';
export type { DeliveryResult, WebhookRequestHandler, WebhookTarget } from './webhooks/webhook-dispatcher.ts';
