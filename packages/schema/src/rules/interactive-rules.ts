import type { RuleDefinition } from './rule-definition.ts';

/**
 * Rules for interactive messages (list, reply buttons, single product, multi-product, catalog, Flows and
 * location request), by ID. Summaries are this SDK's own wording of the API's documented behaviour.
 * Lengths are counted in Unicode code points (D-1).
 */
export const interactiveRules = {
  // Common structure
  'R-INT-1': {
    summary:
      '`interactive.type` is required: `list`, `button`, `product`, `product_list`, `catalog_message`, `flow` or `location_request_message`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-2': {
    summary:
      'An interactive object is made of `header`, `body`, `footer` and `action`; media objects nest in `header`, sections and buttons in `action`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-3': {
    summary: '`action` is required for every interactive type.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-4': {
    summary: 'A multi-product (`product_list`) message must have a `header`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-5': {
    summary: 'A single-product (`product`) message must not have a `header`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-6': {
    summary: '`body` may be left out only for `product` messages; every other interactive type needs one.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-7': {
    summary:
      '`body.text` is required when `body` is given, at most 1024 characters; emojis and markdown allowed.',
    limit: 1024,
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-8': {
    summary:
      '`footer` is optional; when given, `footer.text` is required, at most 60 characters (emojis, markdown, links).',
    limit: 60,
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-9': {
    summary:
      'List and reply-button messages are not notifications: they can only be sent within 24 hours of the user’s last message.',
    api: 'both',
    enforcement: 'documented',
  },
  'R-INT-10': {
    summary: 'Interactive messages need no template and no approval.',
    api: 'both',
    enforcement: 'documented',
  },
  'R-INT-11': {
    summary: 'Interactive messages show on iOS, Android and web; Flows messages do not show on WhatsApp Web.',
    api: 'both',
    enforcement: 'documented',
  },
  'R-INT-12': {
    summary:
      'The user picks one option of a list or button message at a time but may reopen an earlier message and pick again.',
    api: 'both',
    enforcement: 'documented',
  },
  'R-INT-ACT-1': {
    summary:
      '`action.name` is a fixed value for some types: `catalog_message`, `flow`, and `send_location` for location requests.',
    api: 'both',
    enforcement: 'schema',
  },

  // Header
  'R-INT-HDR-1': {
    summary: '`header.type` is required: `text`, `image`, `video` or `document`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-HDR-2': {
    summary: 'A `text` header is allowed for list, reply-button, multi-product and Flows messages.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-HDR-3': {
    summary: 'Media headers (`image`, `video`, `document`) are allowed only on reply-button messages.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-HDR-4': {
    summary:
      '`header.text` is required for a `text` header, at most 60 characters; emojis allowed, markdown not.',
    limit: 60,
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-HDR-5': {
    summary:
      'A media header carries the media object under the key its `type` names (`image`, `video`, `document`).',
    api: 'both',
    enforcement: 'schema',
  },

  // List messages
  'R-INT-LIST-1': {
    summary:
      '`action.button` (the label that opens the list) is required, not empty, at most 20 characters; no markdown.',
    limit: 20,
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-LIST-2': {
    summary: '`action.sections` is required: from 1 to 10 sections.',
    limit: 10,
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-LIST-3': {
    summary: '`section.title` is required when there is more than one section, at most 24 characters.',
    limit: 24,
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-LIST-4': {
    summary: 'Every section has `rows`, with at least one row.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-LIST-5': {
    summary: 'A list message has at most 10 rows, counted across all its sections.',
    limit: 10,
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-LIST-6': {
    summary: '`row.title` is required, at most 24 characters.',
    limit: 24,
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-LIST-7': {
    summary:
      '`row.id` is required, at most 200 characters; this SDK also requires row ids to be unique across sections (D-8).',
    limit: 200,
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-LIST-8': {
    summary: '`row.description` is optional, at most 72 characters.',
    limit: 72,
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-LIST-9': {
    summary: 'A list message header, when given, is a `text` header.',
    api: 'both',
    enforcement: 'schema',
  },

  // Reply-button messages
  'R-INT-BTN-1': {
    summary: '`action.buttons` is required for reply-button messages.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-BTN-2': {
    summary: 'A reply-button message has from 1 to 3 buttons.',
    limit: 3,
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-BTN-3': {
    summary: 'Each button has `type: "reply"`, the only supported button type.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-BTN-4': {
    summary:
      'Each button `title` is required, not empty, at most 20 characters and unique within the message; no markdown.',
    limit: 20,
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-BTN-5': {
    summary:
      'Each button `id` is required, at most 256 characters, returned in the webhook on tap; this SDK requires ids to be unique (D-8).',
    limit: 256,
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-BTN-6': {
    summary: 'A button `id` must not start or end with a space.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-BTN-7': {
    summary: 'Each button is sent as `{ "type": "reply", "reply": { "id", "title" } }`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-BTN-8': {
    summary: 'A reply-button message header may be `text`, `image`, `video` or `document`.',
    api: 'both',
    enforcement: 'schema',
  },

  // Single-product messages
  'R-INT-PROD-1': {
    summary: '`action.catalog_id` is required: the Facebook catalog linked to the WhatsApp Business Account.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-PROD-2': {
    summary:
      '`action.product_retailer_id` is required: the product ID in the catalog, at most 100 characters.',
    limit: 100,
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-PROD-3': {
    summary: 'A single-product message has no header; its body is optional.',
    api: 'both',
    enforcement: 'schema',
  },

  // Multi-product messages
  'R-INT-PL-1': {
    summary: 'A multi-product message has a required header of type `text`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-PL-2': {
    summary: 'A multi-product message has a required body.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-PL-3': {
    summary: '`action.catalog_id` is required for multi-product messages.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-PL-4': {
    summary: '`action.sections` is required for multi-product messages: from 1 to 10 sections.',
    limit: 10,
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-PL-5': {
    summary: '`section.title` is required when there is more than one section, at most 24 characters.',
    limit: 24,
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-PL-6': {
    summary: 'Every section has `product_items`, with at least one product.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-PL-7': {
    summary: 'A multi-product message has at most 30 products, counted across all its sections.',
    limit: 30,
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-PL-8': {
    summary: '`product_items[].product_retailer_id` is required, at most 100 characters.',
    limit: 100,
    api: 'both',
    enforcement: 'schema',
  },

  // Catalog messages
  'R-INT-CAT-1': {
    summary: 'A catalog message has `action.name: "catalog_message"`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-CAT-2': {
    summary:
      '`action.parameters.thumbnail_product_retailer_id` names the product shown as thumbnail; optional in this SDK (D-10).',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-CAT-3': {
    summary: 'A catalog message needs a body; its footer is optional.',
    api: 'both',
    enforcement: 'schema',
  },

  // Flows messages
  'R-INT-FLOW-1': {
    summary:
      'A Flows message has `action.name: "flow"` and its Flow fields inside `action.parameters` (C-13).',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-FLOW-2': {
    summary: '`flow_message_version` is required and must be the string `"3"`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-FLOW-3': {
    summary:
      '`flow_token` is a token the business generates to identify the Flow session; when given it must not be empty (the Cloud API now defaults it to "unused").',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-FLOW-4': {
    summary:
      '`flow_id` names the Flow WhatsApp gave an ID; the Cloud API also takes `flow_name` instead (exactly one of them).',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-FLOW-5': {
    summary: '`flow_cta` (the button text) is required, at most 20 characters, without emoji.',
    limit: 20,
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-FLOW-6': {
    summary: '`flow_action` is optional: `navigate` (the default) or `data_exchange`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-FLOW-7': {
    summary:
      '`flow_action_payload` (first screen and data) is optional with `navigate` or no `flow_action` (without it the Flow opens at its first screen), and not allowed with `data_exchange` (D-7).',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-FLOW-8': {
    summary: '`flow_action_payload.screen` is required: the ID of the first screen.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-FLOW-9': {
    summary:
      '`flow_action_payload.data` is optional input for the first screen; when given, a non-empty object.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-FLOW-10': {
    summary: '`mode` is optional: `draft` or `published` (the default).',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-FLOW-11': {
    summary: 'A Flows message shows a button that opens the Flow; WhatsApp Web does not show Flows messages.',
    api: 'both',
    enforcement: 'documented',
  },

  // Location request messages
  'R-INT-LOCREQ-1': {
    summary:
      '`type: "location_request_message"` asks the user for their location with body text and a Send location button.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-LOCREQ-2': {
    summary:
      'A location request needs `body.text` (at most 1024 characters, D-18); `body.type` may be given as `"text"` (C-17).',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-LOCREQ-3': {
    summary: 'A location request has `action: { "name": "send_location" }` and no other action fields.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-INT-LOCREQ-4': {
    summary: 'The user’s answer to a location request arrives as an inbound `location` message webhook.',
    api: 'both',
    enforcement: 'documented',
  },
} as const satisfies Record<string, RuleDefinition>;
