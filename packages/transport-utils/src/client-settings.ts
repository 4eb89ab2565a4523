import {
  type TransportPacer,
  type UnknownKeysPolicy,
  ValidationError,
  type ValidationIssue,
} from '@wa/schema';
import type { ServiceWindowTracker, TemplateCatalog } from '@wa/schema/templates';
import { createPacer, type PacerOptions } from './pacer.ts';
import { type RetryPolicy, type RetryPolicyOptions, resolveRetryPolicy } from './retry-policy.ts';
import type { TransportHooks } from './transport-hooks.ts';

/** The time limit of one HTTP attempt when `timeout` is not set, in milliseconds (both clients). */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** The settings both clients take, with the same names, defaults and validation. */
export interface ClientSettings {
  /** The `fetch` to use, e.g. undici's; defaults to the global `fetch`. */
  fetch?: typeof globalThis.fetch | undefined;
  /**
   * Time limit of one HTTP attempt (request and whole response), in milliseconds; `false` for none.
   * Default `30_000`.
   */
  timeout?: number | false | undefined;
  /** How failed requests are retried (see the README's retry table); `false` turns retries off. */
  retry?: RetryPolicyOptions | false | undefined;
  /**
   * Throughput pacing of sends: limits for the built-in pacer (missing fields take the API's defaults), a
   * pacer of your own (any object with `run(task, { recipient, signal })`, e.g. one shared through Redis by
   * several processes), or `false` for none.
   */
  pacing?: PacerOptions | TransportPacer | false | undefined;
  /** Callbacks for logging and metrics; they never see a credential. */
  hooks?: TransportHooks | undefined;
  /** Extra headers for every request (they cannot replace `Authorization`). */
  headers?: Readonly<Record<string, string>> | undefined;
  /** The `User-Agent` header. Default: the package's `USER_AGENT` (`wa/transport-cloud/<version>`). */
  userAgent?: string | undefined;
  /** Validate messages before sending (default `true`); `send(message, { validate })` overrides it per call. */
  validate?: boolean | undefined;
  /**
   * Fields of a message the schema does not know: `reject` (default) fails validation with the field's
   * path, `allow` sends them as given (for API fields newer than this SDK).
   */
  unknownKeys?: UnknownKeysPolicy | undefined;
  /**
   * Opt-in: check every template message against its approved definition (`createTemplateCatalog` of
   * `@wa/schema`) before any request. A mismatch (a parameter too few, an unknown button index, a paused
   * template, a language it is not approved in, …) rejects with a `ValidationError` naming the rule, and
   * nothing is sent. Off by default.
   */
  templateCatalog?: Pick<TemplateCatalog, 'assertSendable'> | undefined;
  /**
   * Opt-in: refuse a free-form (non-template) message to a customer whose 24-hour customer service window
   * is closed (`createServiceWindowTracker` of `@wa/schema`, fed by your webhook handler) with a
   * `ServiceWindowClosedError` (R-DLV-10) before any request. Off by default.
   */
  serviceWindow?: Pick<ServiceWindowTracker, 'assertCanSend'> | undefined;
}

/** The shared settings with every default applied. */
export interface ResolvedClientSettings {
  /** The time limit of one attempt, in ms, or `false`. */
  timeout: number | false;
  /** Whether messages are validated by default. */
  validate: boolean;
  /** The unknown-field policy passed to the message conversion. */
  unknownKeys: UnknownKeysPolicy;
  /** Headers for every request: the user's (names lower-cased) and `user-agent`. */
  headers: Record<string, string>;
  /** The retry policy. */
  retryPolicy: RetryPolicy;
  /** The pacer of sends, or `undefined` when pacing is off. */
  pacer: TransportPacer | undefined;
  /** The template catalog messages are checked against, or `undefined` when the check is off. */
  templateCatalog: Pick<TemplateCatalog, 'assertSendable'> | undefined;
  /** The service window tracker messages are checked against, or `undefined` when the check is off. */
  serviceWindow: Pick<ServiceWindowTracker, 'assertCanSend'> | undefined;
}

/** What {@link resolveClientSettings} needs to know about the client. */
export interface ClientSettingsContext {
  /** The package of the client, for error messages: `@wa/transport-cloud`. */
  packageName: string;
  /** What the settings are, for the error message: `Cloud client settings`. */
  subject: string;
  /** The package's default `User-Agent`. */
  userAgent: string;
  /** The API's default pacing limits, completed by the user's fields. */
  pacingDefaults?: Readonly<PacerOptions> | undefined;
  /** Problems the client already found in its own settings, reported in the same error. */
  issues?: readonly ValidationIssue[] | undefined;
}

/** True when `pacing` is a pacer of the user's rather than options for the built-in one. */
export function isTransportPacer(pacing: unknown): pacing is TransportPacer {
  return (
    typeof pacing === 'object' && pacing !== null && typeof (pacing as TransportPacer).run === 'function'
  );
}

const positivePacing = ['messagesPerSecond', 'burst', 'maxConcurrency', 'recipientBurst'] as const;

