import * as z from 'zod/mini';
import { nonEmptyString } from '../../common/non-empty-string.ts';
import { isPlainObject, isPlainObjectPayload } from '../../common/plain-object.ts';
import { valueCheck } from '../../common/value-check.ts';
import { reportRule } from '../../validation/rule-check.ts';
import { withRule } from '../interactive/with-rule.ts';
import { MAX_TEMPLATE_BUTTONS } from './template-button-component.ts';

// The parts the `template` objects of every dialect share.

/** At most 10 button components per template (R-TPL-BTN-4). */
export const templateButtonCountCheck = valueCheck<unknown>((template, ctx) => {
  const components = (template as { components?: unknown }).components;
  if (!Array.isArray(components)) return;
  let buttons = 0;
  for (const component of components as unknown[]) {
    if (isPlainObject(component) && (component.type === 'button' || component.type === 'BUTTON')) buttons++;
  }
  if (buttons > MAX_TEMPLATE_BUTTONS) {
    reportRule(ctx, {
      rule: 'R-TPL-BTN-4',
      limit: MAX_TEMPLATE_BUTTONS,
      path: ['components'],
      message: `has ${buttons} button components; a template has at most ${MAX_TEMPLATE_BUTTONS} buttons`,
    });
  }
}, isPlainObjectPayload);

/** `name`: the name of the approved template, not empty (R-TPL-1). */
export const templateNameField = withRule(nonEmptyString('R-TPL-1'), 'R-TPL-1');

/** `namespace` where it is allowed (On-Premises): optional, not empty (R-TPL-4). */
export const templateNamespaceField = z.optional(withRule(nonEmptyString('R-TPL-4'), 'R-TPL-4'));
