import type { CloudSendRequest, OnPremSendRequest } from '@wa/schema';
import type { MessageRecord, MessageStatus, SandboxApi } from './store/sandbox-store.ts';

/** A reply button or list row the customer can pick. */
export interface Choice {
  /** The ID the bot gets back in the webhook. */
  id: string;
  /** The text on the button or row. */
  title: string;
  /** The row's description (list rows only). */
  description?: string | undefined;
}

/** A message the business sent to a customer through either API, as the customer's phone got it. */
export interface BusinessMessage {
  /** Its message ID (`wamid.…` on Cloud). */
  id: string;
  /** The API it was sent through. */
  api: SandboxApi;
  /** The customer's WhatsApp ID. */
  to: string;
  /** The message type: `text`, `interactive`, `template`, `image`, `reaction`… */
  type: string;
  /** The send request exactly as the sandbox accepted it (narrow on `request.type`). */
  request: CloudSendRequest | OnPremSendRequest;
  /** The text the customer reads: a text body, an interactive body, or a media caption. */
  text: string | undefined;
  /** The reply buttons of an interactive `button` message (empty otherwise). */
  buttons: Choice[];
  /** Every row of every section of an interactive `list` message (empty otherwise). */
  rows: Choice[];
  /** The customer message it replies to (`context.message_id`), if any. */
  replyTo: string | undefined;
  /** The delivery status when this object was made. */
  status: MessageStatus;
}

type Loose = Record<string, unknown> | undefined;

const asRecord = (value: unknown): Loose =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
const asString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The customer-facing view of a stored business message. */
export function toBusinessMessage(record: MessageRecord): BusinessMessage {
  const body = record.body;
  const interactive = asRecord(body.interactive);
  const action = asRecord(interactive?.action);
  const media = asRecord(body[record.type]);
  const text =
    asString(asRecord(body.text)?.body) ??
    asString(asRecord(interactive?.body)?.text) ??
    asString(media?.caption);
  const buttons = (Array.isArray(action?.buttons) ? action.buttons : []).flatMap((button: unknown) => {
    const reply = asRecord(asRecord(button)?.reply);
    const id = asString(reply?.id);
    return id === undefined ? [] : [{ id, title: asString(reply?.title) ?? '' }];
  });
  const rows = (Array.isArray(action?.sections) ? action.sections : []).flatMap((section: unknown) => {
    const sectionRows = asRecord(section)?.rows;
    return (Array.isArray(sectionRows) ? sectionRows : []).flatMap((row: unknown) => {
      const entry = asRecord(row);
      const id = asString(entry?.id);
      if (id === undefined) return [];
      const description = asString(entry?.description);
      return [
        { id, title: asString(entry?.title) ?? '', ...(description === undefined ? {} : { description }) },
      ];
    });
  });
  return {
    id: record.id,
    api: record.api ?? 'cloud',
    to: record.waId,
    type: record.type,
    request: body as CloudSendRequest | OnPremSendRequest,
    text,
    buttons,
    rows,
    replyTo: record.contextId ?? undefined,
    status: record.status,
  };
}
