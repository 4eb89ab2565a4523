import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import * as compiled from './object-schema-compiled.ts';
import * as edge from './object-schema-edge.ts';

const manifest = JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'package.json'), 'utf8')) as {
  imports: Record<string, Record<string, string>>;
};

describe('#object-schema', () => {
  it('maps the code-generation-free runtimes to zod/mini objects and every other runtime to the compiled ones', () => {
    const targets = manifest.imports['#object-schema'];
    expect(targets?.workerd).toBe('./dist/common/object-schema-edge.js');
    expect(targets?.worker).toBe('./dist/common/object-schema-edge.js');
    expect(targets?.['edge-light']).toBe('./dist/common/object-schema-edge.js');
    expect(targets?.default).toBe('./dist/common/object-schema-compiled.js');
    expect(targets?.['@wa/source']).toBe('./src/common/object-schema-compiled.ts');
  });

  it('builds compiled objects only in the compiled variant', () => {
    const shape = { body: z.string() };
    expect(compiled.strictObject(shape)._zod.traits.has('$ZodObjectJIT')).toBe(true);
    expect(compiled.looseObject(shape)._zod.traits.has('$ZodObjectJIT')).toBe(true);
    expect(edge.strictObject(shape)._zod.traits.has('$ZodObjectJIT')).toBe(false);
  });

  it.each([
    ['compiled', compiled],
    ['edge', edge],
  ])(
    '%s objects parse alike: strict rejects unknown keys, loose keeps them, and z.extend keeps the kind',
    (_, variant) => {
      const strict = variant.strictObject({ body: z.string(), preview_url: z.optional(z.boolean()) });
      const loose = variant.looseObject({ id: z.string() });
      expect(strict.safeParse({ body: 'hi' })).toEqual({ success: true, data: { body: 'hi' } });
      expect(strict.safeParse({ body: 'hi', extra: 1 }).error?.issues[0]?.code).toBe('unrecognized_keys');
      expect(strict.safeParse({ body: 1 }).error?.issues[0]?.path).toEqual(['body']);
      expect(loose.safeParse({ id: 'a', more: true }).data).toEqual({ id: 'a', more: true });
      const extended = z.extend(strict, { id: z.string() });
      expect(extended._zod.traits.has('$ZodObjectJIT')).toBe(variant === compiled);
      expect(extended.safeParse({ body: 'hi' }).success).toBe(false);
    },
  );
});
