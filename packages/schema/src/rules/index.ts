import { behaviourRules } from './behaviour-rules.ts';
import { coreRules } from './core-rules.ts';
import { incomingRules } from './incoming-rules.ts';
import { interactiveRules } from './interactive-rules.ts';
import type { RuleDefinition } from './rule-definition.ts';
import { templateRules } from './template-rules.ts';

export type { RuleApi, RuleDefinition, RuleEnforcement } from './rule-definition.ts';

/**
 * Every rule of the WhatsApp Business messages API that this SDK knows, by ID (`R-<AREA>-<n>`).
 * Validation issues name these IDs; tests are checked against this table.
 */
export const rules = {
  ...coreRules,
  ...interactiveRules,
  ...templateRules,
  ...incomingRules,
  ...behaviourRules,
} as const satisfies Record<string, RuleDefinition>;

/** The ID of a rule in {@link rules}. */
export type RuleId = keyof typeof rules;
