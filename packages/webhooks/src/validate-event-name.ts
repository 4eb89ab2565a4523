import { WaError } from '@wa/schema';
import { isWebhookEventName, type WebhookEventName } from './webhook-event-names.ts';

/** Options of {@link validateEventName}. */
export interface ValidateEventNameOptions {
  /**
   * What to do with a name that is not a known event name: `'throw'` (default) a `WaError`
   * (`WA_WEBHOOK_UNKNOWN_EVENT_NAME`), `'warn'` on the console, or `'ignore'`.
   */
  onUnknownEventName?: 'throw' | 'warn' | 'ignore' | undefined;
}

/**
 * Checks at runtime that `name` is a known webhook event name (`message.text`,
 * `message.interactive.list_reply`, `status.read`, …). `'*'` is refused: use `onAny()`.
 *
 * @returns `true` when the name is known.
 * @throws {WaError} `WA_WEBHOOK_UNKNOWN_EVENT_NAME` for an unknown name, unless `onUnknownEventName` says otherwise.
 *
 * @example
 * ```ts
 * validateEventName('message.text'); // true
 * validateEventName('message.txt', { onUnknownEventName: 'ignore' }); // false
 * ```
 */
export function validateEventName(
  name: unknown,
  options: ValidateEventNameOptions = {},
): name is WebhookEventName {
  if (isWebhookEventName(name)) return true;
  const mode = options.onUnknownEventName ?? 'throw';
  if (mode === 'ignore') return false;
  const hint = name === '*' ? ' Use onAny() to listen to every event.' : '';
  const message = `[@wa/webhooks] Unknown webhook event name ${describeName(name)}.${hint}`;
  if (mode === 'warn') {
    console.warn(message);
    return false;
  }
  throw new WaError({ code: 'WA_WEBHOOK_UNKNOWN_EVENT_NAME', message });
}

/** Quotes a string name; names anything else by its type (never throws). */
function describeName(name: unknown): string {
  return typeof name === 'string' ? JSON.stringify(name) : `(a ${typeof name})`;
}
