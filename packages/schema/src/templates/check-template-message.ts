import { isPlainObject } from '../common/plain-object.ts';
import type { ValidationIssue } from '../errors/validation-error.ts';
import type {
  TemplateButtonDefinition,
  TemplateComponentDefinition,
  TemplateDefinition,
} from './template-definition.ts';
import { templateVariables } from './template-variables.ts';

type Json = Record<string, unknown>;

/** The rule every mismatch between a template message and its approved template breaks. */
const TEMPLATE_RULE = 'R-TPL-9';

/**
 * Which `sub_type` a button component of a message may have, by the `type` of the button in the
 * template definition. Authentication templates' one-time-password buttons are filled as `url` buttons.
 */
const subTypesByButtonType: Record<string, readonly string[]> = {
  QUICK_REPLY: ['quick_reply'],
  URL: ['url'],
  COPY_CODE: ['copy_code'],
  OTP: ['url', 'copy_code'],
  FLOW: ['flow'],
  CATALOG: ['catalog'],
  MPM: ['mpm'],
  SPM: ['spm'],
  VOICE_CALL: ['voice_call'],
  ORDER_DETAILS: ['order_details'],
  PHONE_NUMBER: [],
};

/** Which parameter `type` fills a media or location header, by the header's `format`. */
const headerParameterTypes: Record<string, string> = {
  IMAGE: 'image',
  VIDEO: 'video',
  DOCUMENT: 'document',
  LOCATION: 'location',
  PRODUCT: 'product',
};

function lower(value: unknown): string {
  return typeof value === 'string' ? value.toLowerCase() : '';
}

function records(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isPlainObject) : [];
}

function componentsOfType(components: readonly TemplateComponentDefinition[], type: string) {
  return components.find((component) => component.type.toUpperCase() === type);
}

/** Checks the parameters of a text header or the body against the variables of the definition's text. */
function checkTextParameters(
  issues: ValidationIssue[],
  text: string | undefined,
  component: Json | undefined,
  componentIndex: number,
  where: string,
  named: boolean,
  basePath: string,
): void {
  const variables = templateVariables(text);
  const parameters = records(component?.parameters);
  const path =
    component === undefined ? `${basePath}.components` : `${basePath}.components[${componentIndex}]`;
  if (variables.length === 0) {
    if (parameters.length > 0) {
      issues.push({
        path: `${path}.parameters`,
        rule: TEMPLATE_RULE,
        limit: 0,
        message: `has ${parameters.length} ${where} parameter(s), but the approved ${where} has no variables`,
      });
    }
    return;
  }
  if (!named) {
    if (parameters.length !== variables.length) {
      issues.push({
        path: component === undefined ? path : `${path}.parameters`,
        rule: TEMPLATE_RULE,
        limit: variables.length,
        message: `has ${parameters.length} ${where} parameter(s); the approved ${where} has ${variables.length} variable(s) (${variables.map((name) => `{{${name}}}`).join(', ')})`,
      });
    }
    return;
  }
  const given = new Set<string>();
  parameters.forEach((parameter, index) => {
    const name = parameter.parameter_name;
    if (typeof name !== 'string') {
      issues.push({
        path: `${path}.parameters[${index}].parameter_name`,
        rule: TEMPLATE_RULE,
        message: `is missing: the template uses named variables, so each ${where} parameter needs a parameter_name`,
      });
      return;
    }
    given.add(name);
    if (!variables.includes(name)) {
      issues.push({
        path: `${path}.parameters[${index}].parameter_name`,
        rule: TEMPLATE_RULE,
        message: `"${name}" is not a variable of the approved ${where} (it has ${variables.join(', ')})`,
      });
    }
  });
  const missing = variables.filter((name) => !given.has(name));
  if (missing.length > 0) {
    issues.push({
      path: component === undefined ? path : `${path}.parameters`,
      rule: TEMPLATE_RULE,
      message: `lacks the named ${where} parameter(s) ${missing.join(', ')}`,
    });
  }
}

function checkHeader(
  issues: ValidationIssue[],
  definition: TemplateComponentDefinition | undefined,
  components: Json[],
  named: boolean,
  basePath: string,
): void {
  const index = components.findIndex((component) => lower(component.type) === 'header');
  const component = index === -1 ? undefined : components[index];
  if (definition === undefined) {
    if (component !== undefined) {
      issues.push({
        path: `${basePath}.components[${index}]`,
        rule: TEMPLATE_RULE,
        message: 'is a header component, but the approved template has no header',
      });
    }
    return;
  }
  const format = (definition.format ?? 'TEXT').toUpperCase();
  if (format === 'TEXT') {
    checkTextParameters(issues, definition.text, component, index, 'header', named, basePath);
    return;
  }
  const expected = headerParameterTypes[format];
  if (expected === undefined) return;
  const parameters = records(component?.parameters);
  const rule = format === 'LOCATION' ? 'R-TPL-PARAM-8' : 'R-TPL-PARAM-6';
  if (parameters.length !== 1 || lower(parameters[0]?.type) !== expected) {
    const found = parameters.map((parameter) => String(parameter.type)).join(', ') || 'none';
    issues.push({
      path:
        component === undefined ? `${basePath}.components` : `${basePath}.components[${index}].parameters`,
      rule,
      limit: 1,
      message: `the approved template has a ${format} header, so the message needs exactly one ${expected} header parameter (found: ${found})`,
    });
  }
}

function buttonNeedsParameter(button: TemplateButtonDefinition): boolean {
  const type = button.type.toUpperCase();
  if (type === 'URL') return templateVariables(button.url).length > 0;
  return type === 'COPY_CODE' || type === 'OTP';
}

