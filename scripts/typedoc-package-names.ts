/**
 * A TypeDoc plugin: names each entry point's module after the import specifier users write
 * (`packages/webhooks/src/adapters/node.ts` → `@wa/webhooks/node`, `packages/schema/src/entries/errors.ts` →
 * `@wa/schema/errors`) instead of its path in the repository.
 */
import { type Application, Converter, ReflectionKind } from 'typedoc';

/** The import specifier of an entry point's module name as TypeDoc derives it from the path. */
export function packageSpecifier(moduleName: string): string {
  const match = /^([a-z][a-z-]*)\/src(?:\/adapters|\/entries)?(?:\/([a-z-]+))?$/.exec(moduleName);
  if (!match?.[1]) return moduleName;
  const subpath = match[2] === undefined || match[2] === 'index' ? '' : `/${match[2]}`;
  return `@wa/${match[1]}${subpath}`;
}

export function load(app: Application): void {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const reflection of context.project.getChildrenByKind(ReflectionKind.Module)) {
      reflection.name = packageSpecifier(reflection.name);
    }
  });
}
