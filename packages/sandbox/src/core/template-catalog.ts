import { readFileSync } from 'node:fs';
import * as z from 'zod';

/** A template button as registered with Meta. */
const templateButtonSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('QUICK_REPLY'), text: z.string() }),
  z.object({ type: z.literal('URL'), text: z.string(), url: z.string() }),
  z.object({ type: z.literal('PHONE_NUMBER'), text: z.string(), phone_number: z.string() }),
  z.object({ type: z.literal('COPY_CODE'), text: z.string().default('Copy code') }),
]);

/** An approved message template, as the sandbox knows it (a subset of Meta's template definition). */
export const templateDefinitionSchema = z.object({
  name: z.string().min(1),
  languages: z.array(z.string().min(1)).min(1),
  category: z.enum(['UTILITY', 'MARKETING', 'AUTHENTICATION']),
  header: z
    .object({
      format: z.enum(['TEXT', 'IMAGE', 'DOCUMENT', 'VIDEO', 'LOCATION']),
      text: z.string().optional(),
    })
    .optional(),
  body: z.string().min(1),
  footer: z.string().optional(),
  buttons: z.array(templateButtonSchema).default([]),
});

/** An approved message template. */
export type TemplateDefinition = z.output<typeof templateDefinitionSchema>;

/** The templates every sandbox knows (the demo bot uses `order_update`). */
export const builtInTemplates: readonly TemplateDefinition[] = [
  {
    name: 'hello_world',
    languages: ['en_US'],
    category: 'UTILITY',
    header: { format: 'TEXT', text: 'Hello World' },
    body: 'Welcome and congratulations!! This message demonstrates your ability to send a WhatsApp message notification from the sandbox.',
    footer: 'WhatsApp Business Platform sample message',
    buttons: [],
  },
  {
    name: 'order_update',
    languages: ['en_US', 'en'],
    category: 'UTILITY',
    header: { format: 'TEXT', text: 'Order {{1}}' },
    body: 'Hi {{1}}, your order of *{{2}}* is confirmed. It will be ready on {{3}}.',
    footer: 'Reply STOP to opt out',
    buttons: [
      { type: 'QUICK_REPLY', text: 'Track order' },
      { type: 'QUICK_REPLY', text: 'Talk to us' },
    ],
  },
  {
    name: 'verification_code',
    languages: ['en_US'],
    category: 'AUTHENTICATION',
    body: '*{{1}}* is your verification code. For your security, do not share this code.',
    buttons: [{ type: 'COPY_CODE', text: 'Copy code' }],
  },
  {
    name: 'store_location',
    languages: ['en_US'],
    category: 'MARKETING',
    header: { format: 'LOCATION' },
    body: 'Visit us at {{1}}: fresh coffee every day from 7 am.',
    buttons: [{ type: 'URL', text: 'Website', url: 'https://example.com/{{1}}' }],
  },
];

/** Reads extra templates from a JSON file (an array of template definitions). */
export function loadTemplates(file: string): TemplateDefinition[] {
  if (file === '') return [...builtInTemplates];
  const parsed = z.array(templateDefinitionSchema).safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`[@wa/sandbox] ${file} is not a list of templates: ${z.prettifyError(parsed.error)}`);
  }
  return [...builtInTemplates, ...parsed.data];
}

/** A parameter value of a send request, reduced to what is displayed. */
export type RenderedParameter =
  | { kind: 'text'; text: string }
  | { kind: 'media'; mediaType: string; source: Record<string, unknown> }
  | { kind: 'location'; location: Record<string, unknown> };

/** A template with its parameters filled in, ready to render. */
export interface FilledTemplate {
  definition: TemplateDefinition;
  header: RenderedParameter | undefined;
  body: string;
  footer: string | undefined;
  buttons: { type: string; text: string; payload?: string; url?: string }[];
}

/** Why a template message cannot be sent (codes as the Cloud API reports them). */
export interface TemplateProblem {
  code: number;
  title: string;
  details: string;
}

function placeholderCount(text: string | undefined): number {
  if (text === undefined) return 0;
  const numbers = [...text.matchAll(/\{\{\s*(\d+)\s*\}\}/g)].map((match) => Number(match[1]));
  return numbers.length === 0 ? 0 : Math.max(...numbers);
}

function fill(text: string, values: string[]): string {
  return text.replace(/\{\{\s*(\d+)\s*\}\}/g, (whole, index: string) => values[Number(index) - 1] ?? whole);
}

