import type {
  TemplateComponentDefinition,
  TemplateCreateRequest,
  TemplateDefinition,
  TemplateEditRequest,
  TemplateStatus,
} from '@wa/schema/templates';

/** A change of a template, reported to the account's webhook (`field` and its `value`). */
export interface TemplateChange {
  /** `message_template_status_update`, `message_template_quality_update` or `template_category_update`. */
  field: string;
  /** The change's value, in the webhook's shape. */
  value: Record<string, unknown>;
  /** One line for the webhook log. */
  summary: string;
}

function templateFields(template: TemplateDefinition): Record<string, unknown> {
  return {
    message_template_id: Number(template.id),
    message_template_name: template.name,
    message_template_language: template.language,
  };
}

/** Filters of {@link TemplateStore.list}, as `GET /{waba-id}/message_templates` takes them. */
export interface TemplateFilters {
  name?: string | undefined;
  status?: string | undefined;
  category?: string | undefined;
  language?: string | undefined;
}

/**
 * The sandbox's message templates, as Meta's definitions (one per name and language), with the review
 * a template goes through after it is created or edited: `PENDING`, then `APPROVED` after
 * `reviewDelayMs` (at once for 0). Every change of status, quality or category is reported to
 * `onChange`, in the shape of its webhook.
 */
export class TemplateStore {
  #templates: TemplateDefinition[];
  readonly #nextId: () => string;
  readonly #reviewDelayMs: number;
  readonly #onChange: (change: TemplateChange) => void;
  readonly #timers = new Set<NodeJS.Timeout>();

  constructor(options: {
    templates: readonly TemplateDefinition[];
    nextId: () => string;
    reviewDelayMs: number;
    onChange: (change: TemplateChange) => void;
  }) {
    this.#templates = options.templates.map((template) => structuredClone(template));
    this.#nextId = options.nextId;
    this.#reviewDelayMs = options.reviewDelayMs;
    this.#onChange = options.onChange;
  }

  /** Every template, in creation order (a snapshot). */
  all(): readonly TemplateDefinition[] {
    return this.#templates;
  }

  /** The templates matching every given filter (`name` matches a part of the name). */
  list(filters: TemplateFilters = {}): TemplateDefinition[] {
    return this.#templates.filter(
      (template) =>
        (filters.name === undefined || template.name.includes(filters.name)) &&
        (filters.status === undefined || template.status === filters.status.toUpperCase()) &&
        (filters.category === undefined || template.category === filters.category.toUpperCase()) &&
        (filters.language === undefined || template.language === filters.language),
    );
  }

  /** One template by ID. */
  byId(id: string): TemplateDefinition | undefined {
    return this.#templates.find((template) => template.id === id);
  }

  /** Whether a template with this name exists in this language. */
  has(name: string, language: string): boolean {
    return this.#templates.some((template) => template.name === name && template.language === language);
  }

  /** Creates a template (`PENDING`) and starts its review. */
  create(request: TemplateCreateRequest): TemplateDefinition {
    const template: TemplateDefinition = {
      id: this.#nextId(),
      name: request.name,
      language: request.language,
      status: 'PENDING',
      category: request.category,
      parameter_format: request.parameter_format ?? 'POSITIONAL',
      components: structuredClone(request.components) as TemplateComponentDefinition[],
    };
    this.#templates.push(template);
    this.#review(template);
    return template;
  }

  /** Edits a template (components replaced, category, time-to-live); it goes through review again. */
  edit(template: TemplateDefinition, request: TemplateEditRequest): void {
    if (request.components !== undefined) {
      template.components = structuredClone(request.components) as TemplateComponentDefinition[];
    }
    if (request.category !== undefined) template.category = request.category;
    if (request.message_send_ttl_seconds !== undefined) {
      template.message_send_ttl_seconds = request.message_send_ttl_seconds;
    }
    this.setStatus(template, 'PENDING');
    this.#review(template);
  }

  /** Deletes the templates named `name` (every language), or only the one with ID `id`; returns them. */
  delete(name: string, id?: string): TemplateDefinition[] {
    const removed = this.#templates.filter(
      (template) => template.name === name && (id === undefined || template.id === id),
    );
    this.#templates = this.#templates.filter((template) => !removed.includes(template));
    return removed;
  }

  /** Sets a template's status and reports the change (nothing when it already has it). */
  setStatus(template: TemplateDefinition, status: TemplateStatus, reason = 'NONE'): void {
    if (template.status === status) return;
    template.status = status;
    this.#onChange({
      field: 'message_template_status_update',
      value: {
        event: status,
        ...templateFields(template),
        reason,
        ...(template.category === undefined ? {} : { message_template_category: template.category }),
      },
      summary: `template ${template.name} (${template.language}) ${status}`,
    });
  }

  /** Sets a template's quality score (`GREEN`, `YELLOW`, `RED`, `UNKNOWN`) and reports the change. */
  setQuality(template: TemplateDefinition, score: string, at: number): void {
    const previous = template.quality_score?.score ?? 'UNKNOWN';
    if (previous === score) return;
    template.quality_score = { score, date: at };
    this.#onChange({
      field: 'message_template_quality_update',
      value: { previous_quality_score: previous, new_quality_score: score, ...templateFields(template) },
      summary: `template ${template.name} (${template.language}) quality ${score}`,
    });
  }

  /** Sets a template's category and reports the change. */
  setCategory(template: TemplateDefinition, category: string): void {
    const previous = template.category;
    if (previous === category) return;
    template.category = category;
    this.#onChange({
      field: 'template_category_update',
      value: {
        ...templateFields(template),
        ...(previous === undefined ? {} : { previous_category: previous }),
        new_category: category,
      },
      summary: `template ${template.name} (${template.language}) category ${category}`,
    });
  }

  #review(template: TemplateDefinition): void {
    const approve = () => {
      if (this.#templates.includes(template) && template.status === 'PENDING') {
        this.setStatus(template, 'APPROVED');
      }
    };
    if (this.#reviewDelayMs <= 0) {
      // Approved at once, after the caller has answered with the PENDING status.
      queueMicrotask(approve);
      return;
    }
    const timer = setTimeout(() => {
      this.#timers.delete(timer);
      approve();
    }, this.#reviewDelayMs);
    this.#timers.add(timer);
  }

  /** Cancels pending reviews. */
  close(): void {
    for (const timer of this.#timers) clearTimeout(timer);
    this.#timers.clear();
  }
}
