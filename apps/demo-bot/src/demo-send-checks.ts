import {
  createServiceWindowTracker,
  createTemplateCatalog,
  type ServiceWindowTracker,
  type ServiceWindowTrackerOptions,
  type TemplateCatalog,
  type TemplateDefinition,
} from '@wa/transport-cloud';
import { demoTemplateDefinitions } from './demo-templates.ts';

/** The opt-in send checks the demo bot passes to its client (`templateCatalog`, `serviceWindow`). */
export interface DemoSendChecks {
  /** Checks every template message against its approved definition before it is sent. */
  templateCatalog: TemplateCatalog;
  /** Refuses free-form messages outside a customer's 24-hour window; fed by the webhook handler. */
  serviceWindow: ServiceWindowTracker;
}

/** Options of {@link createDemoSendChecks}. */
export interface DemoSendChecksOptions {
  /**
   * Loads the account's templates (the Cloud client's `listAllTemplates` when a WhatsApp Business
   * Account is configured). Default: the templates the demo sends ({@link demoTemplateDefinitions}).
   */
  loadTemplates?: (() => Promise<readonly TemplateDefinition[]>) | undefined;
  /**
   * Where the window tracker keeps each customer's last message: `createRedisServiceWindowStore` of
   * `@wa/redis` when several processes share one Redis. Default: in memory, in this process.
   */
  serviceWindowStore?: ServiceWindowTrackerOptions['store'];
  /** The clock of the window tracker, in ms since the epoch (tests move it). Default `Date.now`. */
  now?: (() => number) | undefined;
}

/**
 * The checks the demo bot sends with: a template catalog (from the account, or the demo's own list) and
 * a service window tracker (in memory, or on the given store), which `attachDemoConversation` feeds from inbound messages.
 *
 * @example
 * const checks = createDemoSendChecks();
 * const client = createCloudClient({ ...settings, ...checks });
 * attachDemoConversation(webhooks, client, { serviceWindow: checks.serviceWindow });
 */
export function createDemoSendChecks(options: DemoSendChecksOptions = {}): DemoSendChecks {
  return {
    templateCatalog: createTemplateCatalog({
      load: options.loadTemplates ?? (() => demoTemplateDefinitions),
    }),
    serviceWindow: createServiceWindowTracker({ now: options.now, store: options.serviceWindowStore }),
  };
}