function checkButtons(
  issues: ValidationIssue[],
  definition: TemplateComponentDefinition | undefined,
  components: Json[],
  basePath: string,
): void {
  const buttons = definition?.buttons ?? [];
  const filled = new Set<number>();
  components.forEach((component, componentIndex) => {
    if (lower(component.type) !== 'button') return;
    const path = `${basePath}.components[${componentIndex}]`;
    const index = Number(component.index);
    const button = Number.isInteger(index) ? buttons[index] : undefined;
    if (button === undefined) {
      issues.push({
        path: `${path}.index`,
        rule: 'R-TPL-BTN-4',
        limit: buttons.length,
        message:
          buttons.length === 0
            ? 'refers to a button, but the approved template has no buttons'
            : `is ${String(component.index)}, but the approved template has ${buttons.length} button(s) (index 0 to ${buttons.length - 1})`,
      });
      return;
    }
    filled.add(index);
    const allowed = subTypesByButtonType[button.type.toUpperCase()];
    const subType = lower(component.sub_type);
    if (allowed !== undefined && !allowed.includes(subType)) {
      issues.push({
        path: `${path}.sub_type`,
        rule: 'R-TPL-BTN-2',
        message:
          allowed.length === 0
            ? `is "${String(component.sub_type)}", but button ${index} of the approved template is a ${button.type} button, which takes no parameters`
            : `is "${String(component.sub_type)}", but button ${index} of the approved template is a ${button.type} button (sub_type ${allowed.join(' or ')})`,
      });
    }
  });
  buttons.forEach((button, index) => {
    if (!filled.has(index) && buttonNeedsParameter(button)) {
      issues.push({
        path: `${basePath}.components`,
        rule: TEMPLATE_RULE,
        message: `lacks a button component for button ${index} (${button.type}), whose value is set when sending`,
      });
    }
  });
}

function checkCarousel(
  issues: ValidationIssue[],
  definition: TemplateComponentDefinition | undefined,
  components: Json[],
  basePath: string,
): void {
  const index = components.findIndex((component) => lower(component.type) === 'carousel');
  if (definition?.cards === undefined || index === -1) return;
  const cards = records(components[index]?.cards);
  if (cards.length !== definition.cards.length) {
    issues.push({
      path: `${basePath}.components[${index}].cards`,
      rule: TEMPLATE_RULE,
      limit: definition.cards.length,
      message: `has ${cards.length} card(s); the approved carousel has ${definition.cards.length}`,
    });
  }
}

/** Options of {@link checkTemplateMessage}. */
export interface CheckTemplateMessageOptions {
  /** The JSON path of the `template` object, for issue paths. Default `$.template`. */
  path?: string | undefined;
}

/**
 * Checks a template message against the approved definitions of its template, before anything is sent,
 * and returns every mismatch (empty when it matches). It catches what the API would refuse with errors
 * 132000, 132001, 132012 and 132015: an unknown name, a language the template is not approved in, a
 * template that is not `APPROVED` (paused, rejected…), a wrong number of positional parameters, a missing
 * or unknown named parameter, a header parameter of the wrong kind, a button index that does not exist, a
 * button `sub_type` that does not match the button, and a dynamic button left without its value.
 *
 * @param template - the `template` object of the message (`{ name, language: { code }, components }`)
 * @param definitions - the definitions of templates with that name, in every language (more is fine)
 */
export function checkTemplateMessage(
  template: unknown,
  definitions: readonly TemplateDefinition[],
  options: CheckTemplateMessageOptions = {},
): ValidationIssue[] {
  const basePath = options.path ?? '$.template';
  if (!isPlainObject(template)) {
    return [{ path: basePath, rule: 'R-TPL-1', message: 'must be a template object' }];
  }
  const name = template.name;
  const language = isPlainObject(template.language) ? template.language.code : undefined;
  const sameName = definitions.filter((definition) => definition.name === name);
  if (sameName.length === 0) {
    return [
      {
        path: `${basePath}.name`,
        rule: TEMPLATE_RULE,
        message: `"${String(name)}" is not a template of this account; create it and wait for approval before sending`,
      },
    ];
  }
  const definition = sameName.find((candidate) => candidate.language === language);
  if (definition === undefined) {
    const languages = sameName.map((candidate) => candidate.language).join(', ');
    return [
      {
        path: `${basePath}.language.code`,
        rule: TEMPLATE_RULE,
        message: `"${String(language)}" is not a language of template "${String(name)}" (it exists in ${languages})`,
      },
    ];
  }
  if (definition.status !== undefined && definition.status !== 'APPROVED') {
    return [
      {
        path: `${basePath}.name`,
        rule: TEMPLATE_RULE,
        message: `template "${definition.name}" (${definition.language}) is ${definition.status}; only APPROVED templates can be sent`,
      },
    ];
  }
  const issues: ValidationIssue[] = [];
  const components = records(template.components);
  const named = (definition.parameter_format ?? 'POSITIONAL').toUpperCase() === 'NAMED';
  checkHeader(issues, componentsOfType(definition.components, 'HEADER'), components, named, basePath);
  const body = componentsOfType(definition.components, 'BODY');
  const bodyIndex = components.findIndex((component) => lower(component.type) === 'body');
  checkTextParameters(
    issues,
    body?.text,
    bodyIndex === -1 ? undefined : components[bodyIndex],
    bodyIndex,
    'body',
    named,
    basePath,
  );
  checkButtons(issues, componentsOfType(definition.components, 'BUTTONS'), components, basePath);
  checkCarousel(issues, componentsOfType(definition.components, 'CAROUSEL'), components, basePath);
  return issues;
}
