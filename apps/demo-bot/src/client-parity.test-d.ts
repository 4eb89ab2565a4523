import type { CloudClient, CloudTemplateManagement } from '@wa/transport-cloud';
import type { OnPremClient } from '@wa/transport-onprem';
import { describe, expectTypeOf, it } from 'vitest';

/** The names of the function-valued members of `T`. */
type MethodNames<T> = { [K in keyof T]-?: T[K] extends (...args: never[]) => unknown ? K : never }[keyof T];

/** The parameters of each method of `T`. */
type MethodParameters<T> = { [K in MethodNames<T>]: T[K] extends (...args: infer A) => unknown ? A : never };

/** The Cloud client without its Cloud-only template management: the part both clients share. */
type SharedCloudClient = Omit<CloudClient, keyof CloudTemplateManagement>;

describe('the two published clients', () => {
  it('have the same method set, so the demo conversation runs on either', () => {
    expectTypeOf<MethodNames<SharedCloudClient>>().toEqualTypeOf<MethodNames<OnPremClient>>();
  });

  it('take the same arguments in every method', () => {
    expectTypeOf<MethodParameters<SharedCloudClient>>().toEqualTypeOf<MethodParameters<OnPremClient>>();
  });

  it('differ only by the template management of the Cloud client', () => {
    expectTypeOf<Exclude<MethodNames<CloudClient>, MethodNames<OnPremClient>>>().toEqualTypeOf<
      MethodNames<CloudTemplateManagement>
    >();
  });
});
