import * as z from 'zod/mini';

/**
 * A field that must hold exactly `value`, reported with `rule` when it is missing or different
 * (e.g. `messaging_product: "whatsapp"`, R-REQ-6).
 */
export function ruleLiteral<const V extends string>(value: V, rule: string): z.ZodMiniCustom<V, V> {
  return z.custom<V>((input) => input === value, {
    message: `must be "${value}"`,
    params: { rule },
    // keep checking the rest of the object, so that every problem is listed at once
    abort: false,
  });
}

/**
 * A field that must hold one of `values`, reported with `rule` when it is missing or different
 * (e.g. `recipient_type: "individual" | "group"`, R-REQ-5).
 */
export function ruleLiterals<const V extends string>(
  values: readonly V[],
  rule: string,
): z.ZodMiniCustom<V, V> {
  const list = values.map((value) => `"${value}"`).join(' or ');
  return z.custom<V>((input) => typeof input === 'string' && (values as readonly string[]).includes(input), {
    message: `must be ${list}`,
    params: { rule },
    abort: false,
  });
}
