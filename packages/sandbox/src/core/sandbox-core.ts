import { randomBytes } from 'node:crypto';
import type { SandboxConfig } from '../config/sandbox-config.ts';
import type { MessageRecord, MessageStatus, SandboxApi, SandboxStore } from '../store/sandbox-store.ts';
import type { DeliveryResult, WebhookDispatcher } from '../webhooks/webhook-dispatcher.ts';
import {
  type BusinessIdentity,
  cloudAccountPayload,
  cloudInboundPayload,
  cloudStatusPayload,
  failureTitles,
  onPremInboundPayload,
  onPremStatusPayload,
  type StatusEvent,
} from '../webhooks/webhook-payloads.ts';

/** A change the UI should show. */
export type SandboxChange =
  | { type: 'message'; waId: string; id: string }
  | { type: 'customers' }
  | { type: 'typing'; waId: string }
  | { type: 'reset' };

/** What the person at the UI does, playing the customer. */
export type CustomerAction =
  | { kind: 'text'; text: string }
  | { kind: 'button_reply'; messageId: string; id: string; title: string }
  | { kind: 'list_reply'; messageId: string; id: string; title: string; description?: string | undefined }
  | { kind: 'template_button'; messageId: string; text: string; payload: string }
  | {
      kind: 'location';
      messageId?: string | undefined;
      latitude: number;
      longitude: number;
      name?: string | undefined;
      address?: string | undefined;
    }
  | { kind: 'reaction'; messageId: string; emoji: string }
  | { kind: 'flow_reply'; messageId: string; response: Record<string, unknown> }
  | { kind: 'image'; mediaId: string; mimeType: string; sha256: string; caption?: string | undefined };

/** The customer-service window: 24 hours from the customer's last message (R-DLV-10). */
export const serviceWindowMs = 24 * 60 * 60 * 1000;

/** The `details` of a re-engagement error: when the window closed, or that the customer never wrote. */
export function serviceWindowDetails(closedAt: number | null): string {
  return closedAt === null
    ? 'Message failed to send because the customer has not written to this number (no customer-service window is open).'
    : `Message failed to send because more than 24 hours have passed since the customer last replied to this number (the window closed at ${new Date(closedAt).toISOString()}).`;
}

/** A new WhatsApp message ID: `wamid.` and random bytes; never derived from the request. */
export function newMessageId(): string {
  return `wamid.${randomBytes(27).toString('base64url')}`;
}

/** A new On-Premises message ID: opaque random base64, like the client's IDs. */
export function newOnPremMessageId(): string {
  return `gBEG${randomBytes(18).toString('base64url')}`;
}

/** The WhatsApp ID of a `to` value: its digits (`+1 555-0100` → `15550100`). */
export function toWaId(to: string): string {
  return to.replace(/\D/g, '');
}

/**
 * The sandbox's behaviour, independent of HTTP: stores business messages and plays their delivery
 * (sent → delivered → read, or failed) as webhooks; turns the UI's customer actions into inbound
 * webhooks; tells the UI what changed.
 */
export class SandboxCore {
  readonly store: SandboxStore;
  readonly config: SandboxConfig;
  readonly webhooks: WebhookDispatcher;
  readonly #listeners = new Set<(change: SandboxChange) => void>();
  readonly #businessListeners = new Set<(message: MessageRecord) => void>();
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #business: BusinessIdentity;
  readonly #clock: () => number;
  #clockOffsetMs = 0;

