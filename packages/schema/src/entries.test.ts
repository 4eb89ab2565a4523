import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The entry points of the package: each subpath is an explicit list of names, exactly the names of its
 * area (nothing leaks in from another area, nothing is forgotten), the internals live in `/internal` only,
 * and the root stays small.
 */

const sourceDirectory = import.meta.dirname;
const packageDirectory = join(sourceDirectory, '..');

/** The most names the root entry may export (values and types); it had 583 before the subpaths. */
const MAX_ROOT_NAMES = 130;

/** The names of `@wa/schema/internal`, for the other `@wa` packages only. */
const internalNames = [
  'BoundedTextOptions',
  'boundedText',
  'isRetryableClass',
  'RuleIssueParams',
  'RuleViolation',
  'rawObjectSchema',
  'reportRule',
  'suggestKey',
  'toJsonPath',
  'toTolerantValidationIssues',
  'toValidationIssues',
  'unknownDiscriminator',
];

/** Each public subpath and the area module(s) whose names it holds, less the internal ones. */
const areas: Record<string, string[]> = {
  messages: ['messages/index.ts'],
  webhooks: ['webhooks/index.ts'],
  responses: ['responses/index.ts'],
  errors: ['errors/index.ts'],
  rules: ['rules/index.ts'],
  templates: ['templates/index.ts', 'service-window/index.ts'],
};

/** Modules whose names the root may hold although no subpath does. */
const rootOnlyModules = ['transport.ts', 'validation/index.ts', 'version.ts', 'common/message-dialect.ts'];

/** Names most applications use: they stay in the root. */
const essentialRootNames = [
  'OutgoingMessage',
  'outgoingMessageSchema',
  'textMessage',
  'templateMessage',
  'listMessage',
  'validate',
  'safeValidate',
  'toCloudSendRequest',
  'toOnPremSendRequest',
  'WaError',
  'ValidationError',
  'ApiError',
  'Transport',
  'WhatsAppClient',
  'CloudWebhookPayload',
  'OnPremWebhookPayload',
  'InboundMessage',
  'rules',
  'RuleId',
];

const entryFiles = readdirSync(join(sourceDirectory, 'entries'))
  .filter((file) => file.endsWith('.ts'))
  .map((file) => file.replace(/\.ts$/, ''))
  .sort();

const program = ts.createProgram(
  [
    join(sourceDirectory, 'index.ts'),
    ...entryFiles.map((name) => join(sourceDirectory, 'entries', `${name}.ts`)),
    ...[...Object.values(areas).flat(), ...rootOnlyModules].map((file) => join(sourceDirectory, file)),
  ],
  {
    allowImportingTsExtensions: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2023,
    strict: true,
    skipLibCheck: true,
  },
);
const checker = program.getTypeChecker();

/** Every name (value or type) a source file exports. */
function exportedNames(relativePath: string): string[] {
  const sourceFile = program.getSourceFile(join(sourceDirectory, relativePath));
  if (sourceFile === undefined) throw new Error(`not in the program: ${relativePath}`);
  const moduleSymbol = checker.getSymbolAtLocation(sourceFile);
  if (moduleSymbol === undefined) throw new Error(`not a module: ${relativePath}`);
  return checker
    .getExportsOfModule(moduleSymbol)
    .map((symbol) => symbol.name)
    .sort();
}

/** True when a file re-exports a whole module (`export * from`) instead of listing names. */
function hasStarExport(relativePath: string): boolean {
  const sourceFile = program.getSourceFile(join(sourceDirectory, relativePath));
  return (
    sourceFile?.statements.some(
      (statement) => ts.isExportDeclaration(statement) && statement.exportClause === undefined,
    ) ?? true
  );
}

const rootNames = exportedNames('index.ts');

describe('entry points of @wa/schema', () => {
  it('has one entry file per public subpath, plus internal', () => {
    expect(entryFiles).toEqual([...Object.keys(areas), 'internal'].sort());
  });

  it.each(Object.entries(areas))(
    '@wa/schema/%s exports exactly the names of its area',
    (subpath, modules) => {
      const expected = [...new Set(modules.flatMap(exportedNames))]
        .filter((name) => !internalNames.includes(name))
        .sort();
      expect(exportedNames(`entries/${subpath}.ts`)).toEqual(expected);
    },
  );

  it('@wa/schema/internal exports exactly its list', () => {
    expect(exportedNames('entries/internal.ts')).toEqual([...internalNames].sort());
  });

  it.each(['index.ts', ...entryFiles.map((name) => `entries/${name}.ts`)])(
    '%s lists its names (no export *)',
    (file) => {
      expect(hasStarExport(file)).toBe(false);
    },
  );

  it(`the root exports at most ${MAX_ROOT_NAMES} names, the essential ones among them`, () => {
    expect(rootNames.length).toBeLessThanOrEqual(MAX_ROOT_NAMES);
    expect(rootNames).toEqual(expect.arrayContaining(essentialRootNames));
  });

  it('the root holds no internal name and nothing that is in no other entry but the root-only modules', () => {
    const allowed = new Set([
      ...Object.keys(areas).flatMap((subpath) => exportedNames(`entries/${subpath}.ts`)),
      ...rootOnlyModules.flatMap(exportedNames),
    ]);
    expect(rootNames.filter((name) => internalNames.includes(name))).toEqual([]);
    expect(rootNames.filter((name) => !allowed.has(name))).toEqual([]);
  });

  it('every name of the root-only modules is in the root or in internal', () => {
    const reachable = new Set([...rootNames, ...internalNames]);
    expect(rootOnlyModules.flatMap(exportedNames).filter((name) => !reachable.has(name))).toEqual([]);
  });

  it('a root value is the same object as in its subpath', async () => {
    const root = (await import('./index.ts')) as Record<string, unknown>;
    let compared = 0;
    for (const subpath of Object.keys(areas)) {
      const entry = (await import(`./entries/${subpath}.ts`)) as Record<string, unknown>;
      for (const [name, value] of Object.entries(entry)) {
        if (!(name in root)) continue;
        expect(root[name], `${name} of @wa/schema/${subpath}`).toBe(value);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(40);
  });
});

describe('exports map of @wa/schema', () => {
  const manifest = JSON.parse(readFileSync(join(packageDirectory, 'package.json'), 'utf8')) as {
    exports: Record<string, unknown>;
  };

  it('names every entry file, source condition first, then types, import and default from dist', () => {
    const expected: Record<string, unknown> = {
      '.': {
        '@wa/source': './src/index.ts',
        types: './dist/index.d.ts',
        import: './dist/index.js',
        default: './dist/index.js',
      },
      './package.json': './package.json',
    };
    for (const name of entryFiles) {
      expected[`./${name}`] = {
        '@wa/source': `./src/entries/${name}.ts`,
        types: `./dist/entries/${name}.d.ts`,
        import: `./dist/entries/${name}.js`,
        default: `./dist/entries/${name}.js`,
      };
    }
    expect(manifest.exports).toEqual(expected);
    for (const target of Object.values(manifest.exports)) {
      if (typeof target === 'object' && target !== null) {
        expect(Object.keys(target)).toEqual(['@wa/source', 'types', 'import', 'default']);
      }
    }
  });
});
