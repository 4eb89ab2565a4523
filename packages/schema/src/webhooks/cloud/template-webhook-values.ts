// Incoming shape, tolerant: the `value` of the WhatsApp Business Account changes about message
// templates. Unknown keys pass through; only what identifies the template and the change is required.
import * as z from 'zod/mini';
import { looseObject } from '../../common/object-schema.ts';

/** A template ID: a number in Meta's examples; a string is accepted too. */
const templateIdSchema = z.union([z.number(), z.string()]);

/** The template a change is about (`message_template_id`, `_name`, `_language`). */
const templateFields = {
  /** The template's ID. */
  message_template_id: templateIdSchema,
  /** The template's name. */
  message_template_name: z.string(),
  /** The template's language and locale code, e.g. `en_US`. */
  message_template_language: z.string(),
};

/**
 * The `value` of a `message_template_status_update` change: a template was approved, rejected,
 * paused, disabled, archived, … (`event`, the new status).
 */
export const messageTemplateStatusUpdateValueSchema = looseObject({
  ...templateFields,
  /** The new status: `APPROVED`, `REJECTED`, `PENDING`, `PAUSED`, `DISABLED`, `PENDING_DELETION`, … */
  event: z.string(),
  /** Why (`NONE` on approval; the rejection or pause reason otherwise). */
  reason: z.nullish(z.string()),
  /** The template's category, when given. */
  message_template_category: z.optional(z.string()),
  /** Disabled templates: when it was disabled. */
  disable_info: z.optional(looseObject({ disable_date: z.optional(z.union([z.string(), z.number()])) })),
  /** Locked or unlocked templates: a title and a description. */
  other_info: z.optional(looseObject({ title: z.optional(z.string()), description: z.optional(z.string()) })),
});

/** The `value` of a `message_template_status_update` change. */
export type MessageTemplateStatusUpdateValue = z.infer<typeof messageTemplateStatusUpdateValueSchema>;

/** The `value` of a `message_template_quality_update` change: a template's quality score changed. */
export const messageTemplateQualityUpdateValueSchema = looseObject({
  ...templateFields,
  /** The previous score: `GREEN`, `YELLOW`, `RED` or `UNKNOWN`. */
  previous_quality_score: z.optional(z.string()),
  /** The new score: `GREEN`, `YELLOW`, `RED` or `UNKNOWN`. */
  new_quality_score: z.string(),
});

/** The `value` of a `message_template_quality_update` change. */
export type MessageTemplateQualityUpdateValue = z.infer<typeof messageTemplateQualityUpdateValueSchema>;

/**
 * The `value` of a `template_category_update` change: a template's category changed
 * (`previous_category` → `new_category`), or is going to (`correct_category` from
 * `category_update_timestamp`).
 */
export const templateCategoryUpdateValueSchema = looseObject({
  ...templateFields,
  /** The category before the change (completed changes). */
  previous_category: z.optional(z.string()),
  /** The category now. */
  new_category: z.string(),
  /** The category the template is going to get (announced changes). */
  correct_category: z.optional(z.string()),
  /** When the announced change takes effect, in seconds since the epoch. */
  category_update_timestamp: z.optional(z.union([z.number(), z.string()])),
});

/** The `value` of a `template_category_update` change. */
export type TemplateCategoryUpdateValue = z.infer<typeof templateCategoryUpdateValueSchema>;

/** The WhatsApp Business Account change fields about message templates, each with its value schema. */
export const templateChangeValueSchemas = {
  message_template_status_update: messageTemplateStatusUpdateValueSchema,
  message_template_quality_update: messageTemplateQualityUpdateValueSchema,
  template_category_update: templateCategoryUpdateValueSchema,
} as const;

/** A change field about message templates (`message_template_status_update`, …). */
export type TemplateChangeField = keyof typeof templateChangeValueSchemas;
