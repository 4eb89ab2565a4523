import type { RuleDefinition } from './rule-definition.ts';

/** Rules for template and legacy hsm messages. */
export const templateRules = {} as const satisfies Record<string, RuleDefinition>;
