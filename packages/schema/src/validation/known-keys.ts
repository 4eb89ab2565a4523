import type * as z from 'zod/mini';

/** The keys each object schema knows, by the input object it rejected an unknown key of. */
const knownKeysByInput = new WeakMap<object, readonly string[]>();

/** The shape keys of an object schema, or `undefined` for any other schema. */
function shapeKeys(schema: unknown): readonly string[] | undefined {
  const def = (schema as { _zod?: { def?: { shape?: unknown } } } | undefined)?._zod?.def;
  const shape = def?.shape;
  return typeof shape === 'object' && shape !== null ? Object.keys(shape) : undefined;
}

/**
 * A zod error map that adds no message but remembers, for each object with unknown keys, the keys its
 * schema knows, so {@link knownKeysOf} can suggest the one meant. Zod calls it only for issues, so a valid
 * value costs nothing.
 */
export const recordKnownKeys: z.core.$ZodErrorMap = (issue) => {
  if (issue.code !== 'unrecognized_keys') return undefined;
  const input = issue.input;
  const keys = shapeKeys(issue.inst);
  if (keys !== undefined && typeof input === 'object' && input !== null) knownKeysByInput.set(input, keys);
  return undefined;
};

/** The keys known where `input` was rejected for an unknown key, if {@link recordKnownKeys} saw it. */
export function knownKeysOf(input: unknown): readonly string[] | undefined {
  return typeof input === 'object' && input !== null ? knownKeysByInput.get(input) : undefined;
}
