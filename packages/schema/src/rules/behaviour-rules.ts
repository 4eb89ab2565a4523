import type { RuleDefinition } from './rule-definition.ts';

/**
 * Rules for transport, delivery, errors, performance and versions, by ID. Summaries are this SDK's own
 * wording of the API's documented behaviour.
 */
export const behaviourRules = {
  // Transport
  'R-HTTP-1': {
    summary: 'Every message is sent with POST to the messages endpoint; only the JSON body differs by type.',
    api: 'both',
    enforcement: 'transport',
  },
  'R-HTTP-2': {
    summary: 'The On-Premises messages endpoint is `POST /v1/messages`.',
    api: 'onprem',
    enforcement: 'transport',
  },
  'R-HTTP-3': {
    summary:
      'The Cloud messages endpoint is `POST https://graph.facebook.com/{graph-version}/{phone-number-id}/messages`.',
    api: 'cloud',
    enforcement: 'transport',
  },
  'R-HTTP-4': {
    summary: 'Requests carry `Content-Type: application/json`.',
    api: 'both',
    enforcement: 'transport',
  },
  'R-HTTP-5': {
    summary: 'Requests carry `Authorization: Bearer <access token>` with a token that has not expired.',
    api: 'both',
    enforcement: 'transport',
  },
  'R-HTTP-6': {
    summary:
      'Cloud calls use an access token; solution partners need the `whatsapp_business_messaging` permission.',
    api: 'cloud',
    enforcement: 'documented',
  },
  'R-HTTP-7': {
    summary:
      'On-Premises prerequisites: log in for a token, look up recipients through contacts, and meet the message blocking requirements.',
    api: 'onprem',
    enforcement: 'documented',
  },

  // Delivery
  'R-DLV-1': {
    summary: 'Messages may arrive in a different order than they were sent.',
    api: 'both',
    enforcement: 'documented',
  },
  'R-DLV-2': {
    summary:
      "When order matters, send the next message only after the previous one's `delivered` status arrived.",
    api: 'both',
    enforcement: 'documented',
  },
  'R-DLV-3': {
    summary:
      'A message that got a message ID must never be sent again automatically: it will be delivered once the user is back online.',
    api: 'both',
    enforcement: 'transport',
  },
  'R-DLV-4': {
    summary:
      'On-Premises: a message ID means the message is stored; the client retries delivery without a deadline.',
    api: 'onprem',
    enforcement: 'documented',
  },
  'R-DLV-5': {
    summary: 'A message to an offline phone is kept by the WhatsApp server for 30 days, then dropped.',
    api: 'both',
    enforcement: 'documented',
  },
  'R-DLV-6': {
    summary:
      'A missing `delivered` status means the user is offline or blocked the business; no API lists blocking users.',
    api: 'both',
    enforcement: 'documented',
  },
  'R-DLV-7': {
    summary:
      'A user who blocked the business still looks valid to the contacts endpoint, but messages never arrive and paid ones are not charged.',
    api: 'onprem',
    enforcement: 'documented',
  },
  'R-DLV-8': {
    summary:
      'Watch delivery through status webhooks; On-Premises also offers the `health` node for client and network failures.',
    api: 'onprem',
    enforcement: 'documented',
  },
  'R-DLV-9': {
    summary: 'Persistently low delivery rates are a case for Direct Support.',
    api: 'both',
    enforcement: 'documented',
  },
  'R-DLV-10': {
    summary: 'Outside the 24-hour customer service window, reach the user with a template message.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-DLV-11': {
    summary:
      'After error 131026 (Cloud) or 1026 (On-Premises), retry only with growing intervals, never at once.',
    api: 'both',
    enforcement: 'transport',
  },
  'R-DLV-12': {
    summary:
      "Common causes of non-delivery: the user's network or phone is unavailable, long inactivity, a replaced SIM, client network errors.",
    api: 'both',
    enforcement: 'documented',
  },

  // Errors
  'R-ERR-1': {
    summary:
      'Cloud error 131026: the message could not be delivered (one possible cause is the per-user marketing limit).',
    api: 'cloud',
    enforcement: 'transport',
  },
  'R-ERR-2': {
    summary: 'On-Premises error 1026 is the counterpart of Cloud error 131026.',
    api: 'onprem',
    enforcement: 'transport',
  },
  'R-ERR-3': {
    summary:
      'Error 100 for a legacy authentication template whose variable is over 15 characters or has links or emojis, or whose body has a link.',
    api: 'cloud',
    enforcement: 'documented',
  },
  'R-ERR-4': {
    summary: 'A response with an `errors` section means the request must be fixed before it is sent again.',
    api: 'both',
    enforcement: 'transport',
  },
  'R-ERR-5': {
    summary: 'List and reply-button messages sent more than 24 hours after the last user message fail.',
    api: 'both',
    enforcement: 'documented',
  },

  // Performance
  'R-PERF-1': {
    summary: 'An On-Premises client on a single shard sends about 70 text messages per second.',
    api: 'onprem',
    enforcement: 'documented',
  },
  'R-PERF-2': {
    summary: 'An On-Premises client with 32 shards sends about 250 text messages per second.',
    api: 'onprem',
    enforcement: 'documented',
  },
  'R-PERF-3': {
    summary:
      'On-Premises throughput depends on the client setup and on how many recipients are new (new ones need an encrypted session first).',
    api: 'onprem',
    enforcement: 'documented',
  },

  // Versions
  'R-VER-1': {
    summary: 'From On-Premises v2.2.7 an `hsm` send fails when `namespace` and `element_name` do not match.',
    api: 'onprem',
    enforcement: 'documented',
  },
  'R-VER-2': {
    summary:
      "From On-Premises v2.27.8 the template namespace must belong to the client's WABA, and the hsm language fallback is deprecated.",
    api: 'onprem',
    enforcement: 'documented',
  },
  'R-VER-3': {
    summary:
      'On-Premises v2.39: no contacts call needed before sending; `hsm` deprecated in favour of `template`.',
    api: 'onprem',
    enforcement: 'schema',
  },
  'R-VER-4': {
    summary: 'On-Premises v2.41: the template `namespace` becomes optional (required before).',
    api: 'onprem',
    enforcement: 'schema',
  },
  'R-VER-5': {
    summary: 'On-Premises v2.41.2: media captions are limited to 1024 characters.',
    limit: 1024,
    api: 'onprem',
    enforcement: 'schema',
  },
  'R-VER-6': {
    summary:
      'On-Premises 2.49: template `copy_code` buttons and the `coupon_code` parameter become available.',
    api: 'onprem',
    enforcement: 'schema',
  },
  'R-VER-7': {
    summary:
      'From 2023-07-01 conversation analytics (`metric_types`) are available and conversation-based pricing changed.',
    api: 'cloud',
    enforcement: 'documented',
  },
  'R-VER-8': {
    summary:
      'Messages may be held for quality assessment: businesses in Brazil, Colombia and Singapore from 2023-09-12, all from 2023-10-12.',
    api: 'both',
    enforcement: 'documented',
  },
  'R-VER-9': {
    summary:
      'Per-user marketing template limits for Indian numbers roll out from 2024-02-06 (all such users from 2024-02-13).',
    api: 'both',
    enforcement: 'documented',
  },
  'R-VER-10': {
    summary: 'The On-Premises API is being retired; move to the Cloud API.',
    api: 'onprem',
    enforcement: 'documented',
  },
  'R-VER-11': {
    summary: 'The Cloud examples use Graph API versions v19.0 and v16.0 in the endpoint path.',
    api: 'cloud',
    enforcement: 'transport',
  },
} as const satisfies Record<string, RuleDefinition>;