function parameterValue(parameter: Record<string, unknown>): RenderedParameter {
  const type = String(parameter.type ?? 'text');
  const field = parameter[type];
  const object = typeof field === 'object' && field !== null ? (field as Record<string, unknown>) : {};
  switch (type) {
    case 'text':
      return { kind: 'text', text: String(parameter.text ?? '') };
    case 'currency': {
      const fallback = object.fallback_value;
      if (typeof fallback === 'string' && fallback !== '') return { kind: 'text', text: fallback };
      const amount = Number(object.amount_1000) / 1000;
      return { kind: 'text', text: `${amount.toFixed(2)} ${String(object.code ?? '')}`.trim() };
    }
    case 'date_time':
      return { kind: 'text', text: String(object.fallback_value ?? '') };
    case 'image':
    case 'document':
    case 'video':
      return { kind: 'media', mediaType: type, source: object };
    case 'location':
      return { kind: 'location', location: object };
    default:
      return { kind: 'text', text: String(parameter[type] ?? parameter.text ?? '') };
  }
}

function asRecords(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value)
    ? value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null)
    : [];
}

/**
 * Looks a template up and fills its parameters. Unknown name or language → 132001; a parameter count
 * that does not match the definition → 132000 (the Cloud API's codes).
 */
export function fillTemplate(
  catalog: readonly TemplateDefinition[],
  template: Record<string, unknown>,
): { ok: true; filled: FilledTemplate } | { ok: false; problem: TemplateProblem } {
  const name = String(template.name ?? '');
  const language = template.language as Record<string, unknown> | undefined;
  const code = String(language?.code ?? '');
  const definition = catalog.find(
    (candidate) => candidate.name === name && candidate.languages.includes(code),
  );
  if (!definition) {
    return {
      ok: false,
      problem: {
        code: 132001,
        title: 'Template name does not exist in the translation',
        details: `template name (${name}) does not exist in ${code}`,
      },
    };
  }
  const components = asRecords(template.components);
  const byType = (type: string) =>
    components.find((component) => String(component.type).toLowerCase() === type);
  const bodyParameters = asRecords(byType('body')?.parameters).map(parameterValue);
  const headerParameters = asRecords(byType('header')?.parameters).map(parameterValue);
  const expectedBody = placeholderCount(definition.body);
  if (bodyParameters.length !== expectedBody) {
    return {
      ok: false,
      problem: {
        code: 132000,
        title: 'Number of parameters does not match the expected number of params',
        details: `body: number of localizable_params (${bodyParameters.length}) does not match the expected number of params (${expectedBody})`,
      },
    };
  }
  const texts = (parameters: RenderedParameter[]) =>
    parameters.map((parameter) => (parameter.kind === 'text' ? parameter.text : ''));
  let header: RenderedParameter | undefined;
  if (definition.header?.format === 'TEXT') {
    const expectedHeader = placeholderCount(definition.header.text);
    if (headerParameters.length !== expectedHeader) {
      return {
        ok: false,
        problem: {
          code: 132000,
          title: 'Number of parameters does not match the expected number of params',
          details: `header: number of localizable_params (${headerParameters.length}) does not match the expected number of params (${expectedHeader})`,
        },
      };
    }
    header = { kind: 'text', text: fill(definition.header.text ?? '', texts(headerParameters)) };
  } else if (definition.header) {
    header = headerParameters[0];
    if (!header) {
      return {
        ok: false,
        problem: {
          code: 132012,
          title: 'Parameter format does not match format in the created template',
          details: `header: a ${definition.header.format.toLowerCase()} parameter is required`,
        },
      };
    }
  }
  const buttonComponents = components.filter(
    (component) => String(component.type).toLowerCase() === 'button',
  );
  const buttons = definition.buttons.map((button, index) => {
    const component = buttonComponents.find((candidate) => Number(candidate.index) === index);
    const parameter = asRecords(component?.parameters)[0];
    if (button.type === 'QUICK_REPLY') {
      return { type: button.type, text: button.text, payload: String(parameter?.payload ?? button.text) };
    }
    if (button.type === 'URL') {
      return { type: button.type, text: button.text, url: fill(button.url, [String(parameter?.text ?? '')]) };
    }
    if (button.type === 'COPY_CODE') {
      return { type: button.type, text: button.text, payload: String(parameter?.coupon_code ?? '') };
    }
    return { type: button.type, text: button.text };
  });
  return {
    ok: true,
    filled: {
      definition,
      header,
      body: fill(definition.body, texts(bodyParameters)),
      footer: definition.footer,
      buttons,
    },
  };
}