function pacingIssues(pacing: PacerOptions): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const key of positivePacing) {
    const value = pacing[key];
    if (value !== undefined && !(typeof value === 'number' && value > 0 && Number.isFinite(value))) {
      issues.push({ path: `$.pacing.${key}`, message: `must be a finite number > 0, got ${String(value)}` });
    }
  }
  const interval = pacing.recipientIntervalMs;
  if (
    interval !== undefined &&
    !(typeof interval === 'number' && interval >= 0 && Number.isFinite(interval))
  ) {
    issues.push({
      path: '$.pacing.recipientIntervalMs',
      message: `must be a finite number >= 0, got ${String(interval)}`,
    });
  }
  return issues;
}

function definedEntries<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as Partial<T>;
}

/** `[@wa/transport-utils] retry.maxAttempts must be…` → `must be…`, for an issue of the client's settings. */
function retryIssue(error: unknown): ValidationIssue {
  const text = error instanceof Error ? error.message : String(error);
  const match = /retry\.(\w+) (.*?)\.?$/.exec(text);
  return match === null
    ? { path: '$.retry', message: text.replace(/^\[[^\]]+\]\s*/, '') }
    : { path: `$.retry.${match[1]}`, message: match[2] as string };
}

/**
 * Applies the defaults of the settings both clients share and validates them. Every problem (with the
 * client's own `issues`) is reported at once in one `ValidationError` that names the client's package.
 *
 * @throws ValidationError when a setting is invalid: a `timeout` that is not a number > 0 or `false`, an
 *   empty `userAgent`, an `unknownKeys` other than `reject` / `allow`, pacing limits that are not
 *   positive, a `templateCatalog` or `serviceWindow` without its check method, a retry policy out of range, or `pacing` that is neither options, a pacer nor `false`.
 * @example
 * const resolved = resolveClientSettings(settings, {
 *   packageName: '@wa/transport-cloud',
 *   subject: 'Cloud client settings',
 *   userAgent: USER_AGENT,
 * });
 */
export function resolveClientSettings(
  settings: ClientSettings,
  context: ClientSettingsContext,
): ResolvedClientSettings {
  const { packageName } = context;
  const issues: ValidationIssue[] = [...(context.issues ?? [])];

  const timeout = settings.timeout ?? DEFAULT_TIMEOUT_MS;
  if (timeout !== false && !(typeof timeout === 'number' && timeout > 0 && Number.isFinite(timeout))) {
    issues.push({
      path: '$.timeout',
      message: `must be a number of milliseconds > 0 or false, got ${String(timeout)}`,
    });
  }
  const userAgent = settings.userAgent ?? context.userAgent;
  if (typeof userAgent !== 'string' || userAgent.trim() === '' || /[\r\n]/.test(userAgent)) {
    issues.push({ path: '$.userAgent', message: 'must be a non-empty string on one line' });
  }
  const unknownKeys = settings.unknownKeys ?? 'reject';
  if (unknownKeys !== 'reject' && unknownKeys !== 'allow') {
    issues.push({
      path: '$.unknownKeys',
      message: `must be "reject" or "allow", got ${String(unknownKeys)}`,
    });
  }
  if (settings.validate !== undefined && typeof settings.validate !== 'boolean') {
    issues.push({ path: '$.validate', message: 'must be true or false' });
  }

  if (!hasMethod(settings.templateCatalog, 'assertSendable')) {
    issues.push({
      path: '$.templateCatalog',
      message: 'must be a template catalog with an assertSendable(message) method (createTemplateCatalog)',
    });
  }
  if (!hasMethod(settings.serviceWindow, 'assertCanSend')) {
    issues.push({
      path: '$.serviceWindow',
      message:
        'must be a service window tracker with an assertCanSend(message) method (createServiceWindowTracker)',
    });
  }

  let retryPolicy: RetryPolicy | undefined;
  try {
    retryPolicy = resolveRetryPolicy(settings.retry);
  } catch (error) {
    issues.push(retryIssue(error));
  }

  const pacing = settings.pacing;
  let pacerOptions: PacerOptions | undefined;
  if (pacing !== false && !isTransportPacer(pacing)) {
    if (pacing !== undefined && (typeof pacing !== 'object' || pacing === null)) {
      issues.push({
        path: '$.pacing',
        message: 'must be pacing limits, a pacer with a run(task, options) method, or false',
      });
    } else {
      pacerOptions = { ...context.pacingDefaults, ...definedEntries(pacing ?? {}) };
      issues.push(...pacingIssues(pacerOptions));
    }
  }

  if (issues.length > 0 || retryPolicy === undefined) {
    throw new ValidationError({ subject: context.subject, issues, packageName });
  }

  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(settings.headers ?? {})) headers[name.toLowerCase()] = value;
  if (settings.userAgent !== undefined || headers['user-agent'] === undefined)
    headers['user-agent'] = userAgent;

  return {
    timeout,
    validate: settings.validate ?? true,
    unknownKeys,
    headers,
    retryPolicy,
    pacer: isTransportPacer(pacing)
      ? pacing
      : pacerOptions === undefined
        ? undefined
        : createPacer(pacerOptions, packageName, settings.hooks),
    templateCatalog: settings.templateCatalog,
    serviceWindow: settings.serviceWindow,
  };
}

/** True when `value` is absent or an object with a method called `name`. */
function hasMethod(value: unknown, name: string): boolean {
  return (
    value === undefined ||
    (typeof value === 'object' &&
      value !== null &&
      typeof (value as Record<string, unknown>)[name] === 'function')
  );
}
