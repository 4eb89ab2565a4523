import * as z from 'zod/mini';
import { strictObject } from '../../common/object-schema.ts';
import { requiredField } from '../../common/required-field.ts';
import { reportRule } from '../../validation/rule-check.ts';

/** A decimal number written as a string: optional sign, digits, optional fraction. Compiled once. */
const numericStringPattern = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)$/;

/**
 * An outgoing coordinate: a number or a numeric string, passed through unchanged (D-2), within
 * ±`bound` decimal degrees.
 */
function coordinate(rule: string, bound: number) {
  return z.union([z.number(), z.string()]).check((ctx) => {
    const value = ctx.value;
    const numeric =
      typeof value === 'number' ? value : numericStringPattern.test(value) ? Number(value) : Number.NaN;
    if (!Number.isFinite(numeric)) {
      reportRule(ctx, { rule, message: 'must be a number of decimal degrees (or a numeric string)' });
    } else if (numeric < -bound || numeric > bound) {
      reportRule(ctx, {
        rule,
        limit: bound,
        message: `is ${numeric} degrees; it must be between -${bound} and ${bound}`,
      });
    }
  });
}

/** The `location` object of an outgoing location message (R-LOC-1…4). */
export const locationObjectSchema = strictObject({
  /** Latitude in decimal degrees, -90 to 90; a number or a numeric string (D-2). */
  latitude: requiredField(coordinate('R-LOC-1', 90), 'R-LOC-1'),
  /** Longitude in decimal degrees, -180 to 180; a number or a numeric string (D-2). */
  longitude: requiredField(coordinate('R-LOC-2', 180), 'R-LOC-2'),
  /** The name of the place. */
  name: requiredField(z.string(), 'R-LOC-3'),
  /** The address of the place. */
  address: requiredField(z.string(), 'R-LOC-4'),
});

/** The `location` object of an outgoing location message. */
export type LocationObject = z.infer<typeof locationObjectSchema>;
