/**
 * `strictObject` and `looseObject` for every object schema of the package, from the package's
 * `#object-schema` import: where the runtime can generate code, the objects of `object-schema-compiled.ts`
 * (classic zod's compiled parser); under the `workerd`, `worker` and `edge-light` conditions (Cloudflare
 * Workers, Vercel Edge, which forbid code generation) `zod/mini`'s own, so the compiler that could never run
 * there stays out of the bundle.
 */
export { looseObject, strictObject } from '#object-schema';
