import { BoundedMap } from './bounded-map.ts';

/**
 * How far each status goes: a status advances a message only to a higher rank. `failed` and `deleted`
 * are terminal: once recorded, nothing advances past them. Statuses missing here (new ones Meta may add)
 * are recorded only for a message with no status yet.
 */
const statusRank: Readonly<Record<string, number>> = {
  sent: 1,
  delivered: 2,
  read: 3,
  played: 4,
};
const terminalStatuses: ReadonlySet<string> = new Set(['failed', 'deleted']);

/** What {@link StatusTracker.update} found. */
export interface StatusUpdateResult<S extends string = string> {
  /** True when `status` moved the message forward and is now its current status. */
  advanced: boolean;
  /** The status the message had before, if any. */
  previous: S | undefined;
  /** The furthest status of the message after this update. */
  current: S;
}

/** Keeps the furthest status of each message. Created by {@link createStatusTracker}. */
export interface StatusTracker<S extends string = string> {
  /**
   * Records `status` for `messageId` if it advances it (sent < delivered < read < played; failed and
   * deleted are terminal) and tells whether it did. A late `delivered` after `read` does not advance.
   */
  update(messageId: string, status: S): StatusUpdateResult<S>;
  /** The furthest status recorded for `messageId`. */
  get(messageId: string): S | undefined;
  /** Forgets `messageId`. */
  delete(messageId: string): void;
  /** How many messages are tracked. */
  readonly size: number;
}

/** Options of {@link createStatusTracker}. */
export interface StatusTrackerOptions {
  /**
   * The most messages tracked; the least recently updated are forgotten first (approximately: a
   * half-capacity generation at a time). Default 10 000.
   */
  maxEntries?: number | undefined;
}

/** True when `next` moves a message forward from `previous`. */
export function isStatusAdvance(previous: string | undefined, next: string): boolean {
  if (previous === undefined) return true;
  if (previous === next || terminalStatuses.has(previous)) return false;
  if (terminalStatuses.has(next)) return true;
  const nextRank = statusRank[next];
  const previousRank = statusRank[previous];
  if (nextRank === undefined) return false;
  return previousRank === undefined || nextRank > previousRank;
}

/**
 * Keeps the furthest status per message id, because Meta does not guarantee that statuses arrive in
 * order (R-DLV-1): `read` can arrive before `delivered`. In memory, bounded by `maxEntries`.
 *
 * @example
 * ```ts
 * const tracker = createStatusTracker();
 * handler.on('status', (event) => {
 *   if (tracker.update(event.messageId, event.status).advanced) saveStatus(event.messageId, event.status);
 * });
 * ```
 */
export function createStatusTracker<S extends string = string>(
  options: StatusTrackerOptions = {},
): StatusTracker<S> {
  const statuses = new BoundedMap<S>(options.maxEntries ?? 10_000);
  return {
    update(messageId, status) {
      const previous = statuses.get(messageId);
      const advanced = isStatusAdvance(previous, status);
      const current = advanced ? status : (previous ?? status);
      statuses.set(messageId, current);
      return { advanced, previous, current };
    },
    get(messageId) {
      return statuses.get(messageId);
    },
    delete(messageId) {
      statuses.delete(messageId);
    },
    get size() {
      return statuses.size;
    },
  };
}
