import type { CloudClient } from '@wa/transport-cloud';
import type { OnPremClient } from '@wa/transport-onprem';
import { describe, expectTypeOf, it } from 'vitest';

/** The names of the function-valued members of `T`. */
type MethodNames<T> = { [K in keyof T]-?: T[K] extends (...args: never[]) => unknown ? K : never }[keyof T];

/** The parameters of each method of `T`. */
type MethodParameters<T> = { [K in MethodNames<T>]: T[K] extends (...args: infer A) => unknown ? A : never };

describe('the two published clients', () => {
  it('have the same method set, so the demo conversation runs on either', () => {
    expectTypeOf<MethodNames<CloudClient>>().toEqualTypeOf<MethodNames<OnPremClient>>();
  });

  it('take the same arguments in every method', () => {
    expectTypeOf<MethodParameters<CloudClient>>().toEqualTypeOf<MethodParameters<OnPremClient>>();
  });
});
