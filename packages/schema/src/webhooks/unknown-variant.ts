import * as z from 'zod/mini';
import { looseObject } from '../common/object-schema.ts';

/** The value every fallback variant carries in its discriminator (`type: 'unknown'`, `status: 'unknown'`). */
export const unknownDiscriminator = 'unknown';

/**
 * Where a fallback variant keeps the object exactly as received, including its original discriminator
 * (e.g. `raw.type === 'poll'`): any object, every key kept (a loose object without known fields, so the
 * webhook parse path needs no record schema).
 */
export const rawObjectSchema = looseObject({});

/**
 * Builds the preprocess step of a tolerant discriminated union. An object whose `discriminator` is a
 * string outside `known` (a value the API added after this SDK was written) is turned into the fallback
 * variant: the same fields, the discriminator set to `'unknown'`, and the untouched object under `raw`.
 * Everything else is passed on as it is, so a known value with a broken shape still fails with precise
 * JSON paths, and a missing or non-string discriminator still fails.
 *
 * Only the rare unknown object is copied; known ones are passed through without allocation.
 */
export function toUnknownVariant(
  discriminator: string,
  known: ReadonlySet<string>,
): (input: unknown) => unknown {
  return (input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return input;
    const record = input as Record<string, unknown>;
    const value = record[discriminator];
    if (typeof value !== 'string' || known.has(value)) return input;
    return { ...record, [discriminator]: unknownDiscriminator, raw: record };
  };
}

/** The zod type of a tolerant discriminated union built by the internal `tolerantUnion`. */
export type TolerantUnion<U extends z.ZodMiniType> = z.ZodMiniPipe<z.ZodMiniTransform<unknown, unknown>, U>;

/**
 * A discriminated union that turns objects with an unknown `discriminator` value into its `'unknown'`
 * variant first (see {@link toUnknownVariant}). `union` must have that variant.
 */
/* @__NO_SIDE_EFFECTS__ */
export function tolerantUnion<U extends z.ZodMiniType>(
  discriminator: string,
  known: ReadonlySet<string>,
  union: U,
): TolerantUnion<U> {
  return z.pipe(z.transform(toUnknownVariant(discriminator, known)), union);
}
