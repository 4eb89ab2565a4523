// PROVISIONAL: stands in for the incoming schemas of @wa/schema until they land; replaced by re-exports.
import type { ValidationIssue } from '@wa/schema';

export const inboundMessageTypes = [
  'text',
  'image',
  'audio',
  'video',
  'document',
  'sticker',
  'location',
  'contacts',
  'interactive',
  'button',
  'reaction',
  'order',
  'system',
  'unsupported',
] as const;
export const interactiveReplyTypes = ['button_reply', 'list_reply', 'nfm_reply'] as const;
export const messageStatusValues = ['sent', 'delivered', 'read', 'failed', 'deleted'] as const;

export type InboundMessageType = (typeof inboundMessageTypes)[number];
export type InteractiveReplyType = (typeof interactiveReplyTypes)[number];
export type MessageStatus = (typeof messageStatusValues)[number];

interface Base {
  id: string;
  from: string;
  timestamp: string;
  context?: { from?: string; id?: string } | undefined;
}
type InteractiveReply =
  | { type: 'button_reply'; button_reply: { id: string; title: string } }
  | { type: 'list_reply'; list_reply: { id: string; title: string; description?: string } }
  | { type: 'nfm_reply'; nfm_reply: { response_json: string; body?: string; name?: string } };
export type InboundMessage =
  | (Base & { type: 'text'; text: { body: string } })
  | (Base & {
      type: 'location';
      location: { latitude: number; longitude: number; name?: string; address?: string };
    })
  | (Base & { type: 'interactive'; interactive: InteractiveReply })
  | (Base & {
      type: Exclude<InboundMessageType, 'text' | 'location' | 'interactive'>;
      [key: string]: unknown;
    });
export type InboundMessageOf<T extends InboundMessageType> = Extract<InboundMessage, { type: T }>;
export type InteractiveReplyOf<R extends InteractiveReplyType> = Extract<InteractiveReply, { type: R }>;
export interface InboundStatus {
  id: string;
  status: string;
  timestamp: string;
  recipient_id?: string;
  errors?: { code: number; title: string }[];
  [key: string]: unknown;
}
export interface WebhookErrorObject {
  code: number;
  title: string;
  message?: string;
  [key: string]: unknown;
}

export type Checked<T> = { success: true; data: T } | { success: false; issues: ValidationIssue[] };

export function checkInboundMessage(raw: unknown): Checked<InboundMessage> {
  const value = raw as Record<string, unknown>;
  if (typeof value?.id !== 'string' || typeof value.type !== 'string') {
    return { success: false, issues: [{ path: '$', message: 'needs id and type' }] };
  }
  return { success: true, data: raw as InboundMessage };
}
export function checkInboundStatus(raw: unknown): Checked<InboundStatus> {
  const value = raw as Record<string, unknown>;
  if (typeof value?.id !== 'string' || typeof value.status !== 'string') {
    return { success: false, issues: [{ path: '$', message: 'needs id and status' }] };
  }
  return { success: true, data: raw as InboundStatus };
}
export function checkWebhookError(raw: unknown): Checked<WebhookErrorObject> {
  const value = raw as Record<string, unknown>;
  if (typeof value?.code !== 'number')
    return { success: false, issues: [{ path: '$', message: 'needs code' }] };
  return { success: true, data: raw as WebhookErrorObject };
}
