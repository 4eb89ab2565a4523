/**
 * The object schemas of runtimes that forbid code generation (Cloudflare Workers, Vercel Edge): there zod
 * cannot compile an object parser, so `zod/mini`'s own objects are used as they are and the compiler is left
 * out of the bundle. Chosen through the `workerd`, `worker` and `edge-light` conditions of the package's
 * `#object-schema` import; everywhere else `object-schema-compiled.ts` applies.
 */
export { looseObject, strictObject } from 'zod/mini';