  constructor(
    store: SandboxStore,
    config: SandboxConfig,
    webhooks: WebhookDispatcher,
    clock: () => number = Date.now,
  ) {
    this.store = store;
    this.config = config;
    this.webhooks = webhooks;
    this.#clock = clock;
    this.#business = {
      wabaId: config.wabaId,
      phoneNumberId: config.phoneNumberId,
      displayPhoneNumber: config.displayPhoneNumber,
    };
  }

  /** The sandbox's time in ms since the epoch: its clock plus every {@link advanceClock} so far. */
  now(): number {
    return this.#clock() + this.#clockOffsetMs;
  }

  /** Moves the sandbox's time forward by `ms` (message timestamps and the 24-hour window follow it). */
  advanceClock(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) {
      throw new RangeError(`[@wa/sandbox] The clock moves forward only: got ${ms} ms.`);
    }
    this.#clockOffsetMs += ms;
  }

  #nowSeconds(): number {
    return Math.floor(this.now() / 1000);
  }

  /**
   * When a free-form (non-template) message to `waId` is refused: the 24-hour customer-service window
   * is enforced and the customer has not written within 24 hours of now (R-DLV-10). Returns when the
   * window closed (`null`: the customer never wrote), or `undefined` when the message may be sent.
   */
  serviceWindowClosed(waId: string): { closedAt: number | null } | undefined {
    if (!this.config.serviceWindow) return undefined;
    let last: number | undefined;
    for (const message of this.store.listMessages(waId)) {
      if (message.direction === 'customer' && (last === undefined || message.timestamp > last)) {
        last = message.timestamp;
      }
    }
    if (last === undefined) return { closedAt: null };
    const closesAt = last * 1000 + serviceWindowMs;
    return closesAt > this.now() ? undefined : { closedAt: closesAt };
  }

  /** Subscribes to changes; returns the unsubscribe function. */
  subscribe(listener: (change: SandboxChange) => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Calls `listener` with every business message the sandbox accepts; returns the unsubscribe function. */
  onBusinessMessage(listener: (message: MessageRecord) => void): () => void {
    this.#businessListeners.add(listener);
    return () => this.#businessListeners.delete(listener);
  }

  #emit(change: SandboxChange): void {
    for (const listener of this.#listeners) listener(change);
  }

  #later(delay: number, run: () => void): void {
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      run();
    }, delay);
    this.#timers.add(timer);
  }

  /** Ensures a customer exists (a send to a new number creates its phone in the UI). */
  ensureCustomer(waId: string, name = `+${waId}`): void {
    if (this.store.upsertCustomer(waId, this.store.getCustomer(waId)?.name ?? name)) {
      this.#emit({ type: 'customers' });
    }
  }

  /** Adds or renames a customer from the UI. */
  addCustomer(waId: string, name: string): void {
    this.store.upsertCustomer(waId, name);
    this.#emit({ type: 'customers' });
  }

  /**
   * Accepts a validated business message: stores it, shows it and schedules its statuses.
   * `body` is the request body as sent (Cloud or On-Premises dialect).
   */
  acceptBusinessMessage(api: SandboxApi, body: Record<string, unknown>): { id: string; waId: string } {
    const waId = toWaId(String(body.to ?? ''));
    const id = api === 'cloud' ? newMessageId() : newOnPremMessageId();
    const type = String(body.type ?? 'text');
    const context = body.context as { message_id?: unknown } | undefined;
    this.ensureCustomer(waId);
    this.store.insertMessage({
      id,
      waId,
      direction: 'business',
      api,
      type,
      body,
      status: 'accepted',
      timestamp: this.#nowSeconds(),
      contextId: typeof context?.message_id === 'string' ? context.message_id : null,
      error: null,
    });
    this.#emit({ type: 'message', waId, id });
    const stored = this.store.getMessage(id);
    if (stored) for (const listener of this.#businessListeners) listener(stored);
    if (type === 'reaction') {
      const target = (body.reaction as { message_id?: unknown } | undefined)?.message_id;
      if (typeof target === 'string' && this.store.getMessage(target)) {
        this.#emit({ type: 'message', waId, id: target });
      }
    }
    this.#scheduleStatuses(api, id, waId, type, body);
    return { id, waId };
  }

  #scheduleStatuses(
    api: SandboxApi,
    id: string,
    waId: string,
    type: string,
    body: Record<string, unknown>,
  ): void {
    const { sentDelayMs, deliveredDelayMs, readDelayMs, failRecipients, failureCode, outOfOrderWebhooks } =
      this.config;
    if (!this.config.automaticStatuses) return;
    const category = type === 'template' ? 'utility' : 'service';
    const callbackData =
      typeof body.biz_opaque_callback_data === 'string' ? body.biz_opaque_callback_data : undefined;
    const steps: { at: number; status: Exclude<MessageStatus, 'accepted'> }[] = [];
    const errorCode = failRecipients.includes(waId) ? failureCode : undefined;
    if (errorCode !== undefined) {
      steps.push({ at: sentDelayMs, status: 'failed' });
    } else {
      steps.push({ at: sentDelayMs, status: 'sent' });
      steps.push({ at: sentDelayMs + deliveredDelayMs, status: 'delivered' });
      if (readDelayMs >= 0) steps.push({ at: sentDelayMs + deliveredDelayMs + readDelayMs, status: 'read' });
    }
    const held: StatusEvent[] = [];
    steps.forEach((step, index) => {
      this.#later(step.at, () => {
        const event: StatusEvent = {
          messageId: id,
          recipientId: waId,
          status: step.status,
          timestamp: this.#nowSeconds(),
          callbackData: api === 'cloud' ? callbackData : undefined,
          category,
          errorCode: step.status === 'failed' ? errorCode : undefined,
        };
        const error =
          step.status === 'failed' && errorCode !== undefined
            ? { code: errorCode, title: failureTitles[errorCode] ?? 'Message failed' }
            : null;
        this.store.setStatus(id, step.status, error);
        this.#emit({ type: 'message', waId, id });
        if (!outOfOrderWebhooks) {
          this.#deliverStatus(api, event);
          return;
        }
        held.push(event);
        if (index === steps.length - 1) for (const late of held.reverse()) this.#deliverStatus(api, late);
      });
    });
  }

  #deliverStatus(api: SandboxApi, event: StatusEvent, copies?: number): Promise<DeliveryResult> {
    const payload = api === 'cloud' ? cloudStatusPayload(this.#business, event) : onPremStatusPayload(event);
    const summary = `status ${event.status} of ${event.messageId.slice(0, 18)}…`;
    return this.webhooks.deliver(api, payload, summary, copies);
  }

  /**
   * Delivers a WhatsApp Business Account notification (`field` such as `message_template_status_update`)
   * to the Cloud callback; the On-Premises API has no such notifications.
   */
  deliverAccountChange(
    field: string,
    value: Record<string, unknown>,
    summary: string,
  ): Promise<DeliveryResult> {
    return this.webhooks.deliver(
      'cloud',
      cloudAccountPayload(this.#business, field, value, this.#nowSeconds()),
      summary,
    );
  }

  /**
   * Sends one status of a business message now, as the test script says (any order, any number of
   * times): stores it and delivers the status webhook in the message's API format.
   *
   * @throws Error when `messageId` is not a business message of this sandbox.
   */
  sendStatus(
    messageId: string,
    status: Exclude<MessageStatus, 'accepted'>,
    options: { errorCode?: number | undefined; copies?: number | undefined } = {},
  ): Promise<DeliveryResult> {
    const message = this.store.getMessage(messageId);
    if (message?.direction !== 'business' || message.api === null) {
      throw new Error(`[@wa/sandbox] No business message ${messageId} to send a status for.`);
    }
    const errorCode = status === 'failed' ? (options.errorCode ?? this.config.failureCode) : undefined;
    const error =
      errorCode === undefined
        ? null
        : { code: errorCode, title: failureTitles[errorCode] ?? 'Message failed' };
    this.store.setStatus(messageId, status, error);
    this.#emit({ type: 'message', waId: message.waId, id: messageId });
    const callbackData = message.body.biz_opaque_callback_data;
    return this.#deliverStatus(
      message.api,
      {
        messageId,
        recipientId: message.waId,
        status,
        timestamp: this.#nowSeconds(),
        callbackData: message.api === 'cloud' && typeof callbackData === 'string' ? callbackData : undefined,
        category: message.type === 'template' ? 'utility' : 'service',
        errorCode,
      },
      options.copies,
    );
  }

  /** The business marks a customer's message as read (blue ticks on the customer's phone). */
  markRead(messageId: string, typing = false): boolean {
    const message = this.store.getMessage(messageId);
    if (message?.direction !== 'customer') return false;
    this.store.setStatus(messageId, 'read');
    this.#emit({ type: 'message', waId: message.waId, id: messageId });
    if (typing) this.#emit({ type: 'typing', waId: message.waId });
    return true;
  }

  /** Builds the webhook `messages[]` entry of a customer action. */
  #inboundMessage(waId: string, id: string, action: CustomerAction): Record<string, unknown> {
    const base: Record<string, unknown> = {
      from: waId,
      id,
      timestamp: String(this.#nowSeconds()),
    };
    const context = (messageId: string | undefined) =>
      messageId ? { context: { from: this.config.displayPhoneNumber, id: messageId } } : {};
    switch (action.kind) {
      case 'text':
        return { ...base, type: 'text', text: { body: action.text } };
      case 'button_reply':
        return {
          ...context(action.messageId),
          ...base,
          type: 'interactive',
          interactive: { type: 'button_reply', button_reply: { id: action.id, title: action.title } },
        };
      case 'list_reply':
        return {
          ...context(action.messageId),
          ...base,
          type: 'interactive',
          interactive: {
            type: 'list_reply',
            list_reply: {
              id: action.id,
              title: action.title,
              ...(action.description ? { description: action.description } : {}),
            },
          },
        };
      case 'template_button':
        return {
          ...context(action.messageId),
          ...base,
          type: 'button',
          button: { payload: action.payload, text: action.text },
        };
      case 'location':
        return {
          ...context(action.messageId),
          ...base,
          type: 'location',
          location: {
            latitude: action.latitude,
            longitude: action.longitude,
            ...(action.name ? { name: action.name } : {}),
            ...(action.address ? { address: action.address } : {}),
          },
        };
      case 'reaction':
        return { ...base, type: 'reaction', reaction: { message_id: action.messageId, emoji: action.emoji } };
      case 'flow_reply':
        return {
          ...context(action.messageId),
          ...base,
          type: 'interactive',
          interactive: {
            type: 'nfm_reply',
            nfm_reply: { name: 'flow', body: 'Sent', response_json: JSON.stringify(action.response) },
          },
        };
      case 'image':
        return {
          ...base,
          type: 'image',
          image: {
            id: action.mediaId,
            mime_type: action.mimeType,
            sha256: action.sha256,
            ...(action.caption ? { caption: action.caption } : {}),
          },
        };
    }
  }

  /** The customer acts in the UI: stores the message and sends the inbound webhook(s). */
  customerAction(waId: string, action: CustomerAction): MessageRecord {
    return this.act(waId, action).record;
  }

  /**
   * The customer acts: stores the message and queues the inbound webhook in both formats. `delivered`
   * resolves when each configured callback has answered (or was given up).
   */
  act(
    waId: string,
    action: CustomerAction,
    copies?: number,
  ): { record: MessageRecord; delivered: Promise<DeliveryResult[]> } {
    const customer = this.store.getCustomer(waId);
    if (!customer) throw new Error(`[@wa/sandbox] Unknown customer ${waId}.`);
    const id = newMessageId();
    const message = this.#inboundMessage(waId, id, action);
    const context = message.context as { id?: string } | undefined;
    const record: MessageRecord = {
      id,
      waId,
      direction: 'customer',
      api: null,
      type: String(message.type),
      body: message,
      status: 'delivered',
      timestamp: Number(message.timestamp),
      contextId: context?.id ?? null,
      error: null,
    };
    this.store.insertMessage(record);
    this.#emit({ type: 'message', waId, id });
    if (action.kind === 'reaction' && this.store.getMessage(action.messageId)) {
      this.#emit({ type: 'message', waId, id: action.messageId });
    }
    const event = { profileName: customer.name, waId, message };
    const summary = `${record.type} from ${waId}`;
    const delivered = Promise.all([
      this.webhooks.deliver('cloud', cloudInboundPayload(this.#business, event), summary, copies),
      this.webhooks.deliver('onprem', onPremInboundPayload(event), summary, copies),
    ]);
    return { record, delivered };
  }

  /** Forgets all conversations (the UI's reset). */
  reset(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    this.store.reset();
    this.#emit({ type: 'reset' });
  }

  /** Cancels scheduled statuses. */
  close(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
    this.#listeners.clear();
    this.#businessListeners.clear();
  }
}
