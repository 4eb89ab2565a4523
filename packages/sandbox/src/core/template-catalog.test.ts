import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fillTemplate, loadTemplates, templateIdSequence } from './template-catalog.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function templatesFile(content: unknown): string {
  const folder = mkdtempSync(join(tmpdir(), 'wa-sandbox-templates-'));
  folders.push(folder);
  const file = join(folder, 'templates.json');
  writeFileSync(file, JSON.stringify(content));
  return file;
}

describe('loadTemplates', () => {
  it('reads the short format and Meta definitions from a file, after the built-in templates', () => {
    const file = templatesFile([
      { name: 'table_ready', languages: ['pt_BR', 'es'], category: 'UTILITY', body: 'Mesa {{1}}' },
      {
        name: 'promo_named',
        language: 'en_US',
        category: 'MARKETING',
        parameter_format: 'NAMED',
        status: 'PAUSED',
        components: [{ type: 'BODY', text: 'Hi {{first_name}}' }],
      },
    ]);
    const templates = loadTemplates(file, templateIdSequence());
    const added = templates.slice(-3);
    expect(added.map((template) => [template.name, template.language, template.status])).toEqual([
      ['table_ready', 'pt_BR', 'APPROVED'],
      ['table_ready', 'es', 'APPROVED'],
      ['promo_named', 'en_US', 'PAUSED'],
    ]);
    expect(new Set(templates.map((template) => template.id)).size).toBe(templates.length);
    expect(added[0]?.components).toEqual([{ type: 'BODY', text: 'Mesa {{1}}' }]);
  });

  it('refuses a file that is not a list of templates, naming the file', () => {
    const file = templatesFile([{ name: 'x' }]);
    expect(() => loadTemplates(file)).toThrow(
      /\[@wa\/sandbox\] .*templates\.json is not a list of templates/,
    );
  });
});

describe('fillTemplate', () => {
  const templates = loadTemplates('');
  const orderUpdate = (components: unknown[]) => ({
    name: 'order_update',
    language: { code: 'en_US' },
    components,
  });

  it('R-TPL-9 refuses for sending a template that is not approved: paused 132015, disabled 132016, pending 132001', () => {
    const [definition] = templates.filter((template) => template.name === 'hello_world');
    for (const [status, code] of [
      ['PAUSED', 132015],
      ['DISABLED', 132016],
      ['PENDING', 132001],
    ] as const) {
      const catalog = [
        {
          ...definition,
          name: 'hello_world',
          language: 'en_US',
          components: definition?.components ?? [],
          status,
        },
      ];
      const result = fillTemplate(
        catalog,
        { name: 'hello_world', language: { code: 'en_US' } },
        { forSending: true },
      );
      expect(result.ok === false && result.problem.code).toBe(code);
      expect(fillTemplate(catalog, { name: 'hello_world', language: { code: 'en_US' } }).ok).toBe(true);
    }
  });

  it('R-TPL-PARAM-2 fills positional parameters by order and counts them (132000)', () => {
    const header = { type: 'header', parameters: [{ type: 'text', text: '#7' }] };
    const body = (count: number) => ({
      type: 'body',
      parameters: ['Ana', 'tea', 'Friday'].slice(0, count).map((text) => ({ type: 'text', text })),
    });
    const filled = fillTemplate(templates, orderUpdate([header, body(3)]));
    expect(filled.ok && [filled.filled.header, filled.filled.body]).toEqual([
      { kind: 'text', text: 'Order #7' },
      'Hi Ana, your order of *tea* is confirmed. It will be ready on Friday.',
    ]);
    const short = fillTemplate(templates, orderUpdate([header, body(2)]));
    expect(short.ok === false && short.problem).toMatchObject({
      code: 132000,
      details: expect.stringMatching(/^body: /),
    });
  });
});
