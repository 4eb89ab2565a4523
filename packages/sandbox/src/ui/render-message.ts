import { toPlainText } from '@wa/format';
import type { CustomerAction } from '../core/sandbox-core.ts';
import { fillTemplate, type RenderedParameter, type TemplateDefinition } from '../core/template-catalog.ts';
import type { MessageRecord } from '../store/sandbox-store.ts';
import { escapeHtml, renderText } from './render-text.ts';

/** A message as the UI shows it: a finished HTML bubble plus what the script needs to place it. */
export interface RenderedMessage {
  id: string;
  waId: string;
  direction: 'business' | 'customer';
  status: string;
  timestamp: number;
  /** The bubble (`<article>`), or '' for messages that only decorate others (reactions). */
  html: string;
}

type Json = Record<string, unknown>;

function object(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

function list(value: unknown): Json[] {
  return Array.isArray(value) ? value.map(object) : [];
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
}

function actionAttribute(action: CustomerAction): string {
  return `data-action="${escapeHtml(JSON.stringify(action))}"`;
}

function mediaSource(media: Json): string {
  const id = text(media.id);
  if (id !== '') return `/_sandbox/media/${encodeURIComponent(id)}`;
  return text(media.link);
}

function renderMedia(kind: string, media: Json): string {
  const source = escapeHtml(mediaSource(media));
  const caption = text(media.caption);
  const captionHtml = caption === '' ? '' : `<div class="caption">${renderText(caption)}</div>`;
  switch (kind) {
    case 'image':
    case 'sticker':
      return `<img class="${kind}" src="${source}" alt="${escapeHtml(caption || kind)}" loading="lazy">${captionHtml}`;
    case 'video':
      return `<video class="video" src="${source}" controls preload="metadata"></video>${captionHtml}`;
    case 'audio':
      return `<audio src="${source}" controls preload="metadata"></audio>`;
    default: {
      const name = text(media.filename) || 'Document';
      return `<a class="document" href="${source}" target="_blank" rel="noopener"><span class="doc-icon" aria-hidden="true">📄</span>${escapeHtml(name)}</a>${captionHtml}`;
    }
  }
}

function renderLocation(location: Json): string {
  const latitude = Number(location.latitude);
  const longitude = Number(location.longitude);
  const name = text(location.name);
  const address = text(location.address);
  const map = `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=16/${latitude}/${longitude}`;
  return `<a class="map" href="${escapeHtml(map)}" target="_blank" rel="noopener" aria-label="Map of ${escapeHtml(name || 'the location')}"><span class="pin" aria-hidden="true">📍</span></a>
<div class="location-text">${name ? `<strong>${escapeHtml(name)}</strong>` : ''}${address ? `<div>${escapeHtml(address)}</div>` : ''}<div class="coords">${latitude.toFixed(5)}, ${longitude.toFixed(5)}</div></div>`;
}

function renderContacts(contacts: Json[]): string {
  return contacts
    .map((contact) => {
      const name = object(contact.name);
      const phones = list(contact.phones)
        .map(
          (phone) =>
            `<div class="contact-line">📞 ${escapeHtml(text(phone.phone))}${phone.type ? ` <small>${escapeHtml(text(phone.type))}</small>` : ''}</div>`,
        )
        .join('');
      const emails = list(contact.emails)
        .map((email) => `<div class="contact-line">✉️ ${escapeHtml(text(email.email))}</div>`)
        .join('');
      const org = object(contact.org);
      return `<div class="contact-card"><div class="avatar" aria-hidden="true">👤</div><div><strong>${escapeHtml(text(name.formatted_name) || text(name.first_name))}</strong>${org.company ? `<div>${escapeHtml(text(org.company))}</div>` : ''}${phones}${emails}</div></div>`;
    })
    .join('');
}

function renderParameterHeader(header: RenderedParameter | undefined): string {
  if (!header) return '';
  if (header.kind === 'text') return `<div class="header-text">${renderText(header.text)}</div>`;
  if (header.kind === 'media')
    return `<div class="header-media">${renderMedia(header.mediaType, header.source)}</div>`;
  return `<div class="header-media">${renderLocation(header.location)}</div>`;
}

function renderTemplate(message: MessageRecord, templates: readonly TemplateDefinition[]): string {
  const template = object(message.body.template);
  const filled = fillTemplate(templates, template);
  if (!filled.ok) return `<div class="body">${escapeHtml(`Template ${text(template.name)}`)}</div>`;
  const { header, body, footer, buttons } = filled.filled;
  const buttonHtml = buttons
    .map((button) => {
      if (button.type === 'QUICK_REPLY') {
        return `<button type="button" class="reply-button" ${actionAttribute({ kind: 'template_button', messageId: message.id, text: button.text, payload: button.payload ?? button.text })}>${escapeHtml(button.text)}</button>`;
      }
      if (button.type === 'URL') {
        return `<a class="reply-button" href="${escapeHtml(button.url ?? '#')}" target="_blank" rel="noopener">↗ ${escapeHtml(button.text)}</a>`;
      }
      if (button.type === 'COPY_CODE') {
        return `<button type="button" class="reply-button" data-copy="${escapeHtml(button.payload ?? '')}">⧉ ${escapeHtml(button.text)}</button>`;
      }
      return `<span class="reply-button">📞 ${escapeHtml(button.text)}</span>`;
    })
    .join('');
  return `<div class="template-tag">Template · ${escapeHtml(filled.filled.definition.name)}</div>${renderParameterHeader(header)}<div class="body">${renderText(body)}</div>${footer ? `<div class="footer">${escapeHtml(footer)}</div>` : ''}${buttonHtml ? `<div class="buttons">${buttonHtml}</div>` : ''}`;
}

function renderInteractiveHeader(header: Json): string {
  const type = text(header.type);
  if (type === 'text') return `<div class="header-text">${renderText(text(header.text))}</div>`;
  if (type === 'image' || type === 'video' || type === 'document') {
    return `<div class="header-media">${renderMedia(type, object(header[type]))}</div>`;
  }
  return '';
}

function renderProduct(catalogId: string, retailerId: string): string {
  return `<div class="product"><div class="product-image" aria-hidden="true">🛍️</div><div><strong>${escapeHtml(retailerId)}</strong><div class="muted">Catalog ${escapeHtml(catalogId)}</div></div></div>`;
}

function renderInteractive(message: MessageRecord): string {
  const interactive = object(message.body.interactive);
  const type = text(interactive.type);
  const action = object(interactive.action);
  const header = renderInteractiveHeader(object(interactive.header));
  const body = text(object(interactive.body).text);
  const footer = text(object(interactive.footer).text);
  let controls = '';
  switch (type) {
    case 'button':
      controls = `<div class="buttons">${list(action.buttons)
        .map((button) => {
          const reply = object(button.reply);
          return `<button type="button" class="reply-button" ${actionAttribute({ kind: 'button_reply', messageId: message.id, id: text(reply.id), title: text(reply.title) })}>${escapeHtml(text(reply.title))}</button>`;
        })
        .join('')}</div>`;
      break;
    case 'list': {
      const label = text(action.button) || 'Menu';
      const sections = list(action.sections)
        .map((section) => {
          const rows = list(section.rows)
            .map(
              (row) =>
                `<button type="button" class="row" ${actionAttribute({ kind: 'list_reply', messageId: message.id, id: text(row.id), title: text(row.title), description: text(row.description) || undefined })}><span class="row-title">${escapeHtml(text(row.title))}</span>${row.description ? `<span class="row-description">${escapeHtml(text(row.description))}</span>` : ''}</button>`,
            )
            .join('');
          return `<section>${section.title ? `<h3>${escapeHtml(text(section.title))}</h3>` : ''}${rows}</section>`;
        })
        .join('');
      controls = `<div class="buttons"><button type="button" class="reply-button" data-open-dialog>☰ ${escapeHtml(label)}</button></div><dialog class="sheet" aria-label="${escapeHtml(label)}"><header><button type="button" class="close" data-close-dialog aria-label="Close">✕</button><span>${escapeHtml(label)}</span></header>${sections}</dialog>`;
      break;
    }
    case 'product':
      controls = renderProduct(text(action.catalog_id), text(action.product_retailer_id));
      break;
    case 'product_list': {
      const items = list(action.sections)
        .map(
          (section) =>
            `<section>${section.title ? `<h3>${escapeHtml(text(section.title))}</h3>` : ''}${list(
              section.product_items,
            )
              .map((item) => renderProduct(text(action.catalog_id), text(item.product_retailer_id)))
              .join('')}</section>`,
        )
        .join('');
      controls = `<div class="buttons"><button type="button" class="reply-button" data-open-dialog>🛍️ View items</button></div><dialog class="sheet" aria-label="Items"><header><button type="button" class="close" data-close-dialog aria-label="Close">✕</button><span>Items</span></header>${items}</dialog>`;
      break;
    }
    case 'catalog_message':
      controls = `<div class="buttons"><span class="reply-button">🛍️ View catalog</span></div>`;
      break;
    case 'flow': {
      const parameters = object(action.parameters);
      const label = text(parameters.flow_cta) || 'Open';
      const flowToken = text(parameters.flow_token) || 'unused';
      controls = `<div class="buttons"><button type="button" class="reply-button" ${actionAttribute({ kind: 'flow_reply', messageId: message.id, response: { flow_token: flowToken } })}>${escapeHtml(label)}</button></div>`;
      break;
    }
    case 'location_request_message':
      controls = `<div class="buttons"><button type="button" class="reply-button" data-location-request="${escapeHtml(message.id)}">📍 Send location</button></div>`;
      break;
    case 'cta_url': {
      const parameters = object(action.parameters);
      controls = `<div class="buttons"><a class="reply-button" href="${escapeHtml(text(parameters.url))}" target="_blank" rel="noopener">↗ ${escapeHtml(text(parameters.display_text))}</a></div>`;
      break;
    }
  }
  return `${header}${body ? `<div class="body">${renderText(body)}</div>` : ''}${footer ? `<div class="footer">${escapeHtml(footer)}</div>` : ''}${controls}`;
}

function renderHsm(body: Json): string {
  const hsm = object(body.hsm);
  const parameters = list(hsm.localizable_params).map((parameter) => text(parameter.default));
  return `<div class="template-tag">Template (hsm) · ${escapeHtml(text(hsm.element_name))}</div><div class="body">${escapeHtml(parameters.join(' · '))}</div>`;
}

function renderBusinessContent(message: MessageRecord, templates: readonly TemplateDefinition[]): string {
  const body = message.body;
  switch (message.type) {
    case 'text':
      return `<div class="body">${renderText(text(object(body.text).body))}</div>`;
    case 'image':
    case 'video':
    case 'audio':
    case 'document':
    case 'sticker':
      return renderMedia(message.type, object(body[message.type]));
    case 'location':
      return renderLocation(object(body.location));
    case 'contacts':
      return renderContacts(list(body.contacts));
    case 'template':
      return renderTemplate(message, templates);
    case 'interactive':
      return renderInteractive(message);
    case 'hsm':
      return renderHsm(body);
    default:
      if (body.hsm !== undefined) return renderHsm(body);
      return `<div class="body muted">Unsupported message type ${escapeHtml(message.type)}</div>`;
  }
}

function renderCustomerContent(message: MessageRecord): string {
  const body = message.body;
  switch (message.type) {
    case 'text':
      return `<div class="body">${renderText(text(object(body.text).body))}</div>`;
    case 'interactive': {
      const interactive = object(body.interactive);
      const reply = object(interactive.button_reply ?? interactive.list_reply);
      if (text(interactive.type) === 'nfm_reply') return '<div class="body">✅ Form submitted</div>';
      return `<div class="body">${escapeHtml(text(reply.title))}</div>${reply.description ? `<div class="footer">${escapeHtml(text(reply.description))}</div>` : ''}`;
    }
    case 'button':
      return `<div class="body">${escapeHtml(text(object(body.button).text))}</div>`;
    case 'location':
      return renderLocation(object(body.location));
    case 'image':
      return renderMedia('image', object(body.image));
    default:
      return `<div class="body muted">${escapeHtml(message.type)}</div>`;
  }
}

function snippet(message: MessageRecord | undefined): string {
  if (!message) return 'Message';
  const body = message.body;
  const candidates = [
    object(body.text).body,
    object(object(body.interactive).body).text,
    object(body.template).name,
    object(object(body.interactive).button_reply).title,
    object(object(body.interactive).list_reply).title,
    object(body.location).name,
  ];
  const found = candidates.find((candidate) => typeof candidate === 'string' && candidate !== '');
  return toPlainText(text(found)) || message.type;
}

const statusLabels: Readonly<Record<string, string>> = {
  accepted: '🕓',
  sent: '✓',
  delivered: '✓✓',
  read: '✓✓',
  failed: '⚠',
};

function time(timestamp: number): string {
  return new Date(timestamp * 1000).toISOString().slice(11, 16);
}

/**
 * Renders one message as a chat bubble (server side, so the browser needs no bundle). `conversation`
 * supplies quoted replies and reactions. Business messages sit on the left (the UI is the customer's
 * phone); their delivery status is shown for the developer's benefit.
 */
export function renderMessage(
  message: MessageRecord,
  conversation: readonly MessageRecord[],
  templates: readonly TemplateDefinition[],
): RenderedMessage {
  const rendered = {
    id: message.id,
    waId: message.waId,
    direction: message.direction,
    status: message.status,
    timestamp: message.timestamp,
  };
  if (message.type === 'reaction') return { ...rendered, html: '' };
  const content =
    message.direction === 'business'
      ? renderBusinessContent(message, templates)
      : renderCustomerContent(message);
  const quoted = message.contextId
    ? `<blockquote class="quote">${escapeHtml(snippet(conversation.find((candidate) => candidate.id === message.contextId)).slice(0, 90))}</blockquote>`
    : '';
  const reactions = new Map<string, string>();
  for (const candidate of conversation) {
    if (candidate.type !== 'reaction') continue;
    const reaction = object(candidate.body.reaction);
    if (text(reaction.message_id) !== message.id) continue;
    const emoji = text(reaction.emoji);
    if (emoji === '') reactions.delete(candidate.direction);
    else reactions.set(candidate.direction, emoji);
  }
  const reactionHtml =
    reactions.size > 0
      ? `<div class="reactions" aria-label="Reactions">${[...reactions.values()].map(escapeHtml).join(' ')}</div>`
      : '';
  const status =
    message.direction === 'business'
      ? `<span class="status status-${message.status}" title="${escapeHtml(message.error ? `${message.status}: ${message.error.code} ${message.error.title}` : message.status)}">${statusLabels[message.status] ?? ''}${message.error ? ` ${message.error.code}` : ''}</span>`
      : `<span class="ticks ${message.status === 'read' ? 'read' : ''}" aria-label="${message.status === 'read' ? 'Read' : 'Delivered'}">✓✓</span>`;
  const react =
    message.direction === 'business'
      ? `<button type="button" class="react" data-react="${escapeHtml(message.id)}" aria-label="React to message">☺</button>`
      : '';
  const apiTag = message.api
    ? `<span class="api-tag">${message.api === 'cloud' ? 'Cloud' : 'On-Prem'}</span>`
    : '';
  const html = `<article class="bubble ${message.direction} type-${escapeHtml(message.type)}" data-id="${escapeHtml(message.id)}">${quoted}${content}<div class="meta">${apiTag}<time>${time(message.timestamp)}</time>${status}</div>${reactionHtml}${react}</article>`;
  return { ...rendered, html };
}
