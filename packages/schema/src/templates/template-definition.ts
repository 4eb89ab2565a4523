import * as z from 'zod/mini';
import { looseObject, strictObject } from '../common/object-schema.ts';

/**
 * The review status of a message template, as the WhatsApp Business Management API reports it. Only
 * `APPROVED` templates can be sent. The list is open: a status Meta adds later still parses.
 */
export const templateStatusSchema = z.union([
  z.enum([
    'APPROVED',
    'PENDING',
    'REJECTED',
    'PAUSED',
    'DISABLED',
    'IN_APPEAL',
    'PENDING_DELETION',
    'DELETED',
    'LIMIT_EXCEEDED',
    'ARCHIVED',
  ]),
  z.string(),
]);

/** The review status of a message template (`APPROVED`, `PAUSED`, …). */
export type TemplateStatus = z.infer<typeof templateStatusSchema>;

/** The category of a message template; it decides pricing and what the template may contain. */
export const templateCategorySchema = z.enum(['AUTHENTICATION', 'MARKETING', 'UTILITY']);

/** The category of a message template. */
export type TemplateCategory = z.infer<typeof templateCategorySchema>;

/**
 * How the variables of a template are written: `POSITIONAL` (`{{1}}`, `{{2}}`, the default) or `NAMED`
 * (`{{first_name}}`); a message fills named variables with `parameter_name`.
 */
export const templateParameterFormatSchema = z.enum(['POSITIONAL', 'NAMED']);

/** How the variables of a template are written. */
export type TemplateParameterFormat = z.infer<typeof templateParameterFormatSchema>;

/** One example value of a named variable: `{ param_name: 'first_name', example: 'Ada' }`. */
export const namedParameterExampleSchema = looseObject({
  param_name: z.string(),
  example: z.string(),
});

/** One example value of a named variable. */
export type NamedParameterExample = z.infer<typeof namedParameterExampleSchema>;

/** The `example` object of a template component: sample values Meta reviews. */
export const templateComponentExampleSchema = looseObject({
  /** Positional sample values of a text header. */
  header_text: z.optional(z.array(z.string())),
  /** Named sample values of a text header. */
  header_text_named_params: z.optional(z.array(namedParameterExampleSchema)),
  /** Upload handles of a sample header image, video or document. */
  header_handle: z.optional(z.array(z.string())),
  /** Positional sample values of the body, one array per sample. */
  body_text: z.optional(z.array(z.array(z.string()))),
  /** Named sample values of the body. */
  body_text_named_params: z.optional(z.array(namedParameterExampleSchema)),
});

/** The `example` object of a template component. */
export type TemplateComponentExample = z.infer<typeof templateComponentExampleSchema>;

/**
 * A button of a template definition. `type` is one of `QUICK_REPLY`, `URL`, `PHONE_NUMBER`, `COPY_CODE`,
 * `OTP`, `FLOW`, `CATALOG`, `MPM`, `VOICE_CALL`, `ORDER_DETAILS`, `SPM` and whatever Meta adds; fields
 * beyond the common ones are kept as they come.
 */
export const templateButtonDefinitionSchema = looseObject({
  type: z.string(),
  text: z.optional(z.string()),
  /** `URL` buttons: the link, with at most one variable at its end (`https://example.com/{{1}}`). */
  url: z.optional(z.string()),
  /** `PHONE_NUMBER` buttons: the number called. */
  phone_number: z.optional(z.string()),
  /** Sample values: the URL suffix of a dynamic `URL` button, the code of a `COPY_CODE` button. */
  example: z.optional(z.union([z.array(z.string()), z.string()])),
  /** `OTP` buttons: `COPY_CODE`, `ONE_TAP` or `ZERO_TAP`. */
  otp_type: z.optional(z.string()),
  /** `FLOW` buttons: the flow to open. */
  flow_id: z.optional(z.union([z.string(), z.number()])),
});

/** A button of a template definition. */
export type TemplateButtonDefinition = z.infer<typeof templateButtonDefinitionSchema>;

/** A card of a carousel template: its own header, body and buttons. */
export interface TemplateCardDefinition {
  /** The card's components (`HEADER`, `BODY`, `BUTTONS`). */
  components: TemplateComponentDefinition[];
  [key: string]: unknown;
}

/**
 * One component of a template definition. `type` is `HEADER`, `BODY`, `FOOTER`, `BUTTONS`, `CAROUSEL`,
 * `LIMITED_TIME_OFFER` or a newer kind; Meta writes it in upper case, and it is compared without case.
 */
export interface TemplateComponentDefinition {
  /** The component kind: `HEADER`, `BODY`, `FOOTER`, `BUTTONS`, `CAROUSEL`, … */
  type: string;
  /** `HEADER` only: `TEXT`, `IMAGE`, `VIDEO`, `DOCUMENT`, `LOCATION` or `PRODUCT`. */
  format?: string | undefined;
  /** The text, with variables (`{{1}}` or `{{name}}`) for `HEADER` (text) and `BODY`. */
  text?: string | undefined;
  /** Sample values. */
  example?: TemplateComponentExample | undefined;
  /** `BUTTONS` only: the buttons, in index order. */
  buttons?: TemplateButtonDefinition[] | undefined;
  /** `CAROUSEL` only: the cards. */
  cards?: TemplateCardDefinition[] | undefined;
  [key: string]: unknown;
}

