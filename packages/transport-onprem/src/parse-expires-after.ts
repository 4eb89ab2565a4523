/**
 * Reads the `expires_after` of a login response, e.g. `2026-11-29 00:00:00+00:00`, as epoch
 * milliseconds. The client writes a space between date and time and a `+hh:mm` offset; a `T`, a `Z`,
 * a `+hhmm` offset or fractional seconds are accepted too, and a missing offset means UTC.
 * Returns `undefined` when the value cannot be read, so that the caller can fall back to a safe
 * lifetime rather than trust a wrong date.
 */
export function parseExpiresAfter(value: unknown): number | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2}(?:\.\d{1,9})?)\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(
    value.trim(),
  );
  if (match === null) return undefined;
  const [, date, time, offset] = match;
  const zone =
    offset === undefined || offset.toUpperCase() === 'Z'
      ? 'Z'
      : offset.includes(':')
        ? offset
        : `${offset.slice(0, 3)}:${offset.slice(3)}`;
  const fraction = time?.includes('.') ? time.slice(0, 12) : time;
  const epoch = Date.parse(`${date}T${fraction}${zone}`);
  return Number.isNaN(epoch) ? undefined : epoch;
}
