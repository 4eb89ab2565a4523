import type {
  TemplateComponentDefinition,
  TemplateCreateRequest,
  TemplateDefinition,
  TemplateEditRequest,
  TemplateStatus,
} from '@wa/schema';

/** A template status change, as the `message_template_status_update` webhook reports it. */
export interface TemplateStatusEvent {
  definition: TemplateDefinition;
  /** The new status (`APPROVED`, `PAUSED`, …). */
  event: TemplateStatus;
  /** Why (`NONE` unless rejected or paused). */
  reason: string;
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
 * `reviewDelayMs` (at once for 0). Every status change is reported to `onStatus`.
 */
export class TemplateStore {
  #templates: TemplateDefinition[];
  readonly #nextId: () => string;
  readonly #reviewDelayMs: number;
  readonly #onStatus: (event: TemplateStatusEvent) => void;
  readonly #timers = new Set<NodeJS.Timeout>();

  constructor(options: {
    templates: readonly TemplateDefinition[];
    nextId: () => string;
    reviewDelayMs: number;
    onStatus: (event: TemplateStatusEvent) => void;
  }) {
    this.#templates = options.templates.map((template) => structuredClone(template));
    this.#nextId = options.nextId;
    this.#reviewDelayMs = options.reviewDelayMs;
    this.#onStatus = options.onStatus;
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
    this.#onStatus({ definition: template, event: status, reason });
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
