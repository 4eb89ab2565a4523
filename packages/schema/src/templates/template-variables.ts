const variablePattern = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/**
 * The distinct variables of a template text, in order of first appearance: `['1', '2']` for
 * `'Hi {{1}}, order {{2}}'`, `['first_name']` for `'Hi {{first_name}}'`.
 */
export function templateVariables(text: string | undefined): string[] {
  if (text === undefined || !text.includes('{{')) return [];
  const seen: string[] = [];
  for (const match of text.matchAll(variablePattern)) {
    const name = match[1] as string;
    if (!seen.includes(name)) seen.push(name);
  }
  return seen;
}
