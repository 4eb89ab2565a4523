import { isPlainObject } from '../common/plain-object.ts';
import { ServiceWindowClosedError } from '../errors/service-window-closed-error.ts';
import { createMemoryServiceWindowStore, type ServiceWindowStore } from './service-window-store.ts';

/** The customer service window: 24 hours from the customer's last message. */
export const SERVICE_WINDOW_MS = 24 * 60 * 60 * 1000;

/** How long a last-message time is kept by default: 7 days, so a closed window can say when it closed. */
const defaultHistoryMs = 7 * SERVICE_WINDOW_MS;

/**
 * An inbound message, as a webhook delivers it: the `message` events of `@wa/webhooks` have this shape, so
 * `handler.on('message', (event) => tracker.recordInbound(event))` feeds the tracker.
 */
export interface InboundMessageRecord {
  /** The customer's WhatsApp ID (`message.from`). */
  from: string | undefined;
  /** The message; its `timestamp` is in seconds since the epoch, as the API sends it. */
  message: { timestamp?: string | number | undefined };
  /** The business phone number the message was sent to (Cloud: `metadata.phone_number_id`). */
  metadata?: { phoneNumberId?: string | undefined } | undefined;
}

/** Whether free-form messages can be sent to a customer now. */
export interface ServiceWindowStatus {
  /** True while the window is open: a free-form message can be sent. */
  open: boolean;
  /** When the customer last wrote, if known. */
  lastInboundAt: Date | undefined;
  /** When the window closes (open) or closed (closed); `undefined` when the customer never wrote. */
  closesAt: Date | undefined;
}

/** Settings of {@link createServiceWindowTracker}. */
export interface ServiceWindowTrackerOptions {
  /** Where last-message times are kept. Default: this process's memory. */
  store?: ServiceWindowStore | undefined;
  /** The clock, in ms since the epoch. Default `Date.now`; tests move it. */
  now?: (() => number) | undefined;
  /** The package name used in error messages. Default `@wa/schema`. */
  packageName?: string | undefined;
  /**
   * How long a customer's last-message time is kept, in ms (at least the 24-hour window). Default 7 days:
   * within it a refusal says when the window closed; after it, that the customer has not written.
   */
  historyMs?: number | undefined;
}

/**
 * Tracks the 24-hour customer service window of each customer, per business phone number, from inbound
 * messages, and answers whether a free-form message can be sent now (see {@link createServiceWindowTracker}).
 */
export interface ServiceWindowTracker {
  /** Records an inbound message (call it for every `message` webhook event). */
  recordInbound(record: InboundMessageRecord): Promise<void>;
  /** Records that `customer` wrote at `at` (a Date or ms since the epoch). */
  recordInboundAt(customer: string, at: Date | number, businessPhoneNumberId?: string): Promise<void>;
  /** Is the window with `customer` open now, and until when? */
  status(customer: string, businessPhoneNumberId?: string): Promise<ServiceWindowStatus>;
  /**
   * Rejects with `ServiceWindowClosedError` when `message` is not a template message and the window with
   * its recipient (`to`) is closed. Template messages always pass.
   */
  assertCanSend(message: unknown, businessPhoneNumberId?: string): Promise<void>;
}

/** A WhatsApp ID as digits only (`+1 555-0100` and `15550100` are the same customer). */
function customerKey(customer: string, business: string | undefined): string {
  return `${business ?? ''}:${customer.replace(/\D/g, '')}`;
}

function inboundTimeMs(timestamp: string | number | undefined, now: number): number {
  const seconds = typeof timestamp === 'string' ? Number(timestamp) : timestamp;
  if (seconds === undefined || !Number.isFinite(seconds) || seconds <= 0) return now;
  return seconds * 1000;
}

/**
 * A customer service window tracker. Free-form messages (anything but a template) can be sent only
 * within 24 hours of the customer's last message (R-DLV-10); outside it the API refuses them with error
 * 131047. The tracker learns last-message times from webhooks and lets a client refuse such a message
 * before any request is made.
 *
 * @example
 * ```ts
 * const tracker = createServiceWindowTracker();
 * await tracker.recordInboundAt('15551234567', new Date());
 * const { open, closesAt } = await tracker.status('15551234567');
 * ```
 */
export function createServiceWindowTracker(options: ServiceWindowTrackerOptions = {}): ServiceWindowTracker {
  const now = options.now ?? Date.now;
  const store = options.store ?? createMemoryServiceWindowStore({ now });
  const historyMs = Math.max(options.historyMs ?? defaultHistoryMs, SERVICE_WINDOW_MS);

  async function recordInboundAt(customer: string, at: Date | number, business?: string): Promise<void> {
    const time = typeof at === 'number' ? at : at.getTime();
    await store.set(customerKey(customer, business), time, historyMs);
  }

  async function status(customer: string, business?: string): Promise<ServiceWindowStatus> {
    const last = await store.get(customerKey(customer, business));
    if (last === undefined) return { open: false, lastInboundAt: undefined, closesAt: undefined };
    const closesAt = last + SERVICE_WINDOW_MS;
    return { open: now() < closesAt, lastInboundAt: new Date(last), closesAt: new Date(closesAt) };
  }

  return {
    async recordInbound(record) {
      if (record.from === undefined) return;
      await recordInboundAt(
        record.from,
        inboundTimeMs(record.message.timestamp, now()),
        record.metadata?.phoneNumberId,
      );
    },
    recordInboundAt,
    status,
    async assertCanSend(message, business) {
      if (!isPlainObject(message) || message.type === 'template' || message.type === 'hsm') return;
      const to = message.to;
      if (typeof to !== 'string') return;
      const window = await status(to, business);
      if (!window.open) {
        throw new ServiceWindowClosedError({
          customer: to,
          closedAt: window.closesAt,
          packageName: options.packageName,
        });
      }
    },
  };
}