/** A component of a template definition (tolerant: unknown keys and kinds are kept). */
export const templateComponentDefinitionSchema: z.ZodMiniType<TemplateComponentDefinition> = looseObject({
  type: z.string(),
  format: z.optional(z.string()),
  text: z.optional(z.string()),
  example: z.optional(templateComponentExampleSchema),
  buttons: z.optional(z.array(templateButtonDefinitionSchema)),
  cards: z.optional(
    z.array(
      looseObject({
        // A getter, because a card holds components: zod reads it once, at the first parse.
        get components() {
          return z.array(templateComponentDefinitionSchema);
        },
      }),
    ),
  ),
});

/** The quality rating of a template: `GREEN`, `YELLOW`, `RED` or `UNKNOWN`. */
export const templateQualityScoreSchema = looseObject({
  score: z.string(),
  date: z.optional(z.number()),
});

/** The quality rating of a template. */
export type TemplateQualityScore = z.infer<typeof templateQualityScoreSchema>;

/**
 * A message template as the WhatsApp Business Management API returns it
 * (`GET /{waba-id}/message_templates`, `GET /{template-id}`): one name in one language. Tolerant:
 * fields Meta adds are kept, and only `name`, `language` and `components` are required.
 */
export const templateDefinitionSchema = looseObject({
  /** The template's ID. */
  id: z.optional(z.string()),
  /** Its name: lower-case letters, digits and underscores; one name can exist in many languages. */
  name: z.string().check(z.minLength(1)),
  /** Its language and locale code, e.g. `en_US`. */
  language: z.string().check(z.minLength(1)),
  /** Its review status; only `APPROVED` templates can be sent. */
  status: z.optional(templateStatusSchema),
  /** Its category. */
  category: z.optional(z.string()),
  /** How its variables are written (default `POSITIONAL`). */
  parameter_format: z.optional(z.string()),
  /** Its components. */
  components: z.array(templateComponentDefinitionSchema),
  /** Its quality rating. */
  quality_score: z.optional(templateQualityScoreSchema),
  /** Why it was rejected (`NONE` when it was not). */
  rejected_reason: z.optional(z.string()),
});

/** A message template as the WhatsApp Business Management API returns it. */
export type TemplateDefinition = z.infer<typeof templateDefinitionSchema>;

/** One page of `GET /{waba-id}/message_templates`. */
export const templateListResponseSchema = looseObject({
  data: z.array(templateDefinitionSchema),
  paging: z.optional(
    looseObject({
      cursors: z.optional(looseObject({ before: z.optional(z.string()), after: z.optional(z.string()) })),
      next: z.optional(z.string()),
      previous: z.optional(z.string()),
    }),
  ),
});

/** One page of templates. */
export type TemplateListResponse = z.infer<typeof templateListResponseSchema>;

/**
 * The answer to `POST /{waba-id}/message_templates` (tolerant): the new template's ID, with its review
 * status and category when Graph names them.
 */
export const templateCreateResponseSchema = looseObject({
  /** The new template's ID. */
  id: z.string(),
  /** Its review status, as in a template definition. */
  status: templateDefinitionSchema.shape.status,
  /** Its category, as in a template definition. */
  category: templateDefinitionSchema.shape.category,
});

/** The answer to a template creation request. */
export type TemplateCreateResponse = z.infer<typeof templateCreateResponseSchema>;

const templateNamePattern = /^[a-z0-9_]+$/;

/** At most 512 characters in a template name. */
export const MAX_TEMPLATE_NAME_LENGTH = 512;

/**
 * The body of `POST /{waba-id}/message_templates`, which creates a template and submits it for review.
 * The name is checked here (lower-case letters, digits and underscores, at most 512 characters); the
 * components are checked by Meta's review.
 */
export const templateCreateRequestSchema = strictObject({
  name: z
    .string()
    .check(z.minLength(1))
    .check(z.maxLength(MAX_TEMPLATE_NAME_LENGTH))
    .check(
      z.regex(templateNamePattern, 'a template name has only lower-case letters, digits and underscores'),
    ),
  language: z.string().check(z.minLength(1)),
  category: templateCategorySchema,
  parameter_format: z.optional(templateParameterFormatSchema),
  components: z.array(templateComponentDefinitionSchema).check(z.minLength(1)),
  /** Let Meta change the category when it disagrees, instead of rejecting the template. */
  allow_category_change: z.optional(z.boolean()),
  /** How long WhatsApp tries to deliver a message made from this template, in seconds. */
  message_send_ttl_seconds: z.optional(z.int().check(z.positive())),
});

/** The body of a template creation request. */
export type TemplateCreateRequest = z.infer<typeof templateCreateRequestSchema>;

/**
 * The body of `POST /{template-id}`, which edits a template: its components (all replaced), its category
 * (not for approved templates) or its time-to-live.
 */
export const templateEditRequestSchema = strictObject({
  category: z.optional(templateCategorySchema),
  components: z.optional(z.array(templateComponentDefinitionSchema).check(z.minLength(1))),
  message_send_ttl_seconds: z.optional(z.int().check(z.positive())),
});

/** The body of a template edit request. */
export type TemplateEditRequest = z.infer<typeof templateEditRequestSchema>;
