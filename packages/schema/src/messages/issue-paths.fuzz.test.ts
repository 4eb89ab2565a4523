import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.ts';
import { safeValidate } from '../validation/validate.ts';
import { cloudSendRequestSchema } from './cloud-send-request.ts';
import { onPremSendRequestSchema } from './onprem-send-request.ts';
import { outgoingMessageSchema } from './outgoing-message.ts';

/**
 * Properties of the issues the send schemas report, on mutations of the real request bodies of the
 * conformance corpus: each can fail, unlike "every path starts with $".
 */
const directory = join(import.meta.dirname, '__fixtures__', 'conformance');
const manifest = JSON.parse(readFileSync(join(directory, 'manifest.json'), 'utf8')) as {
  files: { file: string }[];
};
const bodies = manifest.files.map(
  ({ file }) => JSON.parse(readFileSync(join(directory, file), 'utf8')) as Record<string, unknown>,
);

type Segment = string | number;

/** Parses a JSON path written by `toJsonPath` (`$.a.b[0]["x y"]`) back into its segments. */
function parsePath(path: string): Segment[] {
  const segments: Segment[] = [];
  const pattern = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  let index = 1;
  expect(path.startsWith('$')).toBe(true);
  while (index < path.length) {
    pattern.lastIndex = index;
    const match = pattern.exec(path);
    if (match === null) throw new Error(`not a JSON path: ${path}`);
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else segments.push(JSON.parse(match[3] ?? '""') as string);
    index = pattern.lastIndex;
  }
  return segments;
}

/** Every container on the way to the path's last segment exists in `input` (the last one may be missing). */
function pointsInto(input: unknown, path: Segment[]): boolean {
  let value = input;
  for (const segment of path.slice(0, -1)) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, segment)) return false;
    value = (value as Record<string | number, unknown>)[segment];
  }
  if (path.length === 0) return true;
  return typeof value === 'object' && value !== null;
}

/** All paths to values inside `value`, objects and arrays included. */
function pathsOf(value: unknown, prefix: Segment[] = []): Segment[][] {
  const found: Segment[][] = [prefix];
  if (Array.isArray(value)) {
    value.forEach((item, index) => {
      found.push(...pathsOf(item, [...prefix, index]));
    });
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) found.push(...pathsOf(item, [...prefix, key]));
  }
  return found;
}

/** A deep copy of `value` with the value at `path` replaced. */
function replaceAt(value: unknown, path: Segment[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [Segment, ...Segment[]];
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<Segment, unknown>;
  copy[head] = replaceAt(copy[head], rest, replacement);
  return copy;
}

/**
 * Objects whose keys are passed through unchecked (D-20, Flow data): order parameters, template button
 * `action` parameters, and Flow screen data.
 */
function isPassThrough(body: Record<string, unknown>, path: Segment[]): boolean {
  if (path.includes('data') || path.includes('flow_action_data')) return true;
  if (path[0] === 'template' && path.includes('action')) return true;
  const interactive = body.interactive as { type?: unknown } | undefined;
  const orderType = interactive?.type === 'order_details' || interactive?.type === 'order_status';
  return orderType && path[0] === 'interactive' && path[1] === 'action' && path[2] === 'parameters';
}

const mutation = fc
  .nat({ max: bodies.length - 1 })
  .chain((bodyIndex) => {
    const body = bodies[bodyIndex];
    const paths = pathsOf(body).filter((path) => path.length > 0);
    return fc.record({
      body: fc.constant(body),
      path: fc.constantFrom(...paths),
      replacement: fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined)),
    });
  })
  .map(({ body, path, replacement }) => replaceAt(body, path, replacement));

const schemas = [
  ['CloudSendRequest', cloudSendRequestSchema],
  ['OnPremSendRequest', onPremSendRequestSchema],
  ['OutgoingMessage', outgoingMessageSchema],
] as const;

describe('issues of mutated real request bodies (property-based)', () => {
  it.each(schemas)(
    '%s: every issue path points into the input and every rule ID is in the rules table',
    (_, schema) => {
      fc.assert(
        fc.property(mutation, (input) => {
          const result = safeValidate(schema, input, 'message');
          if (result.success) return true;
          for (const issue of result.error.issues) {
            if (!pointsInto(input, parsePath(issue.path))) return false;
            if (issue.rule !== undefined && !Object.hasOwn(rules, issue.rule)) return false;
          }
          return true;
        }),
        { numRuns: 300 },
      );
    },
  );

  it("an unknown key added anywhere is reported there by default and let through with unknownKeys: 'allow'", () => {
    const objectPaths = bodies.flatMap((body) =>
      pathsOf(body)
        .filter((path) => {
          let value: unknown = body;
          for (const segment of path) value = (value as Record<Segment, unknown>)[segment];
          return (
            typeof value === 'object' && value !== null && !Array.isArray(value) && !isPassThrough(body, path)
          );
        })
        .map((path) => ({ body, path })),
    );
    fc.assert(
      fc.property(fc.constantFrom(...objectPaths), fc.jsonValue({ maxDepth: 1 }), ({ body, path }, extra) => {
        const key = 'zz_not_a_field';
        const input = replaceAt(body, [...path, key], extra);
        const rejected = safeValidate(cloudSendRequestSchema, input, 'message');
        if (rejected.success) return false;
        const expected = `$${path.map((segment) => (typeof segment === 'number' ? `[${segment}]` : `.${segment}`)).join('')}.${key}`;
        if (!rejected.error.issues.some((issue) => issue.path === expected)) return false;
        const allowed = safeValidate(cloudSendRequestSchema, input, 'message', { unknownKeys: 'allow' });
        return allowed.success && allowed.data === input;
      }),
      { numRuns: 200 },
    );
  });
});
