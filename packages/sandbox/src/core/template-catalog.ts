import { readFileSync } from 'node:fs';
import {
  type TemplateButtonDefinition,
  type TemplateComponentDefinition,
  type TemplateDefinition,
  templateDefinitionSchema,
  templateVariables,
} from '@wa/schema/templates';
import * as z from 'zod/mini';

export type { TemplateDefinition } from '@wa/schema/templates';

/** A template button, in the sandbox's short template format. */
const templateButtonSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('QUICK_REPLY'), text: z.string() }),
  z.object({ type: z.literal('URL'), text: z.string(), url: z.string() }),
  z.object({ type: z.literal('PHONE_NUMBER'), text: z.string(), phone_number: z.string() }),
  z.object({ type: z.literal('COPY_CODE'), text: z._default(z.string(), 'Copy code') }),
]);

/**
 * An approved template in the sandbox's short format (one entry for many languages). The sandbox turns
 * each into Meta's template definitions, one per language (see {@link toTemplateDefinitions}).
 */
export const sandboxTemplateSchema = z.object({
  name: z.string().check(z.minLength(1)),
  languages: z.array(z.string().check(z.minLength(1))).check(z.minLength(1)),
  category: z.enum(['UTILITY', 'MARKETING', 'AUTHENTICATION']),
  /** `NAMED` when the variables are names (`{{first_name}}`); default `POSITIONAL` (`{{1}}`). */
  parameter_format: z.optional(z.enum(['POSITIONAL', 'NAMED'])),
  header: z.optional(
    z.object({
      format: z.enum(['TEXT', 'IMAGE', 'DOCUMENT', 'VIDEO', 'LOCATION']),
      text: z.optional(z.string()),
    }),
  ),
  body: z.string().check(z.minLength(1)),
  footer: z.optional(z.string()),
  buttons: z._default(z.array(templateButtonSchema), []),
});

/** An approved template in the sandbox's short format. */
export type SandboxTemplate = z.output<typeof sandboxTemplateSchema>;

