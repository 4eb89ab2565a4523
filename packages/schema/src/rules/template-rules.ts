import type { RuleDefinition } from './rule-definition.ts';

/**
 * Rules for template messages, authentication and marketing templates, and the legacy On-Premises `hsm`
 * object, by ID. Summaries are this SDK's own wording of the API's documented behaviour.
 */
export const templateRules = {
  // Template object
  'R-TPL-1': {
    summary: '`template.name` is required.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-TPL-2': {
    summary:
      '`template.language` is required: `{ "code": "<language_and_locale>" }`, the language to render.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-TPL-3': {
    summary:
      'Media templates support only the `deterministic` language policy; `language.policy` is optional and, when given, `deterministic` (both APIs, D-6).',
    api: 'both',
    enforcement: 'schema',
  },
  'R-TPL-4': {
    summary:
      '`template.namespace` is an On-Premises field: required before client v2.41, optional from v2.41; the Cloud API does not use it.',
    api: 'onprem',
    enforcement: 'schema',
  },
  'R-TPL-5': {
    summary:
      'From On-Premises v2.27.8 the namespace must belong to the WhatsApp Business Account that owns the client’s phone number.',
    api: 'onprem',
    enforcement: 'documented',
  },
  'R-TPL-6': {
    summary: '`template.components` is an optional array.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-TPL-7': {
    summary: '`component.type` is required: `header`, `body`, `footer` or `button`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-TPL-8': {
    summary: '`component.parameters` is optional for header, body and footer components.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-TPL-9': {
    summary:
      'A template must be created and approved before it is sent; unverified accounts may use the pre-approved samples.',
    api: 'cloud',
    enforcement: 'schema',
  },
  'R-TPL-10': {
    summary: 'New or unpaused marketing templates are subject to template pacing.',
    api: 'cloud',
    enforcement: 'documented',
  },
  'R-TPL-11': {
    summary:
      'Interactive templates add call-to-action (call, website) or quick-reply buttons to text or media templates.',
    api: 'cloud',
    enforcement: 'documented',
  },

  // Parameters
  'R-TPL-PARAM-1': {
    summary:
      '`parameter.type` is required: `text`, `currency`, `date_time`, `image`, `document`, `video`, or `location` (Cloud, header only).',
    api: 'both',
    enforcement: 'schema',
  },
  'R-TPL-PARAM-2': {
    summary: 'A text parameter is `{ "type": "text", "text": string }`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-TPL-PARAM-3': {
    summary:
      'A currency parameter is `{ "type": "currency", "currency": { "fallback_value", "code", "amount_1000" } }`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-TPL-PARAM-4': {
    summary: 'A date/time parameter is `{ "type": "date_time", "date_time": { "fallback_value" } }`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-TPL-PARAM-5': {
    summary:
      'Template currency and date/time parameters use `fallback_value`, not `default` (the hsm field name).',
    api: 'both',
    enforcement: 'schema',
  },
  'R-TPL-PARAM-6': {
    summary: '`image`, `document` and `video` parameters hold a media object, as media messages do.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-TPL-PARAM-7': {
    summary: 'Document parameters of media templates must be PDF files.',
    api: 'both',
    enforcement: 'documented',
  },
  'R-TPL-PARAM-8': {
    summary:
      'A location-header template takes a `location` parameter `{ latitude, longitude, name, address }` in its header component.',
    api: 'cloud',
    enforcement: 'schema',
  },
  'R-TPL-PARAM-9': {
    summary: 'In a location header, `name` shows right below the map and `address` below the name.',
    api: 'cloud',
    enforcement: 'documented',
  },

  // Button components
  'R-TPL-BTN-1': {
    summary: 'A button component has `type: "button"`, `sub_type`, `index` and `parameters`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-TPL-BTN-2': {
    summary:
      '`sub_type` is required: `quick_reply`, `url` or `copy_code`; the Cloud API also has `catalog`, `mpm`, `spm`, `flow`, `order_details` and `voice_call` (lower or upper case, D-19).',
    api: 'both',
    enforcement: 'schema',
  },
  'R-TPL-BTN-3': {
    summary: 'The `copy_code` button needs On-Premises client 2.49 or newer.',
    api: 'onprem',
    enforcement: 'schema',
  },
  'R-TPL-BTN-4': {
    summary: '`index` is required: the button position, 0 to 9; a template has at most 10 buttons.',
    limit: 10,
    api: 'both',
    enforcement: 'schema',
  },
  'R-TPL-BTN-5': {
    summary: '`index` may be a number (`0`) or a one-digit string (`"0"`); it is sent as given (D-2).',
    api: 'both',
    enforcement: 'schema',
  },
  'R-TPL-BTN-6': {
    summary: '`parameters` is required for button components.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-TPL-BTN-7': {
    summary: 'Each button parameter has a required `type`: `payload`, `text` or `coupon_code`.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-TPL-BTN-8': {
    summary:
      'A `quick_reply` button takes a `payload` parameter, returned with the button text when it is tapped.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-TPL-BTN-9': {
    summary: 'A `url` button takes a `text` parameter: the suffix appended to the button’s dynamic URL.',
    api: 'both',
    enforcement: 'schema',
  },
  'R-TPL-BTN-10': {
    summary: 'A `copy_code` button takes a `coupon_code` parameter: the code the user copies.',
    api: 'both',
    enforcement: 'schema',
  },

  // Authentication templates
  'R-TPL-AUTH-1': {
    summary:
      'Legacy authentication templates (no one-time-password button) fail with error 100 when a variable is over 15 characters or holds links or emojis, or the body holds a link (not checked client-side, D-13).',
    limit: 15,
    api: 'cloud',
    enforcement: 'documented',
  },

  // Per-user marketing template limits
  'R-TPL-MKT-1': {
    summary:
      'Per-user marketing template limits apply to users with Indian phone numbers (some from 2024-02-06, all from 2024-02-13).',
    api: 'both',
    enforcement: 'documented',
  },
  'R-TPL-MKT-2': {
    summary:
      'The limit counts marketing templates a user gets from all businesses and may cap them per period, starting with conversations unlikely to be read.',
    api: 'both',
    enforcement: 'documented',
  },
  'R-TPL-MKT-3': {
    summary: 'The limit applies only to marketing templates that would open a new marketing conversation.',
    api: 'both',
    enforcement: 'documented',
  },
  'R-TPL-MKT-4': {
    summary:
      'A template held back by the limit fails with error 131026 (Cloud) or 1026 (On-Premises), codes that also cover other causes.',
    api: 'both',
    enforcement: 'documented',
  },
  'R-TPL-MKT-5': {
    summary: 'After 131026 or 1026, do not resend at once; retry at increasing intervals.',
    api: 'both',
    enforcement: 'documented',
  },

  // Legacy hsm object
  'R-HSM-1': {
    summary:
      '`hsm` is deprecated from On-Premises v2.39 (use `template`) and never sent to the Cloud API (D-5).',
    api: 'onprem',
    enforcement: 'documented',
  },
  'R-HSM-2': {
    summary:
      '`hsm.namespace` is required; the send fails when it does not match `element_name` (from v2.2.7).',
    api: 'onprem',
    enforcement: 'schema',
  },
  'R-HSM-3': {
    summary: '`hsm.element_name` is required: the template’s element name within the namespace.',
    api: 'onprem',
    enforcement: 'schema',
  },
  'R-HSM-4': {
    summary:
      '`hsm.language` is required, with the deterministic policy; the `fallback` policy was removed in v2.27.8.',
    api: 'onprem',
    enforcement: 'schema',
  },
  'R-HSM-5': {
    summary:
      '`hsm.localizable_params` is required: the values of the template variables, each with a `default` text.',
    api: 'onprem',
    enforcement: 'schema',
  },
} as const satisfies Record<string, RuleDefinition>;
