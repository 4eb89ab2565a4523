import type { RuleDefinition } from './rule-definition.ts';

/**
 * Rules for the top-level send request, text, formatting, media, stickers, contacts, location and
 * mark-as-read, by ID. Summaries are this SDK's own wording of the API's documented behaviour.
 */
export const coreRules = {
  // Top-level send request
  'R-REQ-1': {
    summary: '`to` is required: the WhatsApp ID or phone number of the recipient, a non-empty string.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-REQ-2': {
    summary:
      'On the On-Premises API the contacts endpoint can be called to look up the WhatsApp ID of a number.',
    api: 'onprem',
    enforcement: 'documented',
  },
  'R-REQ-3': {
    summary: 'From On-Premises v2.39 a message can be sent without calling the contacts endpoint first.',
    api: 'onprem',
    enforcement: 'documented',
  },
  'R-REQ-4': {
    summary: '`type` may be omitted; a message without `type` is a text message.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-REQ-5': {
    summary:
      '`recipient_type` is optional: `individual` (the default); the Cloud API also takes `group` for a message to a WhatsApp group (Groups API).',
    api: 'both',
    enforcement: 'schema',
  },
  'R-REQ-6': {
    summary:
      'Cloud API requests must carry `messaging_product: "whatsapp"`; the On-Premises API does not use it.',
    api: 'cloud',
    enforcement: 'schema',
  },
  'R-REQ-7': {
    summary: 'An `audio` media object is required when `type` is `audio`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-REQ-8': {
    summary: 'A `contacts` array is required when `type` is `contacts`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-REQ-9': {
    summary: 'A `document` media object is required when `type` is `document`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-REQ-10': {
    summary: 'An `image` media object is required when `type` is `image`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-REQ-11': {
    summary: 'An `interactive` object is required when `type` is `interactive`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-REQ-12': {
    summary: 'A `location` object is required when `type` is `location`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-REQ-13': {
    summary: 'A `sticker` media object is required when `type` is `sticker`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-REQ-14': {
    summary: 'A `template` object is required when `type` is `template`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-REQ-15': {
    summary: 'A `text` object is required when `type` is `text` or omitted.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-REQ-16': {
    summary:
      'A `video` media object is required when `type` is `video` (the field is missing from the parameter table but used throughout).',
    api: 'both',
    enforcement: 'schema',
  },
  'R-REQ-17': {
    summary:
      '`biz_opaque_callback_data` is an optional Cloud-only tracking string of at most 512 characters, echoed back in status webhooks.',
    limit: 512,
    api: 'cloud',
    enforcement: 'schema',
  },
  'R-REQ-18': {
    summary: 'Reply `context` `{ message_id }` names the earlier message being replied to; Cloud API only.',
    api: 'cloud',
    enforcement: 'schema',
  },
  'R-REQ-19': {
    summary:
      'The legacy `hsm` object is On-Premises only and deprecated since v2.39; use `template`, never send `hsm` to the Cloud API.',
    api: 'onprem',
    enforcement: 'schema',
  },
  'R-REQ-20': {
    summary:
      'The top-level boolean `preview_url` (URL preview for text messages) is On-Premises only and optional; the Cloud API uses `text.preview_url`.',
    api: 'onprem',
    enforcement: 'schema',
  },
  'R-REQ-21': {
    summary:
      '`status: "read"` marks a received message as read; it is a request of its own, not a message to send.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-REQ-22': {
    summary:
      'The short list of supported types in the reference is outdated: video, sticker, contacts, location and interactive messages are supported too.',
    api: 'both',
    enforcement: 'documented',
  },

  // text
  'R-TEXT-1': {
    summary: '`text.body` is required.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-TEXT-2': {
    summary: 'A text message body has at most 4096 characters.',
    limit: 4096,
    api: 'both',
    enforcement: 'schema',
  },
  'R-TEXT-3': {
    summary: 'A text body may contain URLs and formatting markup.',
    api: 'both',
    enforcement: 'documented',
  },
  'R-TEXT-4': {
    summary: 'On the Cloud API the URL preview of a text message is switched on with `text.preview_url`.',
    api: 'cloud',
    enforcement: 'schema',
  },

  // Formatting
  'R-FMT-1': {
    summary: 'Bold text is wrapped in single asterisks: `*bold*`.',
    api: 'both',
    enforcement: 'documented',
  },
  'R-FMT-2': {
    summary: 'Italic text is wrapped in underscores: `_italic_`.',
    api: 'both',
    enforcement: 'documented',
  },
  'R-FMT-3': {
    summary: 'Strikethrough text is wrapped in tildes: `~struck~`.',
    api: 'both',
    enforcement: 'documented',
  },
  'R-FMT-4': {
    summary: 'Monospace text is wrapped in triple backticks.',
    api: 'both',
    enforcement: 'documented',
  },
  'R-FMT-5': {
    summary:
      'Formatting works in text bodies and interactive body and footer texts, not in interactive headers, list buttons or reply-button titles.',
    api: 'both',
    enforcement: 'documented',
  },

  // Media
  'R-MEDIA-1': {
    summary: 'A media object needs an uploaded media `id` when it has no `link`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-MEDIA-2': {
    summary: 'A media object needs a `link` when it has no uploaded media `id`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-MEDIA-3': {
    summary: 'A media object has exactly one of `id` and `link`, never both.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-MEDIA-4': {
    summary: 'Media fields (`id`, `link`, media objects) do not belong to text messages.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-MEDIA-5': {
    summary: 'A media `link` is an absolute http:// or https:// URL.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-MEDIA-6': {
    summary:
      'On the On-Premises API a media `id` is the one returned when the file is uploaded to the media endpoint.',
    api: 'onprem',
    enforcement: 'documented',
  },
  'R-MEDIA-7': {
    summary:
      'A server hosting a media `link` for the Cloud API must answer with the exact MIME type in `Content-Type`.',
    api: 'cloud',
    enforcement: 'documented',
  },
  'R-MEDIA-8': {
    summary: 'The Cloud API can cache linked media (HTTP caching), including media of templates.',
    api: 'cloud',
    enforcement: 'documented',
  },
  'R-MEDIA-9': {
    summary: 'Audio and sticker media take no `caption`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-MEDIA-10': {
    summary:
      'A media caption has at most 1024 characters (On-Premises from v2.41.2; the SDK applies the same limit to the Cloud API, D-16).',
    limit: 1024,
    api: 'onprem',
    enforcement: 'schema',
  },
  'R-MEDIA-11': {
    summary: 'The On-Premises API does not support captions on documents.',
    api: 'onprem',
    enforcement: 'schema',
  },
  'R-MEDIA-12': {
    summary: '`filename` is for documents only; its extension decides how the document is shown.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-MEDIA-13': {
    summary:
      'A media `provider` `{ name }` is On-Premises only and used only together with a `link` that needs extra configuration.',
    api: 'onprem',
    enforcement: 'schema',
  },
  'R-MEDIA-14': {
    summary:
      'Media of template messages sent by `link` must be on a publicly reachable server, or the send fails.',
    api: 'cloud',
    enforcement: 'documented',
  },
  'R-MEDIA-15': {
    summary:
      'Prefer uploading media and sending its `id` over a `link`: fewer errors and no extra requests to your server.',
    api: 'cloud',
    enforcement: 'documented',
  },

  // Stickers
  'R-STK-1': {
    summary: 'A sticker is a media object without a caption.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-STK-2': {
    summary: 'Every kind of sticker can be received.',
    api: 'both',
    enforcement: 'documented',
  },
  'R-STK-3': {
    summary: 'An outgoing static third-party sticker is 512×512 pixels and at most 100 KB.',
    api: 'both',
    enforcement: 'documented',
  },
  'R-STK-4': {
    summary: 'An outgoing animated third-party sticker is 512×512 pixels and at most 500 KB (Cloud API).',
    api: 'cloud',
    enforcement: 'documented',
  },
  'R-STK-5': {
    summary: 'The On-Premises API cannot send animated stickers, only static ones.',
    api: 'onprem',
    enforcement: 'documented',
  },

  // Contacts
  'R-CONT-1': {
    summary: '`contacts` is an array of contact cards (no count limit is documented).',
    api: 'both',
    enforcement: 'schema',
  },
  'R-CONT-2': {
    summary: 'Every contact card has a `name` object.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-CONT-3': {
    summary: '`name.formatted_name` (the full name as displayed) is required.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-CONT-4': {
    summary:
      'Besides `formatted_name`, a name has at least one of `first_name`, `last_name`, `middle_name`, `suffix`, `prefix`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-CONT-5': {
    summary: '`birthday` is a date written `YYYY-MM-DD`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-CONT-6': {
    summary:
      'An address has only optional string fields: street, city, state, zip, country, country_code, type.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-CONT-7': {
    summary: "An address's `country_code` is a two-letter country code.",
    limit: 2,
    api: 'both',
    enforcement: 'schema',
  },
  'R-CONT-8': {
    summary:
      'Address, email and URL `type` values are free strings; `HOME` and `WORK` are the standard ones.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-CONT-9': {
    summary: 'An email entry has an optional `email` and `type`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-CONT-10': {
    summary:
      'A phone entry has optional `phone`, `type` (standard CELL, MAIN, IPHONE, HOME, WORK) and `wa_id`; `phone` is filled from `wa_id`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-CONT-11': {
    summary: 'A URL entry has an optional `url` and `type`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-CONT-12': {
    summary: 'The `org` object has optional `company`, `department` and `title`.',
    api: 'both',
    enforcement: 'schema',
  },

  // Location
  'R-LOC-1': {
    summary: '`location.latitude` (decimal degrees) is required.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-LOC-2': {
    summary: '`location.longitude` (decimal degrees) is required.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-LOC-3': {
    summary: '`location.name` is required in an outgoing location message.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-LOC-4': {
    summary: '`location.address` is required in an outgoing location message.',
    api: 'both',
    enforcement: 'schema',
  },
} as const satisfies Record<string, RuleDefinition>;
