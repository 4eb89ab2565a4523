import type { BusinessMessage, Choice } from './business-message.ts';
import type { CustomerAction } from './core/sandbox-core.ts';
import { SandboxError } from './sandbox-error.ts';
import type { DeliveryResult } from './webhooks/webhook-dispatcher.ts';

/** A message the customer sent, once its webhook was delivered. */
export interface CustomerMessage {
  /** Its message ID (`wamid.…`), as the bot sees it in the webhook. */
  id: string;
  /** The webhook message type: `text`, `interactive`, `location`, `reaction`, `button`. */
  type: string;
  /** The delivery of each configured webhook (Cloud and On-Premises formats); empty when none is set. */
  deliveries: DeliveryResult[];
}

/** Options of {@link SandboxCustomer.nextMessage}. */
export interface NextMessageOptions {
  /** How long to wait for the business to send, in milliseconds (default 5000). */
  timeoutMs?: number | undefined;
}

/** A location the customer shares. */
export interface SharedLocation {
  latitude: number;
  longitude: number;
  name?: string | undefined;
  address?: string | undefined;
}

/**
 * One customer's phone: what the customer does (each action resolves once the bot's webhook answered)
 * and what the business sent them (`nextMessage` waits for the next one not yet taken).
 */
export interface SandboxCustomer {
  /** The customer's WhatsApp ID (digits). */
  readonly waId: string;
  /** The profile name the bot sees in webhooks. */
  readonly name: string;
  /** The customer types a text message. */
  sendText(text: string): Promise<CustomerMessage>;
  /** The customer taps a reply button of `message`, named by its ID or title. */
  tapButton(message: BusinessMessage, button: string): Promise<CustomerMessage>;
  /** The customer picks a row of the list in `message`, named by its ID or title. */
  pickListRow(message: BusinessMessage, row: string): Promise<CustomerMessage>;
  /** The customer taps a quick-reply button of a template message. */
  tapTemplateButton(message: BusinessMessage, text: string, payload?: string): Promise<CustomerMessage>;
  /** The customer shares a location (as a reply to `replyTo` when given). */
  shareLocation(location: SharedLocation, replyTo?: BusinessMessage): Promise<CustomerMessage>;
  /** The customer reacts to a message with an emoji (an empty string removes the reaction). */
  react(message: BusinessMessage | CustomerMessage, emoji: string): Promise<CustomerMessage>;
  /** The next business message to this customer not yet taken, waiting for it when needed. */
  nextMessage(options?: NextMessageOptions): Promise<BusinessMessage>;
  /** The next `count` business messages to this customer, in order. */
  nextMessages(count: number, options?: NextMessageOptions): Promise<BusinessMessage[]>;
  /** Every business message this customer got so far, taken or not. */
  messages(): BusinessMessage[];
}

/** What a customer handle needs from the sandbox. */
export interface CustomerBackend {
  act(action: CustomerAction): Promise<CustomerMessage>;
  next(timeoutMs: number): Promise<BusinessMessage>;
  all(): BusinessMessage[];
}

function pick(choices: readonly Choice[], wanted: string, what: string, message: BusinessMessage): Choice {
  const found = choices.find((choice) => choice.id === wanted) ?? choices.find((c) => c.title === wanted);
  if (found !== undefined) return found;
  const offered = choices.map((choice) => `"${choice.id}" (${choice.title})`).join(', ') || 'none';
  throw new SandboxError(
    'WA_SANDBOX_NOT_IN_MESSAGE',
    `Message ${message.id} has no ${what} "${wanted}"; it offers ${offered}.`,
  );
}

/** Builds the customer handle over the sandbox's backend. */
export function createCustomer(waId: string, name: string, backend: CustomerBackend): SandboxCustomer {
  const customer: SandboxCustomer = {
    waId,
    name,
    sendText: (text) => backend.act({ kind: 'text', text }),
    tapButton: async (message, button) => {
      const choice = pick(message.buttons, button, 'reply button', message);
      return backend.act({ kind: 'button_reply', messageId: message.id, id: choice.id, title: choice.title });
    },
    pickListRow: async (message, row) => {
      const choice = pick(message.rows, row, 'list row', message);
      return backend.act({
        kind: 'list_reply',
        messageId: message.id,
        id: choice.id,
        title: choice.title,
        description: choice.description,
      });
    },
    tapTemplateButton: (message, text, payload = text) =>
      backend.act({ kind: 'template_button', messageId: message.id, text, payload }),
    shareLocation: (location, replyTo) =>
      backend.act({ kind: 'location', messageId: replyTo?.id, ...location }),
    react: (message, emoji) => backend.act({ kind: 'reaction', messageId: message.id, emoji }),
    nextMessage: (options = {}) => backend.next(options.timeoutMs ?? 5000),
    nextMessages: async (count, options = {}) => {
      const messages: BusinessMessage[] = [];
      for (let index = 0; index < count; index += 1) messages.push(await customer.nextMessage(options));
      return messages;
    },
    messages: () => backend.all(),
  };
  return customer;
}