/** The templates every sandbox knows (the demo bot uses `order_update`). */
export const builtInTemplates: readonly SandboxTemplate[] = [
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
    name: 'order_ready',
    languages: ['en_US'],
    category: 'UTILITY',
    parameter_format: 'NAMED',
    body: 'Hi {{first_name}}, your *{{item}}* is ready for pickup.',
    buttons: [{ type: 'QUICK_REPLY', text: 'On my way' }],
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

/** Template IDs are numeric strings, as on Meta; the sandbox numbers them from here. */
const firstTemplateId = 800_000_000_000_001;

/** Hands out template IDs: `'800000000000001'`, `'800000000000002'`, … */
export function templateIdSequence(): () => string {
  let next = firstTemplateId;
  return () => String(next++);
}

/** Meta's template definitions (one per language, status `APPROVED`) of a template in the short format. */
export function toTemplateDefinitions(template: SandboxTemplate, nextId: () => string): TemplateDefinition[] {
  const components: TemplateComponentDefinition[] = [];
  if (template.header) {
    components.push({
      type: 'HEADER',
      format: template.header.format,
      ...(template.header.text === undefined ? {} : { text: template.header.text }),
    });
  }
  components.push({ type: 'BODY', text: template.body });
  if (template.footer !== undefined) components.push({ type: 'FOOTER', text: template.footer });
  if (template.buttons.length > 0) {
    components.push({ type: 'BUTTONS', buttons: template.buttons.map((button) => ({ ...button })) });
  }
  return template.languages.map((language) => ({
    id: nextId(),
    name: template.name,
    language,
    status: 'APPROVED',
    category: template.category,
    parameter_format: template.parameter_format ?? 'POSITIONAL',
    components: structuredClone(components),
  }));
}

/** A templates file entry: the short format (`languages`) or Meta's definition (`language`, `components`). */
const templateFileEntrySchema = z.union([sandboxTemplateSchema, templateDefinitionSchema]);

/**
 * The sandbox's templates as Meta's definitions: the built-in ones, then those of a JSON file (an array
 * of short-format templates or of Meta's template definitions). File entries without a status are
 * `APPROVED`.
 */
export function loadTemplates(
  file: string,
  nextId: () => string = templateIdSequence(),
): TemplateDefinition[] {
  const entries: (SandboxTemplate | TemplateDefinition)[] = [...builtInTemplates];
  if (file !== '') {
    const parsed = z.array(templateFileEntrySchema).safeParse(JSON.parse(readFileSync(file, 'utf8')));
    if (!parsed.success) {
      throw new Error(`[@wa/sandbox] ${file} is not a list of templates: ${z.prettifyError(parsed.error)}`);
    }
    entries.push(...parsed.data);
  }
  const isShort = (entry: SandboxTemplate | TemplateDefinition): entry is SandboxTemplate =>
    Array.isArray(entry.languages);
  return entries.flatMap((entry) =>
    isShort(entry)
      ? toTemplateDefinitions(entry, nextId)
      : [{ ...entry, id: entry.id ?? nextId(), status: entry.status ?? 'APPROVED' }],
  );
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

const countMismatch = 'Number of parameters does not match the expected number of params';

function placeholderCount(text: string | undefined): number {
  if (text === undefined) return 0;
  const numbers = [...text.matchAll(/\{\{\s*(\d+)\s*\}\}/g)].map((match) => Number(match[1]));
  return numbers.length === 0 ? 0 : Math.max(...numbers);
}

function fill(text: string, values: string[]): string {
  return text.replace(/\{\{\s*(\d+)\s*\}\}/g, (whole, index: string) => values[Number(index) - 1] ?? whole);
}

function fillNamed(text: string, values: ReadonlyMap<string, string>): string {
  return text.replace(/\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g, (whole, name: string) => values.get(name) ?? whole);
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

function textOf(parameter: RenderedParameter): string {
  return parameter.kind === 'text' ? parameter.text : '';
}

/**
 * Fills the variables of a header or body text: positional (`{{1}}`) by order, named (`{{first_name}}`)
 * by `parameter_name`. A count that does not match, or a named variable without its parameter, is 132000.
 */
function fillText(
  where: 'header' | 'body',
  text: string,
  parameters: Record<string, unknown>[],
  named: boolean,
): { ok: true; text: string } | { ok: false; problem: TemplateProblem } {
  if (!named) {
    const expected = placeholderCount(text);
    if (parameters.length !== expected) {
      return {
        ok: false,
        problem: {
          code: 132000,
          title: countMismatch,
          details: `${where}: number of localizable_params (${parameters.length}) does not match the expected number of params (${expected})`,
        },
      };
    }
    return { ok: true, text: fill(text, parameters.map(parameterValue).map(textOf)) };
  }
  const variables = templateVariables(text);
  const values = new Map<string, string>();
  for (const parameter of parameters) {
    if (typeof parameter.parameter_name === 'string') {
      values.set(parameter.parameter_name, textOf(parameterValue(parameter)));
    }
  }
  const missing = variables.filter((name) => !values.has(name));
  const unknown = [...values.keys()].filter((name) => !variables.includes(name));
  if (missing.length > 0 || unknown.length > 0 || parameters.length !== variables.length) {
    const reasons = [
      ...(missing.length > 0
        ? [`missing parameter_name ${missing.map((name) => `"${name}"`).join(', ')}`]
        : []),
      ...(unknown.length > 0
        ? [`unknown parameter_name ${unknown.map((name) => `"${name}"`).join(', ')}`]
        : []),
    ];
    return {
      ok: false,
      problem: {
        code: 132000,
        title: countMismatch,
        details: `${where}: ${reasons.join('; ') || `number of localizable_params (${parameters.length}) does not match the expected number of params (${variables.length})`}`,
      },
    };
  }
  return { ok: true, text: fillNamed(text, values) };
}

function component(definition: TemplateDefinition, type: string): TemplateComponentDefinition | undefined {
  return definition.components.find((candidate) => candidate.type.toUpperCase() === type);
}

function notSendable(definition: TemplateDefinition): TemplateProblem | undefined {
  const status = definition.status ?? 'APPROVED';
  if (status === 'APPROVED') return undefined;
  if (status === 'PAUSED') {
    return { code: 132015, title: 'Template is Paused', details: `template ${definition.name} is paused` };
  }
  if (status === 'DISABLED') {
    return {
      code: 132016,
      title: 'Template is Disabled',
      details: `template ${definition.name} is disabled`,
    };
  }
  return {
    code: 132001,
    title: 'Template name does not exist in the translation',
    details: `template name (${definition.name}) is ${status.toLowerCase()} in ${definition.language}, not approved`,
  };
}

/**
 * Looks a template up and fills its parameters. Unknown name or language → 132001; a parameter count
 * that does not match the definition, or a named parameter missing → 132000 (the Cloud API's codes).
 * With `forSending`, a template that is not `APPROVED` is refused too (paused 132015, disabled 132016).
 */
export function fillTemplate(
  catalog: readonly TemplateDefinition[],
  template: Record<string, unknown>,
  options: { forSending?: boolean } = {},
): { ok: true; filled: FilledTemplate } | { ok: false; problem: TemplateProblem } {
  const name = String(template.name ?? '');
  const language = template.language as Record<string, unknown> | undefined;
  const code = String(language?.code ?? '');
  const definition = catalog.find((candidate) => candidate.name === name && candidate.language === code);
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
  if (options.forSending) {
    const problem = notSendable(definition);
    if (problem) return { ok: false, problem };
  }
  const named = definition.parameter_format === 'NAMED';
  const components = asRecords(template.components);
  const byType = (type: string) =>
    components.find((candidate) => String(candidate.type).toLowerCase() === type);
  const body = fillText(
    'body',
    component(definition, 'BODY')?.text ?? '',
    asRecords(byType('body')?.parameters),
    named,
  );
  if (!body.ok) return body;
  const headerParameters = asRecords(byType('header')?.parameters);
  const headerDefinition = component(definition, 'HEADER');
  let header: RenderedParameter | undefined;
  if (headerDefinition !== undefined && (headerDefinition.format ?? 'TEXT').toUpperCase() === 'TEXT') {
    const filled = fillText('header', headerDefinition.text ?? '', headerParameters, named);
    if (!filled.ok) return filled;
    header = { kind: 'text', text: filled.text };
  } else if (headerDefinition !== undefined) {
    const first = headerParameters[0];
    if (!first) {
      return {
        ok: false,
        problem: {
          code: 132012,
          title: 'Parameter format does not match format in the created template',
          details: `header: a ${String(headerDefinition.format).toLowerCase()} parameter is required`,
        },
      };
    }
    header = parameterValue(first);
  }
  const buttonComponents = components.filter(
    (candidate) => String(candidate.type).toLowerCase() === 'button',
  );
  const definedButtons: TemplateButtonDefinition[] = component(definition, 'BUTTONS')?.buttons ?? [];
  const buttons = definedButtons.map((button, index) => {
    const pressed = buttonComponents.find((candidate) => Number(candidate.index) === index);
    const parameter = asRecords(pressed?.parameters)[0];
    const text = button.text ?? '';
    if (button.type === 'QUICK_REPLY') {
      return { type: button.type, text, payload: String(parameter?.payload ?? text) };
    }
    if (button.type === 'URL') {
      return { type: button.type, text, url: fill(button.url ?? '', [String(parameter?.text ?? '')]) };
    }
    if (button.type === 'COPY_CODE') {
      return { type: button.type, text: text || 'Copy code', payload: String(parameter?.coupon_code ?? '') };
    }
    return { type: button.type, text };
  });
  return {
    ok: true,
    filled: { definition, header, body: body.text, footer: component(definition, 'FOOTER')?.text, buttons },
  };
}
