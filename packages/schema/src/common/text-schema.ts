import * as z from 'zod/mini';

/** A check of a string value that reports through `ctx.issues`. */
export type TextCheck = (ctx: z.core.ParsePayload<string>) => void;

/** The check each {@link textSchema} was built with. */
const textChecks = new WeakMap<z.ZodMiniType, TextCheck>();

/**
 * `z.string()` with one check, remembered so that `withRule` can fold its shape relabelling into that same
 * check instead of adding a second one (one check call per valid string instead of two).
 */
export function textSchema(check: TextCheck): z.ZodMiniString {
  const schema = z.string().check(check);
  textChecks.set(schema, check);
  return schema;
}

/** The check of a schema built by {@link textSchema}, or `undefined` for any other schema. */
export function textCheckOf(schema: z.ZodMiniType): TextCheck | undefined {
  return textChecks.get(schema);
}

/** True when zod would skip a plain check on `payload`: it already has an issue that aborts. */
export function isAbortedPayload(payload: z.core.ParsePayload): boolean {
  if (payload.aborted === true) return true;
  for (const issue of payload.issues) if (issue.continue !== true) return true;
  return false;
}
