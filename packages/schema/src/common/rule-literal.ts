import * as z from 'zod';

/**
 * A field that must hold exactly `value`, reported with `rule` when it is missing or different
 * (e.g. `messaging_product: "whatsapp"`, R-REQ-6).
 */
export function ruleLiteral<const V extends string>(value: V, rule: string): z.ZodCustom<V, V> {
  return z.custom<V>((input) => input === value, {
    message: `must be "${value}"`,
    params: { rule },
    // keep checking the rest of the object, so that every problem is listed at once
    abort: false,
  });
}
