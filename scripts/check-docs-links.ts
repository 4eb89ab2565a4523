/**
 * Checks every link of the generated API reference (`docs/api`, written by `typedoc`): each relative
 * `href`/`src` must name a file that exists and, with a `#fragment`, an element with that `id` or `name`
 * in it. Fails listing each broken link. Run by `pnpm docs` after TypeDoc.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const root = join(import.meta.dirname, '..', 'docs', 'api');

function htmlFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const path = join(directory, entry);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return path.endsWith('.html') ? [path] : [];
  });
}

const anchors = new Map<string, Set<string>>();
function anchorsOf(file: string): Set<string> {
  let found = anchors.get(file);
  if (found === undefined) {
    const html = readFileSync(file, 'utf8');
    found = new Set([...html.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((match) => match[1] ?? ''));
    anchors.set(file, found);
  }
  return found;
}

if (!existsSync(join(root, 'index.html'))) {
  console.error('check-docs-links: docs/api/index.html is missing; run typedoc first');
  process.exit(1);
}
const files = htmlFiles(root);
const broken: string[] = [];
let checked = 0;
for (const file of files) {
  const html = readFileSync(file, 'utf8');
  for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const link = match[1] ?? '';
    if (/^(?:[a-z]+:|\/\/)/i.test(link)) continue; // external (https:, mailto:, data:)
    checked += 1;
    const [path = '', fragment] = link.split('#');
    const target = path === '' ? file : resolve(dirname(file), decodeURIComponent(path));
    if (!existsSync(target)) broken.push(`${relative(root, file)}: ${link} (no such file)`);
    else if (fragment && target.endsWith('.html') && !anchorsOf(target).has(decodeURIComponent(fragment)))
      broken.push(`${relative(root, file)}: ${link} (no #${fragment} there)`);
  }
}
for (const line of broken) console.error(`check-docs-links: broken link in ${line}`);
console.log(`check-docs-links: ${checked} links in ${files.length} pages, ${broken.length} broken`);
if (broken.length > 0 || checked === 0) process.exit(1);
