/**
 * Setup file of the `edge` test projects (see `vitest.shared.ts`), run inside the edge runtime's context
 * before each `*.edge.test.ts` file. Vitest's VM pool adds Node's `process`, `global`, `setImmediate` and
 * `clearImmediate` to that context, and its `edge-runtime` environment adds `Buffer`, for Vitest's own
 * use; an edge runtime has none of them. Removing them here makes the package code under test see the
 * globals an edge runtime offers, so a dependency on a Node global fails the edge tests.
 */
for (const name of ['process', 'global', 'Buffer', 'setImmediate', 'clearImmediate']) {
  Reflect.deleteProperty(globalThis, name);
}
