import type { RuleDefinition } from './rule-definition.ts';

/**
 * Rules for what the APIs send back: send responses (`R-RESP-*`) and webhook payloads (`R-WH-*`).
 * The schemas that uphold them live in `src/responses/` and `src/webhooks/`.
 */
export const incomingRules = {
  'R-RESP-1': {
    summary: 'An accepted send answers with a `messages` array holding the ID of the new message.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-RESP-2': {
    summary:
      'The Cloud API send response also carries `messaging_product` and `contacts[{ input, wa_id }]`; its message IDs start with `wamid.` (the prefix is documented, never used to reject an accepted send).',
    api: 'cloud',
    enforcement: 'schema',
  },
  'R-RESP-3': {
    summary:
      'A message held for quality assessment has a `message_status` string in its response entry; the field is absent otherwise.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-RESP-4': {
    summary:
      'The quality-assessment hold applies to businesses in Brazil, Colombia and Singapore from 2023-09-12 and to every business from 2023-10-12.',
    api: 'both',
    enforcement: 'documented',
  },
  'R-RESP-5': {
    summary:
      'A response with an `errors` section means the message was not accepted: fix it, then send again.',
    api: 'both',
    enforcement: 'transport',
  },
  'R-RESP-6': {
    summary:
      'A returned message ID only means the request was stored, not that the message reached the recipient.',
    api: 'both',
    enforcement: 'documented',
  },
  'R-WH-1': {
    summary:
      'A webhook body has `object: "whatsapp_business_account"` and `entry[].changes[]`; message notifications use `field: "messages"`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-WH-2': {
    summary:
      'A messages change `value` holds `messaging_product`, `metadata { display_phone_number, phone_number_id }`, the senders in `contacts[]` and the `messages[]`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-WH-3': {
    summary:
      'An inbound message has an `id`, a `timestamp` string, a `type`, the payload under the key named by `type`, the sender in `from` (which the API may withhold for users with a username), and `context { from, id }` when it replies to a business message.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-WH-4': {
    summary: 'An inbound location gives `latitude` and `longitude` as JSON numbers.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-WH-5': {
    summary: 'An inbound location may come without `name` and `address`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-WH-6': {
    summary:
      "A reply to an interactive message arrives as an `interactive` payload naming the user's choice, e.g. the tapped reply button's `id`.",
    api: 'both',
    enforcement: 'schema',
  },
  'R-WH-7': {
    summary:
      '`biz_opaque_callback_data` sent with a message comes back in its sent, delivered and read `statuses` entries.',
    api: 'cloud',
    enforcement: 'schema',
  },
  'R-WH-8': {
    summary: 'Subscribe to webhooks to follow status changes of sent messages and to receive replies.',
    api: 'both',
    enforcement: 'documented',
  },
} as const satisfies Record<string, RuleDefinition>;
