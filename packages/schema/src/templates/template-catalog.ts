import { isPlainObject } from '../common/plain-object.ts';
import { ValidationError, type ValidationIssue } from '../errors/validation-error.ts';
import { checkTemplateMessage } from './check-template-message.ts';
import type { TemplateDefinition, TemplateStatus } from './template-definition.ts';

/** Settings of {@link createTemplateCatalog}. */
export interface TemplateCatalogOptions {
  /**
   * Loads every template of the account: from the API (the Cloud client's `listAllTemplates`), from a
   * file, from a database. Called on first use and on every refresh.
   */
  load: () => Promise<readonly TemplateDefinition[]> | readonly TemplateDefinition[];
  /** How long a loaded catalog is used before the next check reloads it, in ms. Default 15 minutes. */
  maxAgeMs?: number | undefined;
  /**
   * A template name the catalog does not know makes it reload at once (it may have been created since),
   * but not more often than this, in ms. Default 60 seconds.
   */
  minReloadIntervalMs?: number | undefined;
  /** The clock, in ms since the epoch. Default `Date.now`. */
  now?: (() => number) | undefined;
}

/** A template status change, as `message_template_status_update` webhooks report it. */
export interface TemplateStatusChange {
  /** The template's name. */
  name: string;
  /** Its language and locale code; when absent the change applies to every language of the name. */
  language?: string | undefined;
  /** The new status (`APPROVED`, `PAUSED`, `DISABLED`, …). */
  status: TemplateStatus;
}

/**
 * The approved templates of an account, loaded and cached, used to check template messages before they
 * are sent (see {@link createTemplateCatalog}).
 */
export interface TemplateCatalog {
  /** The definitions with this name, in every language (loads or reloads when due). */
  definitions(name: string): Promise<TemplateDefinition[]>;
  /** One definition, by name and language code. */
  get(name: string, language: string): Promise<TemplateDefinition | undefined>;
  /** Every problem of a message against its approved template; `[]` for a match or a non-template message. */
  check(message: unknown): Promise<ValidationIssue[]>;
  /** Rejects with a `ValidationError` (rule IDs, JSON paths) when {@link check} finds a problem. */
  assertSendable(message: unknown): Promise<void>;
  /** Reloads now (concurrent calls share one load). */
  refresh(): Promise<void>;
  /** Applies a status change at once, without a reload (for template status webhooks). */
  applyStatusChange(change: TemplateStatusChange): void;
}

const defaultMaxAgeMs = 15 * 60 * 1000;
const defaultMinReloadIntervalMs = 60 * 1000;

/**
 * A cache of the account's template definitions with a refresh policy, and the opt-in check that a
 * template message matches its approved template (see `checkTemplateMessage`). Loads lazily, reloads when
 * older than `maxAgeMs`, and reloads early (at most every `minReloadIntervalMs`) when asked for a name it
 * does not know. A failed load rejects the check; the previous definitions stay in use for the next one.
 *
 * @example
 * ```ts
 * const catalog = createTemplateCatalog({ load: () => definitions });
 * await catalog.assertSendable({
 *   type: 'template',
 *   to: '15551234567',
 *   template: { name: 'order_update', language: { code: 'en_US' } },
 * });
 * ```
 */
export function createTemplateCatalog(options: TemplateCatalogOptions): TemplateCatalog {
  const maxAgeMs = options.maxAgeMs ?? defaultMaxAgeMs;
  const minReloadIntervalMs = options.minReloadIntervalMs ?? defaultMinReloadIntervalMs;
  const now = options.now ?? Date.now;
  let byName = new Map<string, TemplateDefinition[]>();
  let loadedAt: number | undefined;
  let loading: Promise<void> | undefined;

  async function load(): Promise<void> {
    const definitions = await options.load();
    const next = new Map<string, TemplateDefinition[]>();
    for (const definition of definitions) {
      const list = next.get(definition.name);
      if (list === undefined) next.set(definition.name, [{ ...definition }]);
      else list.push({ ...definition });
    }
    byName = next;
    loadedAt = now();
  }

  function refresh(): Promise<void> {
    if (loading === undefined) {
      loading = load().finally(() => {
        loading = undefined;
      });
    }
    return loading;
  }

  async function definitions(name: string): Promise<TemplateDefinition[]> {
    if (loadedAt === undefined || now() - loadedAt >= maxAgeMs) await refresh();
    else if (!byName.has(name) && now() - (loadedAt ?? 0) >= minReloadIntervalMs) await refresh();
    return byName.get(name) ?? [];
  }

  async function check(message: unknown): Promise<ValidationIssue[]> {
    if (!isPlainObject(message) || message.type !== 'template' || !isPlainObject(message.template)) return [];
    const name = message.template.name;
    if (typeof name !== 'string') return [];
    return checkTemplateMessage(message.template, await definitions(name));
  }

  return {
    definitions,
    async get(name, language) {
      return (await definitions(name)).find((definition) => definition.language === language);
    },
    check,
    async assertSendable(message) {
      const issues = await check(message);
      if (issues.length > 0) throw new ValidationError({ issues, subject: 'template message' });
    },
    refresh,
    applyStatusChange(change) {
      for (const definition of byName.get(change.name) ?? []) {
        if (change.language === undefined || definition.language === change.language) {
          definition.status = change.status;
        }
      }
    },
  };
}
